package org.innovationportfolio.ui.tracker;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.innovationportfolio.logic.tracker.TrackerPreview;
import org.innovationportfolio.logic.tracker.TrackerPreview.Kind;

/**
 * One data row on the preview step: what happens to it, in words, and whether it is imported. Only a row
 * matched to a project by its title alone asks for the officer's confirmation (the tick).
 */
public final class PreviewLine {

    private final TrackerPreview.Row row;
    private final BooleanProperty included = new SimpleBooleanProperty(this, "included", true);

    PreviewLine(TrackerPreview.Row row) {
        this.row = row;
    }

    public int number() {
        return row.number();
    }

    public Kind kind() {
        return row.kind();
    }

    /** "New", "Update", "Unchanged", "Refused". */
    public String what() {
        String word = row.kind().word();
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    public String title() {
        return row.title();
    }

    /** True for an update matched by exact title rather than by a project id from our export: the officer confirms it. */
    public boolean needsConfirming() {
        return row.matchedByTitle() && row.kind() == Kind.UPDATE;
    }

    /** The changes, or for a refused row each cell and its reason, one to a line. */
    public String details() {
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
        return (row.kind() == Kind.NEW || row.kind() == Kind.UPDATE) && included.get();
    }

    /** The words a screen reader says for the row. */
    public String spoken() {
        return "Row " + row.number() + ", " + what() + ", " + row.title() + (needsConfirming()
                ? included.get() ? ", ticked to import" : ", unticked: left out" : "") + ". " + details();
    }
}
