package org.innovationportfolio.ui.tracker;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.logic.tracker.ColumnMapping;
import org.innovationportfolio.logic.tracker.SheetCell;
import org.innovationportfolio.logic.tracker.SheetRow;
import org.innovationportfolio.logic.tracker.SheetTable;
import org.innovationportfolio.logic.tracker.SpreadsheetFile;
import org.innovationportfolio.logic.tracker.SpreadsheetReader;
import org.innovationportfolio.logic.tracker.TrackerField;
import org.innovationportfolio.logic.tracker.TrackerImport;
import org.innovationportfolio.logic.tracker.TrackerPreview;
import org.innovationportfolio.logic.tracker.TrackerPreview.Kind;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;

/**
 * The spreadsheet tracker wizard's state and commands: read the file, choose the sheet when there are several,
 * correct the column mapping, preview row by row (confirming matches made by title), import after a backup, and
 * undo. Reading, matching and importing run through the task runner, off the JavaFX thread. Holds no controls.
 */
public final class TrackerImportViewModel {

    static final String TITLE = "Import spreadsheet tracker";
    private static final int SAMPLE_VALUES = 3;
    private static final int SAMPLE_LENGTH = 40;

    /** The wizard's steps, in order. */
    public enum Step {
        SHEET("Sheet"), COLUMNS("Columns"), PREVIEW("Preview"), DONE("Done");

        private final String title;

