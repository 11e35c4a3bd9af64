package org.innovationportfolio.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Where the workspace has been, for View › Back and Forward, as a browser keeps it: a new place ends the
 * way forward. A place is a screen, and for the project record the project, since that one page shows
 * many projects; the other pages keep their own filters and selection, so going back finds them as left.
 */
final class History {

    /** How the workspace came to a place. */
    enum Step { NEW, BACK, FORWARD }

    /** A screen, with the project for the record and null otherwise. */
    record Place(Screen screen, Object argument) {

        static Place of(Screen screen, Object argument) {
            return new Place(screen, screen == Screen.PROJECT && argument instanceof UUID ? argument : null);
        }
    }

    private static final int LIMIT = 100;

    private final Deque<Place> back = new ArrayDeque<>();
    private final Deque<Place> forward = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack", false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward", false);
    private Place here;

    /** The place showing, or null before the first. */
    Place here() {
        return here;
    }

    /** Where Back goes, or null. */
    Place previous() {
        return back.peek();
    }

    /** Where Forward goes, or null. */
    Place next() {
        return forward.peek();
    }

    /** Records that the workspace now shows {@code place}, reached by {@code step}. */
    void arrive(Place place, Step step) {
        if (place.equals(here)) {
            return;
        }
        if (here != null) {
            switch (step) {
                case NEW -> {
                    back.push(here);
                    forward.clear();
                }
                case BACK -> {
                    back.pop();
                    forward.push(here);
                }
                case FORWARD -> {
                    forward.pop();
                    back.push(here);
                }
            }
            while (back.size() > LIMIT) {
                back.removeLast();
            }
        }
        here = place;
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }

    ReadOnlyBooleanProperty canGoBack() {
        return canGoBack.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canGoForward() {
        return canGoForward.getReadOnlyProperty();
    }
}
