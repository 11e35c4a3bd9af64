package org.innovationportfolio.ui.project;

import java.time.Clock;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.project.FundingSummary;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Money;

/** The Funding tab: lines by financial year, their totals and the gap after grants end, and the line form. */
public final class FundingViewModel {

    private final ProjectDraft draft;
    private final Clock clock;
    final TextInput<String> source = Inputs.requiredText("The funder");
    final TextInput<FinancialYear> year = Inputs.financialYear();
    final TextInput<Money> awarded = Inputs.money("The amount awarded");
    final TextInput<Money> spent = Inputs.money("The amount spent");
    final TextInput<Money> forecast = Inputs.money("The forecast spend");
    final TextInput<String> reference = Inputs.text("The reference");
    private final ObjectProperty<FundingType> type = new SimpleObjectProperty<>(this, "type", FundingType.GRANT);
    private final ObjectProperty<FundingStatus> status = new SimpleObjectProperty<>(this, "status",
            FundingStatus.AWARDED);
    private final ReadOnlyObjectWrapper<FundingLine> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyObjectWrapper<FundingSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final FormState form = new FormState(source, year, awarded, spent, forecast, reference);

    FundingViewModel(ProjectDraft draft, Clock clock) {
        this.draft = draft;
        this.clock = clock;
        draft.funding.addListener((ListChangeListener<FundingLine>) c -> summary.set(FundingSummary.of(draft.funding)));
        summary.set(FundingSummary.of(draft.funding));
        type.addListener((obs, old, now) -> form.changedOutsideFields(true));
        status.addListener((obs, old, now) -> form.changedOutsideFields(true));
    }

    /** By financial year, then funder. */
    public ObservableList<FundingLine> lines() {
        return draft.funding;
    }

    public ReadOnlyObjectProperty<FundingSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<FundingType> typeProperty() {
        return type;
    }

    public ObjectProperty<FundingStatus> statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<FundingLine> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    FormState form() {
        return form;
    }

    public void edit(FundingLine line) {
        editing.set(line);
        source.setText(line.source());
        year.setText(line.year().toString());
        awarded.setText(line.awarded().formatPounds());
        spent.setText(line.spent().formatPounds());
        forecast.setText(line.forecast().formatPounds());
        reference.setText(line.reference());
        type.set(line.type());
        status.set(line.status());
        form.markClean();
    }

    /** Adds the form's line, or replaces the one being edited; false when the form cannot be read. */
    public boolean commit() {
        return form.submit(this::addLine);
    }

    private void addLine() {
        FundingLine old = editing.get();
        FundingLine line = new FundingLine(old == null ? ProjectDraft.newId() : old.id(), source.value(), type.get(),
                year.value(), awarded.value(), spent.value(), forecast.value(), status.get(), reference.value(),
                old == null ? null : old.conditions(), clock.instant());
        draft.edit(draft.funding, list -> {
            list.removeIf(l -> old != null && l.id().equals(old.id()));
            list.add(line);
            return list;
        }, Orders.BY_YEAR);
        clearForm();
    }

    public void remove(FundingLine line) {
        draft.edit(draft.funding, list -> {
            list.removeIf(l -> l.id().equals(line.id()));
            return list;
        }, Orders.BY_YEAR);
        if (editing.get() != null && editing.get().id().equals(line.id())) {
            clearForm();
        }
    }

    public void clearForm() {
        editing.set(null);
        type.set(FundingType.GRANT);
        status.set(FundingStatus.AWARDED);
        form.clear();
    }
}
