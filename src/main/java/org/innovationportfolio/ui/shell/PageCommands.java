package org.innovationportfolio.ui.shell;

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

    /** Delete: deletes what is selected. */
    default boolean delete() {
        return false;
    }

    /** Ctrl+F: puts the keyboard in the page's search box. */
    default boolean find() {
        return false;
    }
}
