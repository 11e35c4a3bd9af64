package org.innovationportfolio.ui.shell;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;

/**
 * One screen of the workspace (dashboard, portfolio, project record, timeline, catalogue…) as the
 * shell hosts it: the shell shows {@link #view()} and calls {@link #refresh()} each time the page is
 * shown, so every page reads fresh data from the store without a global event bus.
 */
public interface Page {

    /** The page's layout; built once and reused. */
    Node view();

    /** The page's title for the window, the side bar and assistive technology. */
    ReadOnlyStringProperty title();

    /** Re-reads what the page shows, in the background; called whenever the page is shown. */
    void refresh();

    /**
     * Asked before the shell navigates away or the window closes; a page with unsaved changes
     * asks the user and answers false to stay. Pages without editing answer true.
     */
    default boolean canLeave() {
        return true;
    }

    /**
     * As {@link #canLeave()}, for a page that saves before leaving: it saves off the JavaFX thread, answers false
     * for now, and runs {@code leaveLater} (on the JavaFX thread) once saved, to leave then.
     */
    default boolean canLeave(Runnable leaveLater) {
        return canLeave();
    }

    /** The node to focus when the page is shown, so keyboard users land somewhere sensible. */
    default Node initialFocus() {
        return view();
    }
}
