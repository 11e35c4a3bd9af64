package org.innovationportfolio.ui.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeMeasure;

/** The Outcomes tab: each measure with its baseline, target and dated actuals, and a form to add an actual. */
public final class OutcomesViewModel {

    private final ProjectDraft draft;
    private final Clock clock;
    private final ObjectProperty<OutcomeMeasure> selected = new SimpleObjectProperty<>(this, "selected");
    final TextInput<LocalDate> date = Inputs.requiredDate("The date of the actual");
    final TextInput<BigDecimal> value = Inputs.number("The value");
    final TextInput<String> note = Inputs.text();
    private final FormState form = new FormState(date, value, note);

    OutcomesViewModel(ProjectDraft draft, Clock clock) {
        this.draft = draft;
        this.clock = clock;
        draft.outcomes.addListener((javafx.collections.ListChangeListener<OutcomeMeasure>) c -> keepSelection());
    }

    public ObservableList<OutcomeMeasure> measures() {
        return draft.outcomes;
    }

    /** The measure shown in detail and charted. */
    public ObjectProperty<OutcomeMeasure> selectedProperty() {
        return selected;
    }

    FormState form() {
        return form;
    }

    /** Adds the form's actual to the selected measure; false when none is selected or the form cannot be read. */
    public boolean addActual() {
        OutcomeMeasure m = selected.get();
        if (m == null || !form.readyProperty().get()) {
            return false;
        }
        List<OutcomeActual> actuals = new ArrayList<>(m.actuals());
        actuals.add(new OutcomeActual(ProjectDraft.newId(), date.value(), value.value(), note.value(), clock.instant()));
        OutcomeMeasure changed = new OutcomeMeasure(m.id(), m.name(), m.unit(), m.direction(), m.baseline(),
                m.baselineDate(), m.target(), m.targetDate(), actuals, clock.instant());
        int at = draft.outcomes.indexOf(m);
        draft.outcomes.set(at, changed);
        selected.set(changed);
        form.clear();
        return true;
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
