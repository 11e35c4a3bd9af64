package org.innovationportfolio.ui.shell;

import javafx.scene.input.KeyCode;

/** The workspace's screens, in side-bar order, each with its name and its Ctrl+digit key where it has one. */
public enum Screen {
    DASHBOARD("Dashboard", KeyCode.DIGIT1, true),
    PORTFOLIO("Portfolio", KeyCode.DIGIT2, true),
    TIMELINE("Timeline", KeyCode.DIGIT3, true),
    CATALOGUE("Catalogue", KeyCode.DIGIT4, true),
    BRIEFINGS("Briefings", KeyCode.DIGIT5, true),
    PACKS("Packs", KeyCode.DIGIT6, true),
    /** The project record: reached from a project, never from the side bar. */
    PROJECT("Project", null, false);

    private final String label;
    private final KeyCode key;
    private final boolean inSideBar;

    Screen(String label, KeyCode key, boolean inSideBar) {
        this.label = label;
        this.key = key;
        this.inSideBar = inSideBar;
    }

    public String label() {
        return label;
    }

    /** The digit that, with Ctrl, shows this screen; null for none. */
    public KeyCode key() {
        return key;
    }

    public boolean inSideBar() {
        return inSideBar;
    }
}
