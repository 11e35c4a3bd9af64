package org.innovationportfolio.ui.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.InvalidValueException;
import org.innovationportfolio.model.Money;

/** The readers the record's fields use, each failing with a message a user can act on. */
final class Inputs {

    private Inputs() {
    }

    static TextInput<String> text() {
        return new TextInput<>(t -> t == null || t.isBlank() ? null : t.strip());
    }

    static TextInput<String> requiredText(String what) {
        return new TextInput<>(t -> {
            if (t == null || t.isBlank()) {
                throw new InvalidValueException(what + " is required.");
            }
            return t.strip();
        });
    }

    static TextInput<LocalDate> optionalDate(String what) {
        return new TextInput<>(t -> DateText.parseOptional(t, what));
    }

    static TextInput<LocalDate> requiredDate(String what) {
        return new TextInput<>(t -> DateText.parseRequired(t, what));
    }

    /** Blank is £0; otherwise {@link Money#parse}'s own message. */
    static TextInput<Money> money() {
        return new TextInput<>(t -> t == null || t.isBlank() ? Money.ZERO : Money.parse(t));
    }

    static TextInput<FinancialYear> financialYear() {
        return new TextInput<>(FinancialYear::parse);
    }

    static TextInput<BigDecimal> number(String what) {
        return new TextInput<>(t -> {
            if (t == null || t.isBlank()) {
                throw new InvalidValueException(what + " is required.");
            }
            try {
                return new BigDecimal(t.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                throw new InvalidValueException(what + " \"" + t.strip() + "\" is not a number. Write it like 42 or 12.5.");
            }
        });
    }
}
