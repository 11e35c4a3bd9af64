package org.innovationportfolio.ui.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Commands of one page that the menus offer as well: each has a menu item with a key, disabled while the page
 * showing cannot do it (see {@link PageCommands#canDo}). The page matches its own keys with {@link #key()}, so a
 * key pressed on the page and the menu item run the same {@link PageCommands#perform}.
 */
public enum PageAction {
    /** Catalogue: adopts the selected entry, or opens the project that adopts it. */
    ADOPT("_Adopt into portfolio", MenuKey.shortcut("Enter", KeyCode.ENTER)),
    /** Portfolio: the timeline of the projects the portfolio's filter lets through. */
    SHOW_ON_TIMELINE("_Show on timeline", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN)),
    ZOOM_IN("Zoom timeline _in", MenuKey.plain("+", KeyCode.PLUS, KeyCode.ADD, KeyCode.EQUALS)),
    ZOOM_OUT("Zoom timeline _out", MenuKey.plain("−", KeyCode.MINUS, KeyCode.SUBTRACT)),
    TODAY("_Go to today", MenuKey.plain("Home", KeyCode.HOME)),
    PAGE_UP("Scroll _up a page", MenuKey.plain("Page Up", KeyCode.PAGE_UP)),
    PAGE_DOWN("Scroll do_wn a page", MenuKey.plain("Page Down", KeyCode.PAGE_DOWN));

    private final String label;
    private final KeyCombination key;

    PageAction(String label, KeyCombination key) {
        this.label = label;
        this.key = key;
    }

    /** The menu item's usual words, with its mnemonic. */
    public String label() {
        return label;
    }

    public KeyCombination key() {
        return key;
    }
}
