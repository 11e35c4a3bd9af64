package org.innovationportfolio.ui.project;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.innovationportfolio.model.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small entry form (a milestone, a funding line…): whether it can be added, what is wrong with it,
 * and whether it holds something not yet added. Adding goes through {@link #submit}, so a value the
 * model refuses is shown on the form and never escapes as an exception.
 */
final class FormState {

    /** One thing wrong with the form: the field it is about (null for the form as a whole) and the message. */
    record Problem(TextInput<?> input, String message) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(FormState.class);

    private final List<TextInput<?>> inputs;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(this, "pending", false);
    private final ReadOnlyBooleanWrapper attempted = new ReadOnlyBooleanWrapper(this, "attempted", false);
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    // One read-only view, kept: a view made per call listens weakly and would stop telling its listeners.
    private final ObservableList<Problem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private List<String> cleanTexts;
    private boolean extraChanges;

    FormState(TextInput<?>... inputs) {
        this.inputs = List.of(inputs);
        for (TextInput<?> input : this.inputs) {
            input.quietWhenBlank();
            input.shownErrorProperty().addListener((obs, old, now) -> update());
            input.errorProperty().addListener((obs, old, now) -> update());
            input.textProperty().addListener((obs, old, now) -> {
                refusal.set("");
                update();
            });
        }
        markClean();
    }

    /** True when every field can be read and keeps its rules. */
    ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True when the form holds something typed or chosen that has not been added (or applied) yet. */
    ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** True once the user has tried to add the form and it was refused, until it is added or cleared. */
    ReadOnlyBooleanProperty attemptedProperty() {
        return attempted.getReadOnlyProperty();
    }

    /** What is wrong, in the order of the fields; what the error summary lists. */
    ObservableList<Problem> problems() {
        return readOnlyProblems;
    }

    List<TextInput<?>> inputs() {
        return inputs;
    }

    /**
     * Runs {@code add} when every field is ready; otherwise shows every field's message, blank
     * required ones included. A refusal from the model while adding is shown on the form.
     *
     * @return true when {@code add} ran to the end
     */
    boolean submit(Runnable add) {
        if (!ready.get()) {
            showAll(true);
            return false;
        }
        try {
            add.run();
            return true;
        } catch (InvalidValueException e) {
            LOG.info("The form was refused: {}", e.getMessage());
            refusal.set(e.getMessage());
            showAll(true);
            return false;
        }
    }

    /** Something outside the text fields (a choice, a tick) changed from how the form was cleared. */
    void changedOutsideFields(boolean changed) {
        extraChanges = changed;
        update();
    }

    /** Empties the fields; blank ones go quiet again. */
    void clear() {
        inputs.forEach(i -> i.setText(""));
        markClean();
    }

    /** What the fields hold now counts as the form's starting point: nothing pending, nothing attempted. */
    void markClean() {
        refusal.set("");
        showAll(false);
        cleanTexts = texts();
        extraChanges = false;
        update();
    }

    ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    private void showAll(boolean show) {
        attempted.set(show);
        inputs.forEach(i -> i.quietWhen(!show));
        update();
    }

    private List<String> texts() {
        return inputs.stream().map(i -> i.textProperty().get()).toList();
    }

    private void update() {
        ready.set(inputs.stream().allMatch(TextInput::isValid));
        pending.set(extraChanges || cleanTexts != null && !cleanTexts.equals(texts()));
        List<Problem> now = new ArrayList<>();
        for (TextInput<?> input : inputs) {
            if (!input.shownErrorProperty().get().isEmpty()) {
                now.add(new Problem(input, input.shownErrorProperty().get()));
            }
        }
        if (!refusal.get().isEmpty()) {
            now.add(new Problem(null, refusal.get()));
        }
        if (!now.equals(problems)) {
            problems.setAll(now);
        }
    }
}
