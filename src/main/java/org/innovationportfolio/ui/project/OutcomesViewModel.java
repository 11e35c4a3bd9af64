package org.innovationportfolio.ui.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeMeasure;

/**
 * The Outcomes tab: each measure with its baseline, target and dated actuals, a form that adds an
 * actual or changes the one chosen, and (in {@link #measureForm()}) a form that adds a measure.
 */
public final class OutcomesViewModel {

    private final ProjectDraft draft;
    private final Clock clock;
    private final ObjectProperty<OutcomeMeasure> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<OutcomeActual> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    final TextInput<LocalDate> date = Inputs.requiredDate("The date of the actual");
    final TextInput<BigDecimal> value = Inputs.number("The actual value");
    final TextInput<String> note = Inputs.longText("The note");
    private final FormState form = new FormState(date, value, note);
    private final OutcomeMeasureViewModel measureForm;

    OutcomesViewModel(ProjectDraft draft, Clock clock) {
        this.draft = draft;
        this.clock = clock;
        this.measureForm = new OutcomeMeasureViewModel(draft, clock, selected::set);
        draft.outcomes.addListener((ListChangeListener<OutcomeMeasure>) c -> keepSelection());
        selected.addListener((obs, old, now) -> {
            if (editing.get() != null && (now == null || !now.id().equals(old == null ? null : old.id()))) {
                clearForm();
            }
        });
    }

    public ObservableList<OutcomeMeasure> measures() {
        return draft.outcomes;
    }

    /** The measure shown in detail and charted. */
    public ObjectProperty<OutcomeMeasure> selectedProperty() {
        return selected;
    }

    /** The actual the form is changing; null when the form adds a new one. */
    public ReadOnlyObjectProperty<OutcomeActual> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The form that adds a new measure. */
    public OutcomeMeasureViewModel measureForm() {
        return measureForm;
    }

    FormState form() {
        return form;
    }

    /** Puts {@code actual}, of the selected measure, into the form to be changed. */
    public void edit(OutcomeActual actual) {
        editing.set(actual);
        date.setText(DateText.format(actual.date()));
        value.setText(actual.value().toPlainString());
        note.setText(actual.note());
        form.markClean();
    }

    /**
     * Adds the form's actual to the selected measure, or replaces the one being edited; false when
     * none is selected or the form cannot be read.
     */
    public boolean addActual() {
        if (selected.get() == null) {
            return false;
        }
        return form.submit(() -> {
            OutcomeActual old = editing.get();
            OutcomeActual actual = new OutcomeActual(old == null ? ProjectDraft.newId() : old.id(), date.value(),
                    value.value(), note.value(), clock.instant());
            changeActuals(list -> {
                list.removeIf(a -> old != null && a.id().equals(old.id()));
                list.add(actual);
                return list;
            });
            clearForm();
        });
    }

    /** Takes {@code actual} off the selected measure; Undo puts it back. */
    public void removeActual(OutcomeActual actual) {
        if (selected.get() == null || actual == null) {
            return;
        }
        changeActuals(list -> {
            list.removeIf(a -> a.id().equals(actual.id()));
            return list;
        });
        if (editing.get() != null && editing.get().id().equals(actual.id())) {
            clearForm();
        }
    }

    public void clearForm() {
        editing.set(null);
        form.clear();
    }

    private void changeActuals(UnaryOperator<List<OutcomeActual>> change) {
        OutcomeMeasure m = selected.get();
        List<OutcomeActual> actuals = change.apply(new ArrayList<>(m.actuals()));
        OutcomeMeasure changed = new OutcomeMeasure(m.id(), m.name(), m.unit(), m.direction(), m.baseline(),
                m.baselineDate(), m.target(), m.targetDate(), actuals, clock.instant());
        draft.edit(draft.outcomes, list -> {
            list.replaceAll(o -> o.id().equals(m.id()) ? changed : o);
            return list;
        }, (a, b) -> 0);
        selected.set(changed);
    }

    /** After an undo or reload, selects the same measure again (by id), or the first. */
    private void keepSelection() {
        OutcomeMeasure current = selected.get();
        OutcomeMeasure match = current == null ? null
                : draft.outcomes.stream().filter(o -> o.id().equals(current.id())).findFirst().orElse(null);
        if (match != current) {
            selected.set(match != null ? match : draft.outcomes.isEmpty() ? null : draft.outcomes.get(0));
        } else if (current == null && !draft.outcomes.isEmpty()) {
            selected.set(draft.outcomes.get(0));
        }
    }
}
