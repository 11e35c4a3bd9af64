package org.innovationportfolio.ui.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.model.Checks;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.InvalidValueException;
import org.innovationportfolio.model.Money;

/**
 * The readers the record's fields use, each failing with a message a user can act on. Each applies
 * the same {@link Checks} rule the model record applies, so a value the record would refuse is
 * marked next to its field before anything is added or saved.
 */
final class Inputs {

    private Inputs() {
    }

    /** An optional one-line text, at most {@link Checks#SHORT_TEXT} characters. */
    static TextInput<String> text(String what) {
        return new TextInput<>(t -> Checks.optionalShort(t, what));
    }

    /** Optional free text, at most {@link Checks#LONG_TEXT} characters. */
    static TextInput<String> longText(String what) {
        return new TextInput<>(t -> Checks.optionalLong(t, what));
    }

    static TextInput<String> requiredText(String what) {
        return new TextInput<>(t -> Checks.requiredText(t, what));
    }

    /** Required free text; {@code missing} says what to do when it is blank. */
    static TextInput<String> requiredLongText(String what, String missing) {
        return new TextInput<>(t -> {
            String text = Checks.optionalLong(t, what);
            if (text == null) {
                throw new InvalidValueException(missing);
            }
            return text;
        });
    }

    /** Tags separated by commas, each a short text. */
    static TextInput<String> tags() {
        return new TextInput<>(t -> {
            String text = t == null || t.isBlank() ? null : t.strip();
            if (text != null) {
                Arrays.stream(text.split(",")).forEach(tag -> Checks.optionalShort(tag, "A tag"));
            }
            return text;
        });
    }

    static List<String> tagList(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    static TextInput<LocalDate> optionalDate(String what) {
        return new TextInput<>(t -> DateText.parseOptional(t, what));
    }

    static TextInput<LocalDate> requiredDate(String what) {
        return new TextInput<>(t -> DateText.parseRequired(t, what));
    }

    /** Blank is £0; otherwise {@link Money#parse}'s own message, and never below £0. */
    static TextInput<Money> money(String what) {
        return new TextInput<>(t -> t == null || t.isBlank() ? Money.ZERO : Checks.notNegative(Money.parse(t), what));
    }

    static TextInput<FinancialYear> financialYear() {
        return new TextInput<>(FinancialYear::parse);
    }

    /** A whole number on the 1 to 5 scale risks are scored on. */
    static TextInput<Integer> scale(String what) {
        return new TextInput<>(t -> {
            String digits = t == null ? "" : t.strip();
            if (digits.isEmpty()) {
                throw new InvalidValueException(what + " is required: a whole number from 1 to 5.");
            }
            if (!digits.matches("\\d{1,9}")) {
                throw new InvalidValueException(what + " \"" + digits + "\" is not a whole number. Type 1, 2, 3, 4 or 5.");
            }
            return Checks.scale(Integer.parseInt(digits), what);
        });
    }

    static TextInput<BigDecimal> number(String what) {
        return new TextInput<>(t -> {
            BigDecimal value = readNumber(t, what);
            if (value == null) {
                throw new InvalidValueException(what + " is required.");
            }
            return value;
        });
    }

    static TextInput<BigDecimal> optionalNumber(String what) {
        return new TextInput<>(t -> readNumber(t, what));
    }

    private static BigDecimal readNumber(String t, String what) {
        if (t == null || t.isBlank()) {
            return null;
        }
        // Plain digits only: "1e999999999" is a BigDecimal too, but not one a person means or the store keeps.
        String plain = t.strip().replace(",", "");
        if (!plain.matches("-?\\d{1,30}(\\.\\d{1,30})?|-?\\.\\d{1,30}")) {
            throw new InvalidValueException(what + " \"" + t.strip() + "\" is not a number. Write it like 42 or 12.5.");
        }
        return new BigDecimal(plain);
    }
}
