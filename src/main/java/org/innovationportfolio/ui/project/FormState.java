package org.innovationportfolio.ui.project;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Whether a small entry form (a milestone, a funding line…) can be added, and whether it holds a bad entry. */
final class FormState {

    private final List<TextInput<?>> inputs;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyBooleanWrapper badEntry = new ReadOnlyBooleanWrapper(this, "badEntry", false);

    FormState(TextInput<?>... inputs) {
        this.inputs = List.of(inputs);
        for (TextInput<?> input : this.inputs) {
            input.quietWhenBlank();
            input.errorProperty().addListener((obs, old, now) -> update());
            input.textProperty().addListener((obs, old, now) -> update());
        }
        update();
    }

    /** True when every field can be read and keeps its rules. */
    ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True when something typed cannot be read (a blank required field does not count). */
    ReadOnlyBooleanProperty badEntryProperty() {
        return badEntry.getReadOnlyProperty();
    }

    void clear() {
        inputs.forEach(i -> i.setText(""));
    }

    private void update() {
        ready.set(inputs.stream().allMatch(TextInput::isValid));
        badEntry.set(inputs.stream().anyMatch(i -> !i.isValid() && !i.textProperty().get().isBlank()));
    }
}
