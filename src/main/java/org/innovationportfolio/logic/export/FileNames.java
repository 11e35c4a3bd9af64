package org.innovationportfolio.logic.export;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File names that every system the app runs on accepts, Windows being the strictest: none of {@code \ / : * ? " < > |}
 * or control characters, no reserved device name (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, with any extension and
 * in any case), and no trailing dot or space (Windows silently drops them, so the file written is not the one named).
 */
public final class FileNames {

    static final String FORBIDDEN = "\\/:*?\"<>|";
    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[1-9\u00B9\u00B2\u00B3]"
            + "|LPT[1-9\u00B9\u00B2\u00B3])");
    private static final int MAX_STEM = 80;

    private FileNames() {
    }

    /**
     * A safe name from {@code text} (a project's title, a sender's name) and {@code extension} (with its dot):
     * "Title: subtitle" becomes "Title - subtitle", forbidden characters become spaces, trailing dots and spaces go,
     * a reserved name gets "_" after it, and {@code fallback} stands in for nothing left.
     */
    public static String suggested(String text, String extension, String fallback) {
        String stem = (text == null ? "" : text).replaceAll("\\s*:\\s*", " - ");
        StringBuilder kept = new StringBuilder(stem.length());
        stem.codePoints().forEach(c -> kept.appendCodePoint(FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT ? ' ' : c));
        stem = kept.toString().replaceAll("\\s+", " ").strip();
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM);
        }
        stem = stem.replaceAll("[. ]+$", "");
        if (stem.isEmpty()) {
            stem = fallback;
        }
        if (isReserved(stem)) {
            stem = stem + "_";
        }
        return stem + extension;
    }

    /** True for a name Windows keeps for a device, whatever follows its first dot: "con", "NUL.txt", "Com1.pdf". */
    public static boolean isReserved(String name) {
        String stem = name.strip();
        int dot = stem.indexOf('.');
        if (dot >= 0) {
            stem = stem.substring(0, dot);
        }
        return RESERVED.matcher(stem.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * What is wrong with a name the user typed for a file (without its extension, which is always added), in
     * plain words; empty when nothing is.
     */
    public static String problem(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c)) {
                return "A file name cannot contain / \\ : * ? \" < > or |. Take them out.";
            }
        }
        if (isReserved(name)) {
            return "\u201c" + name.strip() + "\u201d is a name Windows keeps for a device, so no file can have it. "
                    + "Add a word, such as \u201c" + name.strip() + " pack\u201d.";
        }
        // A dot or space at the end of the name typed is harmless here: the extension always follows it.
        return "";
    }
}
