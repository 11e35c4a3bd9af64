package org.innovationportfolio.ui.tracker;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.innovationportfolio.logic.tracker.TrackerPreview;
import org.innovationportfolio.logic.tracker.TrackerPreview.Kind;

/**
 * One data row on the preview step: what happens to it, in words, and whether it is imported. Only a row
 * matched to a project by its title alone asks for the officer's confirmation (the tick). A row of another
 * sheet of our own export (Milestones, Funding, Risks, Outcomes, RAG history) is matched by its record id
 * and is always imported when it is new or an update.
 */
public final class PreviewLine {

    private final TrackerPreview.Row row;
    private final TrackerPreview.RecordRow record;
    private final BooleanProperty included = new SimpleBooleanProperty(this, "included", true);

    PreviewLine(TrackerPreview.Row row) {
        this.row = row;
        this.record = null;
    }

    PreviewLine(TrackerPreview.RecordRow record) {
        this.row = null;
        this.record = record;
    }

    /** The row's number in its sheet. */
    public int number() {
        return row != null ? row.number() : record.number();
    }

    /** Where the row is: "4" on the projects' sheet, "Milestones 12" on another. */
    public String where() {
        return row != null ? Integer.toString(row.number()) : record.sheet() + " " + record.number();
    }

    public Kind kind() {
        return row != null ? row.kind() : record.kind();
    }

    /** "New", "Update", "Unchanged", "Refused". */
    public String what() {
        String word = kind().word();
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The project, and for another sheet's row the record: "Kinship Connected: Go-live review". */
    public String title() {
        return row != null ? row.title() : record.project() + ": " + record.record();
    }

    /** True for an update matched by exact title rather than by a project id from our export: the officer confirms it. */
    public boolean needsConfirming() {
        return row != null && row.matchedByTitle() && row.kind() == Kind.UPDATE;
    }

    /** The changes, or for a refused row each cell and its reason, one to a line. */
    public String details() {
        if (record != null) {
            return switch (record.kind()) {
                case REFUSED -> String.join("\n", record.problems());
                case UNCHANGED -> "Your portfolio already says this.";
                default -> String.join("\n", record.changes());
            };
        }
        StringBuilder text = new StringBuilder();
        if (needsConfirming()) {
            text.append("Matched to your project \u201c").append(row.title()).append("\u201d by its title. Untick the "
                    + "row if that is the wrong project.\n");
        }
        switch (row.kind()) {
            case REFUSED -> text.append(String.join("\n", row.problems()));
            case UNCHANGED -> text.append("Your portfolio already says this.");
            default -> text.append(String.join("\n", row.changes()));
        }
        if (row.hidden()) {
            text.append("\n(A hidden row in the workbook.)");
        }
        return text.toString();
    }

    /** Whether the row is imported; only a title match can be unticked. */
    public BooleanProperty includedProperty() {
        return included;
    }

    /** True when importing adds or changes a project for this row. */
    public boolean imports() {
        return (kind() == Kind.NEW || kind() == Kind.UPDATE) && included.get();
    }

    /** The words a screen reader says for the row. */
    public String spoken() {
        if (record != null) {
            return record.sheet() + " row " + record.number() + ", " + what() + ", " + title() + ". " + details();
        }
        return "Row " + row.number() + ", " + what() + ", " + row.title() + (needsConfirming()
                ? included.get() ? ", ticked to import" : ", unticked: left out" : "") + ". " + details();
    }
}
