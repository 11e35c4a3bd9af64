package org.innovationportfolio.ui.shell;

import java.util.List;
import java.util.Objects;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A menu item's key that two combinations press, as Redo is Ctrl+Y on Windows and Ctrl+Shift+Z elsewhere: the
 * menu shows the first, and either runs the item.
 */
final class EitherKey extends KeyCombination {

    private final KeyCombination shown;
    private final KeyCombination other;

    EitherKey(KeyCombination shown, KeyCombination other) {
        this.shown = Objects.requireNonNull(shown, "shown");
        this.other = Objects.requireNonNull(other, "other");
    }

    /** Both combinations, the one shown first. */
    List<KeyCombination> combinations() {
        return List.of(shown, other);
    }

    @Override
    public boolean match(KeyEvent event) {
        return shown.match(event) || other.match(event);
    }

    @Override
    public String getDisplayText() {
        return shown.getDisplayText();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EitherKey key && key.shown.equals(shown) && key.other.equals(other);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shown, other);
    }
}
