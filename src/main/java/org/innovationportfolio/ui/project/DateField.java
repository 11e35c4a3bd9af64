package org.innovationportfolio.ui.project;

import java.time.LocalDate;
import java.util.Objects;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.model.InvalidValueException;

/**
 * A date field with a calendar: a {@link DatePicker} whose text is the field's {@link TextInput}, read
 * the way dates are typed everywhere ("3/3/2025", "2025-03-03", "3 Mar 2025") and shown as "3 Mar 2025".
 * A date that cannot be read stays as typed, next to its message, instead of being put back.
 */
final class DateField {

    private final TextInput<LocalDate> input;
    private final DatePicker picker = new DatePicker();
    private boolean syncing;

    private DateField(TextInput<LocalDate> input) {
        this.input = input;
        picker.setEditable(true);
        picker.setShowWeekNumbers(false);
        picker.setConverter(new Converter());
        picker.getEditor().textProperty().bindBidirectional(input.textProperty());
        showTypedDate();
        input.textProperty().addListener((obs, old, now) -> showTypedDate());
        picker.focusedProperty().addListener((obs, was, focused) -> {
            // Once the user leaves the field, a date read from "3/3/2025" is shown as "3 Mar 2025".
            if (!focused && input.value() != null) {
                input.setText(DateText.format(input.value()));
            }
        });
        picker.valueProperty().addListener((obs, old, picked) -> {
            if (!syncing && picked != null && !picked.equals(input.value())) {
                input.setText(DateText.format(picked));
            }
        });
    }

    static DatePicker of(TextInput<LocalDate> input) {
        return new DateField(input).picker;
    }

    /**
     * Keeps the calendar on the typed date. While the text cannot be read, the calendar keeps a date
     * (the last one read, else today) so the picker never clears the text on its own.
     */
    private void showTypedDate() {
        LocalDate shown = input.value() != null ? input.value()
                : input.textProperty().get().isBlank() ? null
                : picker.getValue() != null ? picker.getValue() : LocalDate.now();
        syncing = true;
        try {
            picker.setValue(shown);
        } finally {
            syncing = false;
        }
    }

    /** Text to date by {@link DateText}; date to text as "3 Mar 2025", except where that would lose what was typed. */
    private final class Converter extends StringConverter<LocalDate> {

        @Override
        public String toString(LocalDate date) {
            String typed = input.textProperty().get();
            if (!typed.isBlank() && !input.isValid()) {
                return typed;
            }
            if (picker.isFocused() && Objects.equals(input.value(), date)) {
                return typed;
            }
            return DateText.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            try {
                return DateText.parseOptional(text, "The date");
            } catch (InvalidValueException unreadable) {
                // DatePicker.commitValue does not catch: the picker keeps its date, the field its text and message.
                return picker.getValue();
            }
        }
    }
}
