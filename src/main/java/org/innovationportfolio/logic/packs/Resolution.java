package org.innovationportfolio.logic.packs;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.innovationportfolio.logic.RefusedException;

/** What the officer chose for one project of a pack. */
public enum Resolution {
    /** My project stays exactly as it is. */
    KEEP_MINE("keep-mine", "Keep mine"),
    /** Their changes come in; my own changes to records they did not change stay, and nothing of mine is deleted. */
    TAKE_THEIRS("take-theirs", "Take theirs"),
    /** My project stays as it is and theirs is added beside it as a copy, with new ids. */
    KEEP_BOTH("keep-both", "Keep both");

    private final String option;
    private final String label;

    Resolution(String option, String label) {
        this.option = option;
        this.label = label;
    }

    /** The command line's word for it: keep-mine, take-theirs, keep-both. */
    public String option() {
        return option;
    }

    public String label() {
        return label;
    }

    /** Reads keep-mine, take-theirs or keep-both (or the enum name), ignoring case. */
    public static Resolution parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(r -> r.option.equals(wanted)).findFirst()
                .orElseThrow(() -> new RefusedException("\"" + text + "\" is not a choice for a project. Use one of: "
                        + Arrays.stream(values()).map(Resolution::option).collect(Collectors.joining(", ")) + "."));
    }

    @Override
    public String toString() {
        return label;
    }
}
