package org.innovationportfolio.logic.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.model.Project;

/**
 * What importing a tracker would do, row by row, before anything changes.
 *
 * @param fileName the tracker's file name
 * @param mapping the sheet, header row and columns used
 * @param ragDate the date given to RAG updates: the tracker's "as at" date when one was found, else today
 * @param asAtFound true when {@code ragDate} came from an "as at" date in the tracker
 * @param rows every data row that is imported, unchanged or refused
 * @param skipped blank and total rows, with why
 * @param records the rows of the other sheets our own export writes (Milestones, Funding, Risks, Outcomes, RAG
 *     history), each matched by its record id; empty for any other tracker
 */
public record TrackerPreview(String fileName, ColumnMapping mapping, LocalDate ragDate, boolean asAtFound,
        List<Row> rows, List<Skipped> skipped, List<RecordRow> records) {

    public TrackerPreview {
        rows = List.copyOf(rows);
        skipped = List.copyOf(skipped);
        records = List.copyOf(records);
    }

    /** A preview of the project rows alone. */
    public TrackerPreview(String fileName, ColumnMapping mapping, LocalDate ragDate, boolean asAtFound,
            List<Row> rows, List<Skipped> skipped) {
        this(fileName, mapping, ragDate, asAtFound, rows, skipped, List.of());
    }

    /** The same preview with the other sheets' rows. */
    TrackerPreview withRecords(List<RecordRow> recordRows) {
        return new TrackerPreview(fileName, mapping, ragDate, asAtFound, rows, skipped, recordRows);
    }

    /** What happens to a row. */
    public enum Kind {
        NEW("new"), UPDATE("update"), UNCHANGED("unchanged"), REFUSED("refused");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /**
     * One data row.
     *
     * @param number the row's number in the sheet
     * @param kind what happens to it
     * @param title the project title as written (or the matched project's)
     * @param projectId the project it adds or updates, null when refused
     * @param matchedByTitle true when an update was matched by title rather than by our exported id
     * @param hidden true when the row is hidden in the workbook
     * @param changes what changes, in words ("Stage: Delivering → Embedding")
     * @param problems for a refused row, each with its cell reference ("C14: 31/02/2025 is not a date.")
     * @param result the project as previewed, null unless new or updated; an update's is built on the project as
     *     the portfolio list reads it (without risks, notes, outcome measures or stage history), so NEVER save it:
     *     {@link TrackerImport#apply} re-reads the projects whole and saves those
     */
    public record Row(int number, Kind kind, String title, UUID projectId, boolean matchedByTitle, boolean hidden,
            List<String> changes, List<String> problems, Project result) {
        public Row {
            changes = List.copyOf(changes);
            problems = List.copyOf(problems);
        }

        /** The row without the project built for it, to compare two previews. */
        String comparable() {
            return number + "|" + kind + "|" + (kind == Kind.NEW ? "" : projectId) + "|" + changes + "|" + problems;
        }
    }

    /**
     * One row of another sheet of our own export: a milestone, funding line, risk or outcome matched by the id
     * the export wrote (a row without one is new), or a RAG history row (never imported: see {@link TrackerRecords}).
     *
     * @param sheet the sheet's name ("Milestones")
     * @param number the row's number in that sheet
     * @param kind what happens to it
     * @param projectId the project it belongs to, null when that could not be read
     * @param project the project's title as the portfolio has it (or as written when unknown)
     * @param record the record's name as written ("Business case approved")
     * @param changes what changes, in words ("Forecast: 3 Mar 2025 → 10 Apr 2025")
     * @param problems for a refused row, each with its sheet and cell ("Milestones F5: 31/02/2025 is not a date.")
     */
    public record RecordRow(String sheet, int number, Kind kind, UUID projectId, String project, String record,
            List<String> changes, List<String> problems) {
        public RecordRow {
            changes = List.copyOf(changes);
            problems = List.copyOf(problems);
        }

        String comparable() {
            return sheet + "|" + number + "|" + kind + "|" + projectId + "|" + changes + "|" + problems;
        }
    }

    /** A row left out: blank, or a total. */
    public record Skipped(int number, String reason) {
    }

    public long count(Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).count();
    }

    /** How many rows of the other sheets (Milestones, Funding, Risks, Outcomes, RAG history) are {@code kind}. */
    public long countRecords(Kind kind) {
        return records.stream().filter(r -> r.kind() == kind).count();
    }

    /** True when importing would change the portfolio. */
    public boolean changesPortfolio() {
        return rows.stream().anyMatch(r -> r.kind() == Kind.NEW || r.kind() == Kind.UPDATE)
                || records.stream().anyMatch(r -> r.kind() == Kind.NEW || r.kind() == Kind.UPDATE);
    }

    /** The sheets other than the projects' that have rows here, in the workbook's order. */
    public List<String> recordSheets() {
        return records.stream().map(RecordRow::sheet).distinct().toList();
    }

    /** "Milestones: 1 new, 2 to update, 40 unchanged, 0 refused." for the sheet {@code sheet}. */
    public String recordSummary(String sheet) {
        List<RecordRow> in = records.stream().filter(r -> r.sheet().equals(sheet)).toList();
        return sheet + ": " + in.stream().filter(r -> r.kind() == Kind.NEW).count() + " new, "
                + in.stream().filter(r -> r.kind() == Kind.UPDATE).count() + " to update, "
                + in.stream().filter(r -> r.kind() == Kind.UNCHANGED).count() + " unchanged, "
                + in.stream().filter(r -> r.kind() == Kind.REFUSED).count() + " refused.";
    }

    /** The preview in lines of plain text, as the command line prints it. */
    public List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("Tracker " + fileName + ", sheet \"" + mapping.sheet() + "\", headers in row " + mapping.headerRow()
                + ".");
        lines.add("Columns: " + String.join("; ", mapping.columns().stream()
                .map(c -> c.letter() + " \"" + c.header() + "\" → " + new TrackerField.Guess(c.field(), c.year()))
                .toList()) + ".");
        lines.add("RAG updates are dated " + org.innovationportfolio.logic.project.DateText.format(ragDate)
                + (asAtFound ? " (the tracker's \"as at\" date)." : " (today).") + " " + TrackerRag.RULE);
        lines.add(rows.size() + (rows.size() == 1 ? " row: " : " rows: ") + count(Kind.NEW) + " new, "
                + count(Kind.UPDATE) + " to update, " + count(Kind.UNCHANGED) + " unchanged, " + count(Kind.REFUSED)
                + " refused; " + skipped.size() + " skipped.");
        for (Row row : rows) {
            String head = "  Row " + row.number() + ": " + row.kind().word() + " \"" + row.title() + "\""
                    + (row.matchedByTitle() ? " (matched by title)" : "") + (row.hidden() ? " (hidden row)" : "");
            lines.add(head);
            row.changes().forEach(c -> lines.add("      " + c));
            row.problems().forEach(p -> lines.add("      " + p));
        }
        for (Skipped s : skipped) {
            lines.add("  Row " + s.number() + ": skipped, " + s.reason());
        }
        // The other sheets: each sheet's counts, then every row that is not unchanged.
        for (String sheet : recordSheets()) {
            lines.add(recordSummary(sheet) + (sheet.equals(TrackerRecords.RAG_HISTORY) ? " "
                    + TrackerRecords.RAG_HISTORY_RULE : ""));
            for (RecordRow row : records) {
                if (!row.sheet().equals(sheet) || row.kind() == Kind.UNCHANGED) {
                    continue;
                }
                lines.add("  " + sheet + " row " + row.number() + ": " + row.kind().word() + " \"" + row.record()
                        + "\" (" + row.project() + ")");
                row.changes().forEach(c -> lines.add("      " + c));
                row.problems().forEach(p -> lines.add("      " + p));
            }
        }
        return lines;
    }
}
