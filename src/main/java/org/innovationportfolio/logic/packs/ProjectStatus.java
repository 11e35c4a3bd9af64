package org.innovationportfolio.logic.packs;

/** How a project in a pack compares with the portfolio. */
public enum ProjectStatus {
    /** Not in the portfolio: it will be added. */
    NEW("New"),
    /** Nothing in the pack differs from what is here (or only my side has changed). */
    UNCHANGED("Unchanged"),
    /** They changed it and I have not changed what they changed since I last imported it. */
    UPDATED("Updated"),
    /** Both of us changed the same record since the last import: someone must choose. */
    CONFLICT("Conflict");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
