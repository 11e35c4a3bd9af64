package org.innovationportfolio.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The rules every record's constructor applies, with messages a user can act on.
 *
 * <p>Text arrives from packs, spreadsheets, pastes and typing, and may carry characters that no one can see
 * but that break what we write (a NUL makes a Word file unreadable; a lone surrogate fails a PDF) or that
 * disguise it (a right-to-left override shows "invoice\u202Efdp.exe" as "invoiceexe.pdf"). Every text
 * field is cleaned by one rule, {@link #plainText}, before it is trimmed and measured. Cleaning, not
 * refusing: the characters are invisible, so a user could not find them to fix them, and one of them must
 * not stop a whole pack from being imported. The rule:
 * <ul>
 * <li>line breaks (CR LF, CR, LF, NEL, U+2028, U+2029, vertical tab, form feed) become a newline in a
 * multi-line field (commentary, notes, summaries) and a space in a one-line field (titles, names);</li>
 * <li>a tab stays in a multi-line field and becomes a space in a one-line field;</li>
 * <li>every other C0 and C1 control character and DEL is removed;</li>
 * <li>a lone (unpaired) surrogate is removed;</li>
 * <li>every bidirectional control (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) is removed;</li>
 * <li>the byte-order mark U+FEFF and the Unicode noncharacters (U+FDD0 to U+FDEF and the last two code
 * points of every plane, such as U+FFFE and U+FFFF) are removed.</li>
 * </ul>
 * Zero-width joiners stay: some scripts and emoji need them. A file's name is stricter still
 * ({@link #requiredFileName}): it also loses every invisible format character.
 */
public final class Checks {

    /** Longest single-line text we keep (titles, names). */
    public static final int SHORT_TEXT = 500;
    /** Longest free text we keep (commentary, summaries, notes). */
    public static final int LONG_TEXT = 100_000;

    private Checks() {
    }

    public static <T> T required(T value, String what) {
        if (value == null) {
            throw new InvalidValueException(what + " is required.");
        }
        return value;
    }

    /** A required one-line text, trimmed. */
    public static String requiredText(String value, String what) {
        String text = optionalText(value, what, SHORT_TEXT);
        if (text == null) {
            throw new InvalidValueException(what + " is required.");
        }
        return text;
    }

    /**
     * A required file name as people see it: one-line text that also loses every invisible format character
     * (Unicode category Cf: bidi controls, zero-width spaces and joiners, soft hyphens, tags), so what is
     * shown is all there is.
     */
    public static String requiredFileName(String value, String what) {
        return requiredText(withoutFormatCharacters(value), what);
    }

    /** {@code text} without any Unicode format (Cf) character; null stays null. */
    public static String withoutFormatCharacters(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * An optional text, cleaned by {@link #plainText} (one line when {@code maxLength} is {@link #SHORT_TEXT},
     * else multi-line) and trimmed; blank becomes null.
     */
    public static String optionalText(String value, String what, int maxLength) {
        if (value == null) {
            return null;
        }
        String text = plainText(value, maxLength != SHORT_TEXT).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new InvalidValueException(what + " is too long (" + text.length()
                    + " characters); keep it under " + maxLength + ".");
        }
        return text;
    }

    public static String optionalShort(String value, String what) {
        return optionalText(value, what, SHORT_TEXT);
    }

    public static String optionalLong(String value, String what) {
        return optionalText(value, what, LONG_TEXT);
    }

    /** Each text of an optional list, as {@link #optionalShort}; blanks are dropped. */
    public static List<String> shortTexts(List<String> values, String what) {
        return list(values).stream().map(v -> optionalShort(v, what)).filter(Objects::nonNull).toList();
    }

    /**
     * {@code text} without the characters the class javadoc lists: with newlines and tabs kept only when
     * {@code multiLine}. Not trimmed.
     */
    public static String plainText(String text, boolean multiLine) {
        StringBuilder clean = null;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                width = 2;
            }
            int kept = kept(c, multiLine);
            if (kept != c || width != Character.charCount(c)) {
                if (clean == null) {
                    clean = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (kept >= 0) {
                    clean.appendCodePoint(kept);
                }
            } else if (clean != null) {
                clean.appendCodePoint(c);
            }
            i += width;
        }
        return clean == null ? text : clean.toString();
    }

    /** The character {@code c} becomes, or -1 when it is removed. */
    private static int kept(int c, boolean multiLine) {
        if (c == '\t') {
            return multiLine ? c : ' ';
        }
        if (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029) {
            return multiLine ? '\n' : ' ';
        }
        boolean removed = c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || Character.isSurrogate((char) c) && c <= 0xFFFF
                || isBidiControl(c)
                || c == 0xFEFF
                || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
        return removed ? -1 : c;
    }

    /** The Unicode bidirectional controls: marks, embeddings, overrides and isolates. */
    public static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values.stream().filter(Objects::nonNull).toList());
    }

    /** Requires {@code later} to be on or after {@code earlier} when both are given. */
    public static void notBefore(LocalDate earlier, LocalDate later, String message) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            throw new InvalidValueException(message);
        }
    }

    public static int scale(int value, String what) {
        if (value < 1 || value > 5) {
            throw new InvalidValueException(what + " must be from 1 to 5 (it was " + value + ").");
        }
        return value;
    }

    public static Money notNegative(Money money, String what) {
        if (money != null && money.isNegative()) {
            throw new InvalidValueException(what + " cannot be negative (" + money.format() + ").");
        }
        return money;
    }
}