        Step(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /**
     * A sheet of the workbook the officer may import from.
     *
     * @param guess the columns guessed from its headers, empty when no header row names a project column
     */
    public record SheetOption(SheetTable table, Optional<ColumnMapping> guess) {
        /** "Tracker: headers in row 5, 8 columns recognised". */
        @Override
        public String toString() {
            return table.name() + ": " + guess.map(g -> "headers in row " + g.headerRow() + ", " + g.columns().size()
                    + " columns recognised").orElse("no column of project titles found");
        }
    }

    /** The workbook as read and the sheet chosen first. */
    private record Opened(SpreadsheetFile file, List<SheetOption> sheets, SheetOption first, Shown shown) {
    }

    /** A sheet's mapping as first shown: guessed, or as the officer corrected it last time. */
    private record Shown(SheetOption sheet, ColumnMapping mapping, boolean remembered) {
    }

    private final TrackerImport trackers;
    private final SpreadsheetReader reader;
    private final TrackerMappings mappings;
    private final Clock clock;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Runnable onChanged;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.COLUMNS);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper mappingNote = new ReadOnlyStringWrapper(this, "mappingNote", "");
    private final ReadOnlyStringWrapper mappingProblem = new ReadOnlyStringWrapper(this, "mappingProblem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyIntegerWrapper toImport = new ReadOnlyIntegerWrapper(this, "toImport", 0);
    private final ObservableList<SheetOption> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<SheetOption> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final ObservableList<MappingRow> columns = FXCollections.observableArrayList();
    private final ObservableList<FieldChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<PreviewLine> rows = FXCollections.observableArrayList();
    private final InvalidationListener recheck = o -> checkMapping();
    private final InvalidationListener recount = o -> countToImport();

    private Path path;
    private SpreadsheetFile file;
    private SheetOption mappedSheet;
    private int headerRow;
    private TrackerPreview preview;

    /**
     * @param onChanged run on the JavaFX thread after an import or an undo changed the portfolio (to reload what is shown)
     */
    public TrackerImportViewModel(TrackerImport trackers, SpreadsheetReader reader, TrackerMappings mappings,
            Clock clock, DialogService dialogs, TaskRunner tasks, Runnable onChanged) {
        this.trackers = Objects.requireNonNull(trackers, "trackers");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onChanged = Objects.requireNonNull(onChanged, "onChanged");
    }

    /**
     * Reads the whole file in the background and guesses its columns, changing nothing. A file that cannot be read
     * is explained in plain words, and the wizard offers only Close.
     */
    public void open(Path chosen) {
        path = chosen;
        heading.set(chosen.getFileName().toString());
        working("Reading " + chosen.getFileName() + "…");
        tasks.run("Reading the tracker " + chosen.getFileName(), progress -> read(chosen), this::opened, this::refused);
    }

    private Opened read(Path chosen) {
        SpreadsheetFile read = reader.read(chosen);
        List<SheetOption> options = new ArrayList<>();
        for (SheetTable table : read.sheets()) {
            if (!table.hidden()) {
                options.add(new SheetOption(table, ColumnMapping.guess(table)));
            }
        }
        // The sheet whose headers name the most columns, as the command line picks; it refuses a file with none.
        String best = ColumnMapping.guess(read, null).sheet();
        SheetOption first = options.stream().filter(o -> o.table().name().equals(best)).findFirst().orElseThrow();
        return new Opened(read, options, first, shown(first));
    }

    /** The mapping to show for {@code option}: the one corrected last time for this shape of sheet, else the guess. */
    private Shown shown(SheetOption option) {
        ColumnMapping guess = option.guess().orElseThrow();
        Optional<ColumnMapping> remembered = mappings.find(option.table(), guess.headerRow());
        return new Shown(option, remembered.orElse(guess), remembered.isPresent());
    }

    private void opened(Opened opened) {
        file = opened.file();
        sheet.set(opened.first());
        sheets.setAll(opened.sheets());
        showMapping(opened.shown());
        step.set(sheets.size() > 1 ? Step.SHEET : Step.COLUMNS);
        done();
    }

    private void refused(String why) {
        done();
        failed.set(true);
        heading.set(path.getFileName() + " cannot be imported");
        message.set(why + (why.contains("Nothing was") ? "" : " Nothing in your portfolio was changed."));
        dialogs.showError("This tracker cannot be imported", message.get());
    }

    /** Goes to the next step: from the sheet to its columns, from the columns to the preview. */
    public void next() {
        if (busy.get() || failed.get()) {
            return;
        }
        if (step.get() == Step.SHEET) {
            SheetOption chosen = sheet.get();
            if (chosen == null || chosen.guess().isEmpty()) {
                return;
            }
            if (chosen.equals(mappedSheet)) {
                step.set(Step.COLUMNS);
                return;
            }
            working("Reading the sheet " + chosen.table().name() + "…");
            tasks.run("Reading the sheet " + chosen.table().name(), progress -> shown(chosen), shown -> {
                showMapping(shown);
                step.set(Step.COLUMNS);
                done();
            }, why -> {
                done();
                dialogs.showError(TITLE, why);
            });
        } else if (step.get() == Step.COLUMNS && mappingProblem.get().isEmpty()) {
            ColumnMapping mapping = mapping();
            working("Matching the rows with your portfolio…");
            tasks.run("Previewing the tracker " + heading.get(), progress -> trackers.preview(file, mapping),
                    this::showPreview, why -> {
                        done();
                        dialogs.showError(TITLE, why);
                    });
        }
    }

    /** Goes back a step; the columns and the ticks are kept as they were. */
    public void back() {
        if (busy.get()) {
            return;
        }
        if (step.get() == Step.PREVIEW) {
            step.set(Step.COLUMNS);
        } else if (step.get() == Step.COLUMNS && sheets.size() > 1) {
            step.set(Step.SHEET);
        }
    }

    private void showMapping(Shown shown) {
        mappedSheet = shown.sheet();
        headerRow = shown.mapping().headerRow();
        SheetTable table = shown.sheet().table();
        Map<Integer, ColumnMapping.Column> mapped = new HashMap<>();
        shown.mapping().columns().forEach(c -> mapped.put(c.index(), c));
        SheetRow header = table.rows().stream().filter(r -> r.number() == headerRow).findFirst().orElseThrow();
        int width = Math.max(header.cells().size(), mapped.keySet().stream().mapToInt(i -> i + 1).max().orElse(0));
        Set<FinancialYear> years = new TreeSet<>();
        FinancialYear now = FinancialYear.of(LocalDate.now(clock));
        for (int offset = -3; offset <= 3; offset++) {
            years.add(new FinancialYear(now.startYear() + offset));
        }
        List<MappingRow> made = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String text = header.cell(i).text();
            ColumnMapping.Column column = mapped.get(i);
            if (text.isBlank() && column == null) {
                continue;
            }
            FieldChoice choice = column == null ? FieldChoice.NOT_IMPORTED : new FieldChoice(column.field(), column.year());
            TrackerField.guess(text).filter(g -> g.year() != null).ifPresent(g -> years.add(g.year()));
            if (choice.year() != null) {
                years.add(choice.year());
            }
            made.add(new MappingRow(i, letter(i), text, sample(table, i), table.hiddenColumns().contains(i), choice));
        }
        List<FieldChoice> options = new ArrayList<>();
        options.add(FieldChoice.NOT_IMPORTED);
        for (TrackerField field : TrackerField.values()) {
            if (field != TrackerField.FUNDING) {
                options.add(FieldChoice.of(field));
            }
        }
        years.forEach(year -> options.add(FieldChoice.funding(year)));
        columns.forEach(row -> row.choice().removeListener(recheck));
        choices.setAll(options);
        columns.setAll(made);
        columns.forEach(row -> row.choice().addListener(recheck));
        long recognised = made.stream().filter(r -> r.choice().get().imported()).count();
        mappingNote.set("Headers in row " + headerRow + " of the sheet \u201c" + table.name() + "\u201d. "
                + (shown.remembered() ? "These are the columns as you set them last time for a tracker of this shape."
                        : recognised + " of the " + made.size() + " columns were recognised from their headings.")
                + " Correct any that are wrong; a column not imported is left as it is in your portfolio.");
        checkMapping();
    }

