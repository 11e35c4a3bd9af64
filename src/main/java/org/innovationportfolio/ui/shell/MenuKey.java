package org.innovationportfolio.ui.shell;

import java.util.Objects;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A key for a menu item that several key codes press, shown in words: "+" is the numeric pad's plus, the
 * main keyboard's plus (Shift and =) and plain =, as the timeline has always taken them; "Ctrl+Enter" rather
 * than JavaFX's "Ctrl+↵". The page's own key handling matches with the same combination, so the key and the
 * menu item cannot drift apart.
 */
final class MenuKey extends KeyCombination {

    private final String display;
    private final Set<KeyCode> codes;

    private MenuKey(String display, ModifierValue shift, ModifierValue shortcut, Set<KeyCode> codes) {
        super(shift, ModifierValue.UP, ModifierValue.UP, ModifierValue.UP, shortcut);
        this.display = display;
        this.codes = Set.copyOf(codes);
    }

    /** The codes alone, with or without Shift, and no Ctrl, Alt or Meta. */
    static MenuKey plain(String display, KeyCode... codes) {
        return new MenuKey(display, ModifierValue.ANY, ModifierValue.UP, Set.of(codes));
    }

    /** The code with Ctrl (Cmd on a Mac) and without Shift. */
    static MenuKey shortcut(String display, KeyCode code) {
        return new MenuKey(display, ModifierValue.UP, ModifierValue.DOWN, Set.of(code));
    }

    @Override
    public boolean match(KeyEvent event) {
        return codes.contains(event.getCode()) && super.match(event);
    }

    @Override
    public String getDisplayText() {
        return super.getDisplayText() + display;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MenuKey key && key.codes.equals(codes) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), codes);
    }
}
