package org.innovationportfolio.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The rules every record's constructor applies, with messages a user can act on. */
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

    /** An optional text, trimmed; blank becomes null. */
    public static String optionalText(String value, String what, int maxLength) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
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
