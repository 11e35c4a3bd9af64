package org.innovationportfolio.ui.project;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.innovationportfolio.model.InvalidValueException;

/**
 * A text field's content and what it means: the typed text, the value read from it, and a plain
 * message next to the field when it cannot be read or breaks a rule.
 */
final class TextInput<T> {

    /** A rule over the read value: returns a message when it is broken, else null. */
    @FunctionalInterface
    interface Rule<T> {
        String check(T value);
    }

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper shownError = new ReadOnlyStringWrapper(this, "shownError", "");
    private boolean quietWhenBlank;
    private final Function<String, T> reader;
    private final List<Rule<T>> rules = new ArrayList<>();
    private T value;

    /** @param reader reads the text; throws {@link InvalidValueException} with the message to show */
    TextInput(Function<String, T> reader) {
        this.reader = reader;
        text.addListener((obs, old, now) -> validate());
        validate();
    }

    TextInput<T> rule(Rule<T> rule) {
        rules.add(rule);
        validate();
        return this;
    }

    StringProperty textProperty() {
        return text;
    }

    /** Empty when the text is fine, else what is wrong and how to put it right. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The message to show next to the field: none for a blank field of a form not yet filled in. */
    ReadOnlyStringProperty shownErrorProperty() {
        return shownError.getReadOnlyProperty();
    }

    /** A blank field stays invalid but shows no message until the user tries to add what the form holds. */
    void quietWhenBlank() {
        quietWhen(true);
    }

    /** Whether a blank field hides its message; false once the user has tried to add the form. */
    void quietWhen(boolean blank) {
        quietWhenBlank = blank;
        validate();
    }

    boolean isValid() {
        return error.get().isEmpty();
    }

    /** The value read from the text; null for blank optional fields (and when invalid). */
    T value() {
        return value;
    }

    void setText(String newText) {
        text.set(newText == null ? "" : newText);
    }

    /** Reads the text again, e.g. when a field a rule depends on changed. */
    void validate() {
        check();
        shownError.set(quietWhenBlank && text.get().isBlank() ? "" : error.get());
    }

    private void check() {
        try {
            T read = reader.apply(text.get());
            for (Rule<T> rule : rules) {
                String broken = rule.check(read);
                if (broken != null) {
                    value = null;
                    error.set(broken);
                    return;
                }
            }
            value = read;
            error.set("");
        } catch (InvalidValueException e) {
            value = null;
            error.set(e.getMessage());
        }
    }
}
