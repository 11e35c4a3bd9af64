package org.innovationportfolio.ui.project;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.innovationportfolio.model.ChangeEntry;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.ui.Formats;

/**
 * The History tab: who changed what in the project and its records, newest first, read only. A private note's
 * text is never shown here (the store never keeps it in the history): only that it changed.
 */
final class HistoryView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);
    private static final Map<String, String> RECORDS = Map.of("project", "Project", "partner", "Partner",
            "status_update", "Status update", "milestone", "Milestone", "funding_line", "Funding line",
            "outcome_measure", "Outcome measure", "outcome_actual", "Outcome actual", "risk", "Risk", "note", "Note");

    private final VBox root;

    HistoryView(ProjectRecordViewModel vm, ZoneId zone) {
        ListView<ChangeEntry> list = SizedToRows.list(new ListView<>(vm.history()));
        list.setId("historyList");
        list.setAccessibleText("Who changed what, newest first");
        list.setPlaceholder(new Label("No changes recorded yet"));
        list.setCellFactory(v -> new EntryCell(zone));
        list.setFocusTraversable(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label intro = new Label("Every saved change to this project and its records: who made it, when, and what "
                + "it was before and after. Newest first; nothing here can be changed.");
        intro.setWrapText(true);
        root = new VBox(10, intro, list);
        root.setPadding(new Insets(12));
    }

    VBox root() {
        return root;
    }

    /** "Milestone ‘Hub opens’: forecast date 1 Feb 2024 → 1 Mar 2024", as a line of the list. */
    static String describe(ChangeEntry e) {
        String record = RECORDS.getOrDefault(e.recordTable(), e.recordTable());
        String which = e.recordLabel() == null || e.recordTable().equals("project") ? record
                : record + " ‘" + e.recordLabel() + "’";
        if (e.wholeRecord()) {
            if (e.recordTable().equals("project")) {
                return e.oldValue() == null ? "Project added" : "Project deleted";
            }
            return (e.oldValue() == null ? "Added " : "Removed ") + which.substring(0, 1).toLowerCase(Locale.UK)
                    + which.substring(1);
        }
        String field = e.field().replace("_pence", "").replace('_', ' ');
        if (e.recordTable().equals("note") && e.field().equals("note_text") && e.oldValue() == null
                && e.newValue() == null) {
            return which + ": text changed (private, not shown)";
        }
        return which + ": " + field + " " + value(e.field(), e.oldValue()) + " → " + value(e.field(), e.newValue());
    }

    private static String value(String field, String stored) {
        if (stored == null || stored.isEmpty()) {
            return "(none)";
        }
        if (field.endsWith("_pence")) {
            try {
                return Money.ofPence(Long.parseLong(stored)).formatPounds();
            } catch (NumberFormatException e) {
                return stored;
            }
        }
        if (stored.length() == 10 && field.endsWith("date")) {
            try {
                return Formats.date(LocalDate.parse(stored));
            } catch (DateTimeParseException e) {
                return stored;
            }
        }
        return "‘" + (stored.length() > 300 ? stored.substring(0, 300) + "…" : stored) + "’";
    }

    private static final class EntryCell extends ListCell<ChangeEntry> {
        private final ZoneId zone;

        EntryCell(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        protected void updateItem(ChangeEntry e, boolean empty) {
            super.updateItem(e, empty);
            setText(null);
            if (empty || e == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label heading = new Label(WHEN.format(e.at().atZone(zone)) + " · " + e.user());
            heading.getStyleClass().add(Styles.TEXT_BOLD);
            Label what = new Label(describe(e));
            what.setWrapText(true);
            what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            what.maxWidthProperty().bind(getListView().widthProperty().subtract(48));
            VBox box = new VBox(2, heading, what);
            box.setPadding(new Insets(4, 0, 6, 0));
            setGraphic(box);
            setAccessibleText(heading.getText() + ". " + what.getText());
        }
    }
}
