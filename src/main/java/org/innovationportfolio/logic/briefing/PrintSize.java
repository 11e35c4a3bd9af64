package org.innovationportfolio.logic.briefing;

import java.util.Locale;
import org.innovationportfolio.logic.RefusedException;

/**
 * The print size of a briefing pack: standard (body text 11 pt, nothing under 9.5 pt but the running header and
 * footer) or large print (body text 14 pt, tables and notes at least 12 pt), for readers who need it.
 */
public enum PrintSize {
    STANDARD,
    LARGE;

    /** Reads "standard" or "large", as the preferences file keeps it. */
    public static PrintSize parse(String text) {
        if (text != null) {
            for (PrintSize size : values()) {
                if (size.name().equalsIgnoreCase(text.strip())) {
                    return size;
                }
            }
        }
        throw new RefusedException("\"" + text + "\" is not a print size. Use standard or large.");
    }

    /** The name in lower case, as shown and saved. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
