package org.innovationportfolio.ui.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.innovationportfolio.model.OutcomeDirection;
import org.innovationportfolio.model.OutcomeMeasure;

/** The Outcomes tab's form for a new measure: its name, unit, direction, and where it starts and aims to be. */
public final class OutcomeMeasureViewModel {

    private final ProjectDraft draft;
    private final Clock clock;
    private final Consumer<OutcomeMeasure> added;
    final TextInput<String> name = Inputs.requiredText("The outcome name");
    final TextInput<String> unit = Inputs.text("The unit");
    final TextInput<BigDecimal> baseline = Inputs.optionalNumber("The baseline");
    final TextInput<LocalDate> baselineDate = Inputs.optionalDate("The baseline date");
    final TextInput<BigDecimal> target = Inputs.optionalNumber("The target");
    final TextInput<LocalDate> targetDate = Inputs.optionalDate("The target date");
    private final ObjectProperty<OutcomeDirection> direction = new SimpleObjectProperty<>(this, "direction",
            OutcomeDirection.HIGHER_IS_BETTER);
    private final FormState form;

    /** @param added told of each measure added, so the tab can show it */
    OutcomeMeasureViewModel(ProjectDraft draft, Clock clock, Consumer<OutcomeMeasure> added) {
        this.draft = draft;
        this.clock = clock;
        this.added = added;
        // The same words OutcomeMeasure uses when it refuses the dates.
        targetDate.rule(t -> t != null && baselineDate.value() != null && t.isBefore(baselineDate.value())
                ? "The target date for \"" + (name.value() == null ? "this outcome" : name.value())
                        + "\" is before its baseline date."
                : null);
        baselineDate.textProperty().addListener((obs, old, now) -> targetDate.validate());
        name.textProperty().addListener((obs, old, now) -> targetDate.validate());
        form = new FormState(name, unit, baseline, baselineDate, target, targetDate);
        direction.addListener((obs, old, now) -> form.changedOutsideFields(true));
    }

    public ObjectProperty<OutcomeDirection> directionProperty() {
        return direction;
    }

    FormState form() {
        return form;
    }

    /** Adds the form's measure to the project and shows it; false when the form cannot be read. */
    public boolean add() {
        return form.submit(() -> {
            OutcomeMeasure measure = new OutcomeMeasure(ProjectDraft.newId(), name.value(), unit.value(),
                    direction.get(), baseline.value(), baselineDate.value(), target.value(), targetDate.value(),
                    List.of(), clock.instant());
            draft.edit(draft.outcomes, list -> {
                list.add(measure);
                return list;
            }, (a, b) -> 0);
            clearForm();
            added.accept(measure);
        });
    }

    public void clearForm() {
        direction.set(OutcomeDirection.HIGHER_IS_BETTER);
        form.clear();
    }
}
