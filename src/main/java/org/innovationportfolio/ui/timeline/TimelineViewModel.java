package org.innovationportfolio.ui.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.innovationportfolio.logic.portfolio.FilterWords;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.logic.timeline.TimelineChart;
import org.innovationportfolio.logic.timeline.TimelineLayout;
import org.innovationportfolio.logic.timeline.TimelineProjects;
import org.innovationportfolio.logic.timeline.TimelineScale;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;

/** The timeline's state: which projects (a portfolio filter), the scale, and the laid-out chart. */
public final class TimelineViewModel {

    private final Supplier<TimelineProjects.Portfolio> reader;
    private final Clock clock;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final ObjectProperty<PortfolioFilter> filter = new SimpleObjectProperty<>(this, "filter", PortfolioFilter.NONE);
    private final ObjectProperty<TimelineScale> scale = new SimpleObjectProperty<>(this, "scale", TimelineScale.MONTH);
    private final ReadOnlyObjectWrapper<TimelineChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper filterText = new ReadOnlyStringWrapper(this, "filterText", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private TimelineProjects.Portfolio portfolio;
    private List<Project> projects = List.of();

    public TimelineViewModel(DesktopContext context, DialogService dialogs, TaskRunner tasks) {
        this.reader = Objects.requireNonNull(context.useCases().timeline(), "timeline");
        this.clock = Objects.requireNonNull(context.clock(), "clock");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        scale.addListener((o, was, now) -> layOut());
        // What was read is filtered again: opening the timeline with a filter (set, then refresh) reads once.
        filter.addListener((o, was, now) -> showMatching());
    }

    /** Re-reads the portfolio, then lays out the projects matching the filter. */
    public void load() {
        tasks.run("Reading milestones", progress -> reader.get(), read -> {
            portfolio = read;
            loaded.set(true);
            showMatching();
        }, message -> dialogs.showError("The timeline could not be read", message));
    }

    private void showMatching() {
        if (portfolio == null) {
            return; // not read yet: load() shows them
        }
        PortfolioFilter wanted = filter.get();
        projects = portfolio.matching(wanted, today());
        filterText.set(filterText(wanted, projects.size()));
        layOut();
    }

    /** "Showing 4 projects filtered by RAG: Red", or empty when the timeline shows every project. */
    static String filterText(PortfolioFilter filter, int projects) {
        if (filter.isEmpty()) {
            return "";
        }
        String words = FilterWords.describe(filter);
        return switch (projects) {
            case 0 -> "No project matches the filter: " + words;
            case 1 -> "Showing 1 project, filtered by " + words;
            default -> "Showing " + projects + " projects, filtered by " + words;
        };
    }

    /** Shows every project again. */
    public void clearFilter() {
        filter.set(PortfolioFilter.NONE);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void layOut() {
        chart.set(TimelineLayout.of(projects, today(), scale.get()));
    }

    public ObjectProperty<PortfolioFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<TimelineScale> scaleProperty() {
        return scale;
    }

    public ReadOnlyObjectProperty<TimelineChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** What the timeline is filtered to, in words with how many projects; empty when it shows them all. */
    public ReadOnlyStringProperty filterTextProperty() {
        return filterText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
