package org.innovationportfolio.ui.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.StatusUpdate;

/** The Status tab: the RAG history, newest first, and the form for a new RAG update. */
public final class StatusViewModel {

    private final ProjectDraft draft;
    private final Clock clock;
    final TextInput<LocalDate> date = Inputs.requiredDate("The status date");
    private final ObjectProperty<Rag> rag = new SimpleObjectProperty<>(this, "rag", Rag.GREEN);
    final TextInput<String> commentary = Inputs.longText("The commentary");
    private final FormState form = new FormState(date, commentary);
    private final ReadOnlyStringWrapper trend = new ReadOnlyStringWrapper(this, "trend", "");
    private final ReadOnlyStringWrapper trendSummary = new ReadOnlyStringWrapper(this, "trendSummary", "");

    StatusViewModel(ProjectDraft draft, Clock clock) {
        this.draft = draft;
        this.clock = clock;
        draft.statusHistory.addListener((javafx.collections.ListChangeListener<StatusUpdate>) c -> updateTrend());
        rag.addListener((obs, old, now) -> form.changedOutsideFields(true));
        resetForm();
    }

    /** Newest first. */
    public ObservableList<StatusUpdate> history() {
        return draft.statusHistory;
    }

    public ObjectProperty<Rag> ragProperty() {
        return rag;
    }

    public StringProperty commentaryProperty() {
        return commentary.textProperty();
    }

    FormState form() {
        return form;
    }

    /** The sparkline in words, oldest to newest: "Amber (1 Jun 2026), Green (1 Oct 2026)". */
    public ReadOnlyStringProperty trendProperty() {
        return trend.getReadOnlyProperty();
    }

    /** The sparkline in one line: "24 updates from 12 May 2025 to 16 Nov 2026; now Green". */
    public ReadOnlyStringProperty trendSummaryProperty() {
        return trendSummary.getReadOnlyProperty();
    }

    /** Adds the update from the form to the top of the history; false when the form cannot be read. */
    public boolean add() {
        return form.submit(this::addUpdate);
    }

    private void addUpdate() {
        StatusUpdate update = new StatusUpdate(ProjectDraft.newId(), date.value(), rag.get(), commentary.value(), null,
                clock.instant());
        draft.edit(draft.statusHistory, list -> {
            list.add(update);
            return list;
        }, Orders.NEWEST_STATUS_FIRST);
        resetForm();
    }

    /** Points for the sparkline, oldest first. */
    List<StatusUpdate> oldestFirst() {
        return draft.statusHistory.stream().sorted(Orders.NEWEST_STATUS_FIRST.reversed()).toList();
    }

    void resetForm() {
        date.setText(DateText.format(LocalDate.now(clock)));
        commentary.setText("");
        draft.statusHistory.stream().findFirst().ifPresent(latest -> rag.set(latest.rag()));
        form.markClean();
    }

    private void updateTrend() {
        List<StatusUpdate> points = oldestFirst();
        trend.set(points.isEmpty() ? "No RAG status yet" : "RAG over time, oldest first: " + points.stream()
                .map(s -> s.rag().label() + " (" + DateText.format(s.date()) + ")").collect(Collectors.joining(", ")));
        trendSummary.set(points.isEmpty() ? "No RAG status yet" : points.size() == 1
                ? "One update, " + DateText.format(points.get(0).date()) + ": " + points.get(0).rag().label()
                : points.size() + " updates from " + DateText.format(points.get(0).date()) + " to "
                        + DateText.format(points.get(points.size() - 1).date()) + "; now "
                        + points.get(points.size() - 1).rag().label());
    }
}