    /** The first few values under the header, to tell the column by. */
    private String sample(SheetTable table, int index) {
        List<String> values = new ArrayList<>();
        for (SheetRow row : table.rows()) {
            if (row.number() <= headerRow || row.hidden()) {
                continue;
            }
            SheetCell cell = row.cell(index);
            String text = cell.error() != null ? cell.error() : cell.value() == null && cell.fill() != null
                    ? "(" + cell.fill() + " cell colour)" : cell.text();
            if (!text.isBlank()) {
                values.add(text.length() > SAMPLE_LENGTH ? text.substring(0, SAMPLE_LENGTH - 1) + "…" : text);
            }
            if (values.size() == SAMPLE_VALUES) {
                break;
            }
        }
        return values.isEmpty() ? "(empty)" : String.join(" · ", values);
    }

    private void checkMapping() {
        List<MappingRow> titles = columns.stream().filter(r -> r.choice().get().field() == TrackerField.TITLE).toList();
        if (titles.isEmpty()) {
            mappingProblem.set("Say which column holds the project titles: choose Project title for it.");
            return;
        }
        Map<FieldChoice, List<MappingRow>> byChoice = columns.stream().filter(r -> r.choice().get().imported())
                .collect(Collectors.groupingBy(r -> r.choice().get(), java.util.LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<FieldChoice, List<MappingRow>> same : byChoice.entrySet()) {
            if (same.getValue().size() > 1) {
                mappingProblem.set("Columns " + String.join(" and ", same.getValue().stream().map(MappingRow::letter)
                        .toList()) + " are both " + same.getKey().label() + ": choose Not imported for all but one.");
                return;
            }
        }
        mappingProblem.set("");
    }

    private ColumnMapping mapping() {
        List<ColumnMapping.Column> mapped = new ArrayList<>();
        for (MappingRow row : columns) {
            FieldChoice choice = row.choice().get();
            if (choice.imported()) {
                mapped.add(new ColumnMapping.Column(row.index(), row.header(), choice.field(), choice.year()));
            }
        }
        return new ColumnMapping(mappedSheet.table().name(), headerRow, mapped);
    }

    private void showPreview(TrackerPreview made) {
        preview = made;
        rows.forEach(line -> line.includedProperty().removeListener(recount));
        List<PreviewLine> lines = new ArrayList<>(made.rows().stream().map(PreviewLine::new).toList());
        // The other sheets' rows that change something or are refused; their unchanged rows are only counted.
        made.records().stream().filter(r -> r.kind() != Kind.UNCHANGED).map(PreviewLine::new).forEach(lines::add);
        rows.setAll(lines);
        rows.forEach(line -> line.includedProperty().addListener(recount));
        countToImport();
        summary.set(summary(made, rows.stream().filter(PreviewLine::needsConfirming).count()));
        step.set(Step.PREVIEW);
        done();
    }

    /** The preview's counts and what to know, kept short so the rows have the room. */
    static String summary(TrackerPreview made, long byTitle) {
        long refused = made.count(Kind.REFUSED) + made.countRecords(Kind.REFUSED);
        StringBuilder text = new StringBuilder();
        text.append(made.rows().size()).append(made.rows().size() == 1 ? " row: " : " rows: ")
                .append(made.count(Kind.NEW)).append(" new, ").append(made.count(Kind.UPDATE)).append(" to update, ")
                .append(made.count(Kind.UNCHANGED)).append(" unchanged, ").append(made.count(Kind.REFUSED))
                .append(" refused");
        if (!made.records().isEmpty()) {
            text.append("; other sheets (").append(String.join(", ", made.recordSheets())).append("): ")
                    .append(made.countRecords(Kind.NEW)).append(" new, ").append(made.countRecords(Kind.UPDATE))
                    .append(" to update, ").append(made.countRecords(Kind.UNCHANGED)).append(" unchanged, ")
                    .append(made.countRecords(Kind.REFUSED)).append(" refused");
        }
        text.append(refused > 0 ? " (left out; fix and import again)." : ".");
        if (!made.skipped().isEmpty()) {
            text.append(" Skipped: ").append(String.join(", ", made.skipped().stream()
                    .map(s -> "row " + s.number() + " (" + s.reason() + ")").toList())).append('.');
        }
        if (byTitle > 0) {
            text.append(' ').append(byTitle).append(byTitle == 1 ? " title match" : " title matches")
                    .append(" to confirm.");
        }
        if (made.mapping().column(org.innovationportfolio.logic.tracker.TrackerField.RAG).isPresent()) {
            text.append(" RAG updates dated ").append(DateText.format(made.ragDate())).append(made.asAtFound()
                    ? " (\u201cas at\u201d)" : " (today)").append("; Amber/Green is Amber.");
        }
        return text.toString();
    }

    private void countToImport() {
        toImport.set((int) rows.stream().filter(PreviewLine::imports).count());
    }

    /** Imports the ticked new and updated rows, after a backup of the whole portfolio, in one transaction. */
    public void importRows() {
        if (busy.get() || step.get() != Step.PREVIEW || preview == null || toImport.get() == 0) {
            return;
        }
        TrackerPreview importing = preview;
        SheetTable table = mappedSheet.table();
        Set<Integer> leftOut = rows.stream().filter(line -> !line.includedProperty().get())
                .map(PreviewLine::number).collect(Collectors.toSet());
        working("Backing up your portfolio, then importing…");
        tasks.run("Importing the tracker " + heading.get(), progress -> {
            progress.message("Backing up your portfolio, then importing…");
            TrackerImport.Result done = trackers.apply(file, importing, leftOut);
            mappings.remember(table, importing.mapping());
            return done;
        }, this::imported, why -> {
            done();
            dialogs.showError("The tracker was not imported", why);
            // The portfolio may have changed since the preview: compare afresh.
            next();
        });
    }

    private void imported(TrackerImport.Result done) {
        result.set("Imported from " + heading.get() + ": " + done.added() + (done.added() == 1 ? " new project, "
                : " new projects, ") + done.updated() + " updated, " + done.unchanged() + " unchanged"
                + (done.refused() > 0 ? ", " + done.refused() + " refused (left in the spreadsheet)" : "")
                + (done.leftOut() > 0 ? ", " + done.leftOut() + " left out as you chose" : "")
                + (done.records().equals(TrackerImport.Records.NONE) ? "" : "; on the other sheets "
                        + done.records().added() + " new, " + done.records().updated() + " updated, "
                        + done.records().unchanged() + " unchanged, " + done.records().refused() + " refused") + "."
                + (done.backup() == null ? " Nothing in your portfolio needed changing."
                        : " Your portfolio was backed up first, to " + done.backup() + ". Undo this import puts it "
                                + "back exactly as it was; so does File › Undo tracker import… later."));
        canUndo.set(done.backup() != null);
        step.set(Step.DONE);
        done();
        if (done.backup() != null) {
            onChanged.run();
        }
    }

    /** Asks, then puts the portfolio back as it was just before the import. */
    public void undo() {
        if (busy.get() || !canUndo.get()) {
            return;
        }
        new TrackerUndo(trackers, dialogs, tasks, () -> {
            canUndo.set(false);
            result.set("The import of " + heading.get() + " was undone: your portfolio is as it was before it.");
            onChanged.run();
        }, clock.getZone()).undoLastImport();
    }

    private void working(String text) {
        busy.set(true);
        progressText.set(text);
    }

    private void done() {
        busy.set(false);
        progressText.set("");
    }

    private static String letter(int index) {
        return SheetCell.reference(index, 1).replace("1", "");
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** True while the file is read, the rows matched, or the import or undo run. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the file could not be read: the message says why, and only Close is offered. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The file's name, or that it cannot be imported. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Why the file cannot be imported. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<SheetOption> sheets() {
        return sheets;
    }

    public ObjectProperty<SheetOption> sheetProperty() {
        return sheet;
    }

    public ObservableList<MappingRow> columns() {
        return columns;
    }

    /** What a column can be imported as: not imported, each field, funding in each year around today's. */
    public ObservableList<FieldChoice> choices() {
        return choices;
    }

    public ReadOnlyStringProperty mappingNoteProperty() {
        return mappingNote.getReadOnlyProperty();
    }

    /** What stops the mapping being used ("Say which column holds the project titles…"), or empty. */
    public ReadOnlyStringProperty mappingProblemProperty() {
        return mappingProblem.getReadOnlyProperty();
    }

    public ObservableList<PreviewLine> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How many rows the import would add or change, with the ticks as they are. */
    public ReadOnlyIntegerProperty toImportProperty() {
        return toImport.getReadOnlyProperty();
    }

    /** What the import did, or that it was undone. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
