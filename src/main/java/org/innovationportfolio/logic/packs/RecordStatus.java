package org.innovationportfolio.logic.packs;

/** How one record (a milestone, a funding line…) in a pack compares with mine. */
public enum RecordStatus {
    NEW("New"),
    UNCHANGED("Unchanged"),
    /** Theirs changed since the last import and mine did not. */
    UPDATED("Updated"),
    /** Mine changed since the last import and theirs did not: mine is kept. */
    MINE_NEWER("Changed here only"),
    /** Both changed since the last import (or there was no import to compare with). */
    CONFLICT("Conflict");

    private final String label;

    RecordStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when taking theirs would change my record. */
    boolean theirsWins() {
        return this == NEW || this == UPDATED || this == CONFLICT;
    }

    @Override
    public String toString() {
        return label;
    }
}
