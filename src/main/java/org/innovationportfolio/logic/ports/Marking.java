package org.innovationportfolio.logic.ports;

import java.util.Locale;
import org.innovationportfolio.logic.RefusedException;

/** The Government Security Classification marking a briefing pack carries in its header, footer and metadata. */
public enum Marking {
    OFFICIAL("OFFICIAL"),
    OFFICIAL_SENSITIVE("OFFICIAL-SENSITIVE");

    private final String label;

    Marking(String label) {
        this.label = label;
    }

    /** The marking as printed: upper case, hyphenated. */
    public String label() {
        return label;
    }

    /** Reads "OFFICIAL", "official-sensitive" or "OFFICIAL_SENSITIVE". */
    public static Marking parse(String text) {
        if (text != null) {
            String t = text.strip().toUpperCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
            for (Marking marking : values()) {
                if (marking.label.equals(t)) {
                    return marking;
                }
            }
        }
        throw new RefusedException("\"" + text + "\" is not a protective marking. Use OFFICIAL or OFFICIAL-SENSITIVE.");
    }

    @Override
    public String toString() {
        return label;
    }
}
