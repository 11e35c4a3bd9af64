package org.innovationportfolio.ui.shell;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * The menu commands a page may take over: the shell sends File › Save, Edit › Undo, Edit › Delete,
 * Edit › Find and the rest to the page showing, when it implements this. Each answers false when it had nothing to do.
 */
public interface PageCommands {

    /** Ctrl+N: adds a new item (on the portfolio, a project); the shell sends it to the portfolio otherwise. */
    default boolean create() {
        return false;
    }

    /** Ctrl+D: duplicates what is selected. */
    default boolean duplicate() {
        return false;
    }

    /** Ctrl+S: saves the page's edits. */
    default boolean save() {
        return false;
    }

    /** Ctrl+Z: undoes the page's last change. */
    default boolean undo() {
        return false;
    }

    /** Ctrl+Y (or Ctrl+Shift+Z): makes again the page's last change undone. */
    default boolean redo() {
        return false;
    }

    /** Delete: deletes what is selected. */
    default boolean delete() {
        return false;
    }

    /** Ctrl+F: puts the keyboard in the page's search box. */
    default boolean find() {
        return false;
    }

    /**
     * Whether the page can do {@code action} now, as the menu item's enabled state; null when the page has no
     * such command, and the item stays disabled while it shows.
     */
    default ObservableBooleanValue canDo(PageAction action) {
        return null;
    }

    /** Does {@code action}: the menu item and the page's own key both come here. */
    default void perform(PageAction action) {
    }

    /** The menu item's words for {@code action} on this page, when they change with what is selected; null for the usual. */
    default ObservableStringValue label(PageAction action) {
        return null;
    }
}
