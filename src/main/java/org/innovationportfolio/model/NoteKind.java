package org.innovationportfolio.model;

/** A log entry is a plain note or a recorded decision. */
public enum NoteKind {
    NOTE("Note"),
    DECISION("Decision");

    private final String label;

    NoteKind(String label) {
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
