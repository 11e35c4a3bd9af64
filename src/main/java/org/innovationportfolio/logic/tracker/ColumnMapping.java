package org.innovationportfolio.logic.tracker;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.model.FinancialYear;

/**
 * Which sheet, which row holds the headers, and what each column means: guessed from the header text,
 * and open to correction.
 *
 * @param sheet the sheet's name
 * @param headerRow the header row's number (1-based, as the spreadsheet shows it)
 * @param columns the mapped columns; columns not listed are ignored
 */
public record ColumnMapping(String sheet, int headerRow, List<Column> columns) {

    /** How far down a sheet the header row is looked for (title blocks are a few rows). */
    static final int HEADER_SEARCH_ROWS = 50;

    public ColumnMapping {
        columns = List.copyOf(columns);
    }

    /**
     * One mapped column.
     *
     * @param index the 0-based column index
     * @param header the header text as written
     * @param field what it means
     * @param year the financial year, for a funding column
     */
    public record Column(int index, String header, TrackerField field, FinancialYear year) {
        public String letter() {
            return SheetCell.reference(index, 1).replace("1", "");
        }
    }

    public Optional<Column> column(TrackerField field) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }

    public List<Column> funding() {
        return columns.stream().filter(c -> c.field() == TrackerField.FUNDING).toList();
    }

    /** The same mapping with column {@code index} meaning {@code field} (null to ignore the column). */
    public ColumnMapping with(int index, String header, TrackerField field, FinancialYear year) {
        List<Column> changed = new ArrayList<>(columns.stream().filter(c -> c.index() != index)
                .filter(c -> field == null || field == TrackerField.FUNDING || c.field() != field).toList());
        if (field != null) {
            changed.add(new Column(index, header, field, year));
        }
        changed.sort(java.util.Comparator.comparingInt(Column::index));
        return new ColumnMapping(sheet, headerRow, changed);
    }

    /** Guesses the sheet, header row and columns of a tracker file; {@code sheetName} null to choose. */
    public static ColumnMapping guess(SpreadsheetFile file, String sheetName) {
        if (sheetName != null) {
            SheetTable sheet = file.sheet(sheetName).orElseThrow(() -> new RefusedException("The workbook has no "
                    + "sheet called \"" + sheetName + "\". Its sheets are: " + String.join(", ",
                            file.sheets().stream().map(SheetTable::name).toList()) + ". Nothing was imported."));
            return guess(sheet).orElseThrow(() -> noHeader(file, sheet.name()));
        }
        ColumnMapping best = null;
        for (SheetTable sheet : file.sheets()) {
            Optional<ColumnMapping> guess = guess(sheet);
            if (guess.isPresent() && !sheet.hidden() && (best == null || guess.get().columns().size() > best.columns().size())) {
                best = guess.get();
            }
        }
        if (best == null) {
            throw noHeader(file, null);
        }
        return best;
    }

    private static RefusedException noHeader(SpreadsheetFile file, String sheet) {
        return new RefusedException("No header row with a project column was found in "
                + (sheet == null ? file.name() : "the sheet \"" + sheet + "\"") + ": the tracker needs a column headed "
                + "Project, Scheme, Initiative or Title (within the first " + HEADER_SEARCH_ROWS
                + " rows). Nothing was imported.");
    }

    /** The header row of {@code sheet}: the row in the first fifty that names a title column and the most others. */
    public static Optional<ColumnMapping> guess(SheetTable sheet) {
        ColumnMapping best = null;
        for (SheetRow row : sheet.rows()) {
            if (row.number() > HEADER_SEARCH_ROWS) {
                break;
            }
            List<Column> columns = new ArrayList<>();
            Set<TrackerField> seen = EnumSet.noneOf(TrackerField.class);
            Set<FinancialYear> years = new HashSet<>();
            for (int i = 0; i < row.cells().size(); i++) {
                SheetCell cell = row.cell(i);
                if (!(cell.value() instanceof String text)) {
                    continue;
                }
                Optional<TrackerField.Guess> guess = TrackerField.guess(text);
                if (guess.isEmpty()) {
                    continue;
                }
                TrackerField field = guess.get().field();
                boolean fresh = field == TrackerField.FUNDING ? years.add(guess.get().year()) : seen.add(field);
                if (fresh) {
                    columns.add(new Column(i, text.strip(), field, guess.get().year()));
                }
            }
            boolean hasTitle = columns.stream().anyMatch(c -> c.field() == TrackerField.TITLE);
            if (hasTitle && columns.size() >= 2 && (best == null || columns.size() > best.columns().size())) {
                best = new ColumnMapping(sheet.name(), row.number(), columns);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The workbook's shape as far as a mapping goes: the sheet's name and the header row's texts, normalised
     * ("Overall  RAG:" reads as "overall rag"), so next month's copy of the same tracker has the same shape.
     */
    public static String shape(SheetTable sheet, int headerRow) {
        List<String> headers = new ArrayList<>();
        sheet.rows().stream().filter(r -> r.number() == headerRow).findFirst().ifPresent(row -> {
            for (int i = 0; i < row.cells().size(); i++) {
                headers.add(TrackerField.normal(row.cell(i).text()));
            }
        });
        while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
            headers.remove(headers.size() - 1);
        }
        return TrackerField.normal(sheet.name()) + "\n" + headerRow + "\n" + String.join("\t", headers);
    }

    /** The columns in a line of text ("0=TITLE;3=FUNDING:2024"), to remember them. */
    public String encode() {
        return String.join(";", columns.stream().map(c -> c.index() + "=" + c.field().name()
                + (c.year() == null ? "" : ":" + c.year().startYear())).toList());
    }

    /**
     * The mapping {@link #encode} wrote, on {@code sheet}'s header row {@code headerRow}; empty when the text
     * cannot be read, names a column past the header row, or has no title column.
     */
    public static Optional<ColumnMapping> decode(SheetTable sheet, int headerRow, String encoded) {
        Optional<SheetRow> header = sheet.rows().stream().filter(r -> r.number() == headerRow).findFirst();
        if (header.isEmpty() || encoded == null || encoded.isBlank()) {
            return Optional.empty();
        }
        List<Column> columns = new ArrayList<>();
        try {
            for (String part : encoded.split(";")) {
                String[] indexAndField = part.split("=", 2);
                int index = Integer.parseInt(indexAndField[0].strip());
                String[] fieldAndYear = indexAndField[1].split(":", 2);
                TrackerField field = TrackerField.valueOf(fieldAndYear[0].strip());
                FinancialYear year = field == TrackerField.FUNDING ? new FinancialYear(
                        Integer.parseInt(fieldAndYear[1].strip())) : null;
                if (index < 0 || index >= header.get().cells().size()) {
                    return Optional.empty();
                }
                columns.add(new Column(index, header.get().cell(index).text(), field, year));
            }
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        if (columns.stream().noneMatch(c -> c.field() == TrackerField.TITLE)) {
            return Optional.empty();
        }
        columns.sort(java.util.Comparator.comparingInt(Column::index));
        return Optional.of(new ColumnMapping(sheet.name(), headerRow, columns));
    }
}
