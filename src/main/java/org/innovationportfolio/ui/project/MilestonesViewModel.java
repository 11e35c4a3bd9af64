package org.innovationportfolio.ui.project;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.MilestoneTiming;

/** The Milestones tab: the list, and a form that adds a milestone or changes the one chosen for editing. */
public final class MilestonesViewModel {

    private final ProjectDraft draft;
    private final Clock clock;
    final TextInput<String> title = Inputs.requiredText("The milestone title");
    final TextInput<LocalDate> baseline = Inputs.optionalDate("The baseline date");
    final TextInput<LocalDate> forecast = Inputs.optionalDate("The forecast date");
    final TextInput<LocalDate> completed = Inputs.optionalDate("The completed date");
    final TextInput<String> owner = Inputs.text("The milestone owner");
    private final ObjectProperty<MilestoneStatus> status = new SimpleObjectProperty<>(this, "status",
            MilestoneStatus.NOT_STARTED);
    private final ReadOnlyObjectWrapper<Milestone> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyStringWrapper slippage = new ReadOnlyStringWrapper(this, "slippage", "");
    private final FormState form;

    MilestonesViewModel(ProjectDraft draft, Clock clock) {
        this.draft = draft;
        this.clock = clock;
        forecast.rule(f -> f != null && draft.startDate.value() != null && f.isBefore(draft.startDate.value())
                ? "The forecast date is before the project starts (" + DateText.format(draft.startDate.value()) + ")."
                : null);
        draft.startDate.textProperty().addListener((obs, old, now) -> forecast.validate());
        form = new FormState(title, baseline, forecast, completed, owner);
        baseline.textProperty().addListener((obs, old, now) -> updateSlippage());
        forecast.textProperty().addListener((obs, old, now) -> updateSlippage());
        completed.textProperty().addListener((obs, old, now) -> updateSlippage());
        status.addListener((obs, old, now) -> form.changedOutsideFields(true));
    }

    /** In due-date order. */
    public ObservableList<Milestone> milestones() {
        return draft.milestones;
    }

    public ObjectProperty<MilestoneStatus> statusProperty() {
        return status;
    }

    /** The milestone the form is changing; null when the form adds a new one. */
    public ReadOnlyObjectProperty<Milestone> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** "Slippage: +14 days" for what the form holds. */
    public ReadOnlyStringProperty slippageProperty() {
        return slippage.getReadOnlyProperty();
    }

    FormState form() {
        return form;
    }

    /** Puts {@code milestone} into the form to be changed. */
    public void edit(Milestone milestone) {
        editing.set(milestone);
        title.setText(milestone.title());
        baseline.setText(DateText.format(milestone.baseline()));
        forecast.setText(DateText.format(milestone.forecast()));
        completed.setText(DateText.format(milestone.completed()));
        owner.setText(milestone.owner());
        status.set(milestone.status());
        form.markClean();
    }

    /** Adds the form's milestone, or replaces the one being edited; false when the form cannot be read. */
    public boolean commit() {
        return form.submit(this::addMilestone);
    }

    private void addMilestone() {
        Milestone old = editing.get();
        Milestone milestone = new Milestone(old == null ? ProjectDraft.newId() : old.id(), title.value(),
                baseline.value(), forecast.value(), completed.value(), status.get(), owner.value(), clock.instant());
        draft.edit(draft.milestones, list -> {
            list.removeIf(m -> old != null && m.id().equals(old.id()));
            list.add(milestone);
            return list;
        }, Orders.BY_DUE);
        clearForm();
    }

    public void remove(Milestone milestone) {
        draft.edit(draft.milestones, list -> {
            list.removeIf(m -> m.id().equals(milestone.id()));
            return list;
        }, Orders.BY_DUE);
        if (editing.get() != null && editing.get().id().equals(milestone.id())) {
            clearForm();
        }
    }

    public void clearForm() {
        editing.set(null);
        status.set(MilestoneStatus.NOT_STARTED);
        form.clear();
    }

    /** "+14 days", "3 days early", "None": the words a slippage column shows (the plan against the baseline). */
    static String slippageText(long days) {
        return MilestoneTiming.slippageWords(days);
    }

    /** The Slippage column: {@link MilestoneTiming#slippage()}, an en dash when it cannot be told or was cancelled. */
    String slippageText(Milestone milestone) {
        return milestone.timing(LocalDate.now(clock)).slippage();
    }

    /** The Status column: "Overdue: 55 days" for an open milestone past its date, else its recorded status. */
    String statusText(Milestone milestone) {
        MilestoneTiming timing = milestone.timing(LocalDate.now(clock));
        return timing.isOverdue() ? "Overdue: " + MilestoneTiming.days(timing.daysOverdue()) : milestone.status().label();
    }

    boolean isOverdue(Milestone milestone) {
        return milestone.isOverdue(LocalDate.now(clock));
    }

    private void updateSlippage() {
        LocalDate base = baseline.value();
        LocalDate against = completed.value() != null ? completed.value() : forecast.value();
        slippage.set(base == null || against == null ? ""
                : "Slippage: " + slippageText(ChronoUnit.DAYS.between(base, against)));
    }
}
