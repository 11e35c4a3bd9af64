package org.innovationportfolio.ui.dashboard;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.innovationportfolio.logic.dashboard.DashboardFigures;
import org.innovationportfolio.logic.dashboard.DashboardReader;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;
import org.innovationportfolio.ui.shell.Navigator;

/** The dashboard's figures, read in the background, and where each one leads when chosen. Holds no controls. */
public final class DashboardViewModel {

    private final DashboardReader reader;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final IntConsumer onCounted;
    private final ReadOnlyObjectWrapper<DashboardFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);

    public DashboardViewModel(DashboardReader reader, DialogService dialogs, TaskRunner tasks, Navigator navigator,
            IntConsumer onCounted) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.onCounted = Objects.requireNonNull(onCounted, "onCounted");
    }

    /** Reads the portfolio and works the figures out again, in the background. */
    public void refresh() {
        tasks.run("Working out the dashboard", progress -> reader.figures(), read -> {
            figures.set(read);
            loaded.set(true);
            onCounted.accept(read.projects());
        }, message -> dialogs.showError("The dashboard could not be worked out", message));
    }

    /** The figures, or null before the first reading. */
    public ReadOnlyObjectProperty<DashboardFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public void showStage(Stage stage) {
        navigator.showPortfolio(PortfolioFilter.stage(stage));
    }

    /** The active projects at {@code rag}, as the dashboard counts them: Closed and Stopped left out. */
    public void showRag(Rag rag) {
        Set<Stage> active = EnumSet.allOf(Stage.class);
        active.removeIf(stage -> !stage.isOpen());
        navigator.showPortfolio(new PortfolioFilter(active, Set.of(rag), Set.of(), Set.of(), "", false, null));
    }

    /** The projects with a milestone overdue. */
    public void showOverdue() {
        navigator.showPortfolio(new PortfolioFilter(Set.of(), Set.of(), Set.of(), Set.of(), "", true, null));
    }

    /** The projects with a milestone due in the next 90 days. */
    public void showDueSoon() {
        navigator.showPortfolio(new PortfolioFilter(Set.of(), Set.of(), Set.of(), Set.of(), "", false,
                DashboardFigures.DUE_SOON_DAYS));
    }

    public void showAll() {
        navigator.showPortfolio(PortfolioFilter.NONE);
    }

    public void showProject(UUID projectId) {
        navigator.showProject(projectId);
    }
}
