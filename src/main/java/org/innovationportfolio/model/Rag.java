package org.innovationportfolio.model;

import java.util.Locale;

/** Red, amber or green: how a project is going. Always shown as a word, not colour alone. */
public enum Rag {
    RED("Red", "Significant problems: needs the board's help"),
    AMBER("Amber", "Some problems: being managed"),
    GREEN("Green", "On track");

    private final String label;
    private final String meaning;

    Rag(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** Reads "Red", "r", "AMBER", "green" as officers type them in trackers. */
    public static Rag parse(String text) {
        if (text != null) {
            String t = text.strip().toUpperCase(Locale.ROOT);
            for (Rag rag : values()) {
                if (rag.name().equals(t) || (t.length() == 1 && rag.name().charAt(0) == t.charAt(0))) {
                    return rag;
                }
            }
        }
        throw new InvalidValueException("\"" + text + "\" is not a RAG status. Use Red, Amber or Green.");
    }

    @Override
    public String toString() {
        return label;
    }
}
