package org.innovationportfolio.ui.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.portfolio.DeletedProject;
import org.innovationportfolio.logic.portfolio.PortfolioCommands;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.logic.portfolio.PortfolioSearch;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;
import org.innovationportfolio.ui.shell.Navigator;

/**
 * The portfolio table's state and commands: the rows the filter lets through, "Showing 5 of 14
 * projects", and add, duplicate, delete and undo. Holds no controls, so it is tested without a stage.
 */
public final class PortfolioViewModel {

    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final IntConsumer onCounted;
    private final PortfolioListing listing;
    private final PortfolioCommands commands;
    private final Deque<DeletedProject> deleted = new ArrayDeque<>();

    private PortfolioSearch search = PortfolioSearch.of(List.of(), java.util.Map.of(), LocalDate.EPOCH);
    private final ObservableList<PortfolioRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PortfolioRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<PortfolioFilter> filter = new SimpleObjectProperty<>(this, "filter", PortfolioFilter.NONE);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper fundingHeader = new ReadOnlyStringWrapper(this, "fundingHeader", "");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyObjectWrapper<UUID> highlighted = new ReadOnlyObjectWrapper<>(this, "highlighted");

    /**
     * @param onCounted told the number of projects each time they are read, for the status line
     */
    public PortfolioViewModel(PortfolioListing listing, PortfolioCommands commands, Clock clock, DialogService dialogs, TaskRunner tasks, Navigator navigator,
            IntConsumer onCounted) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.onCounted = Objects.requireNonNull(onCounted, "onCounted");
        this.listing = Objects.requireNonNull(listing, "listing");
        this.commands = Objects.requireNonNull(commands, "commands");
        fundingHeader.set("Funding " + FinancialYear.of(LocalDate.now(clock)));
        filter.addListener((observable, was, is) -> applyFilter());
    }

    /** Reads the portfolio again in the background and re-applies the filter. */
    public void refresh() {
        tasks.run("Reading the portfolio", progress -> listing.search(), this::show,
                message -> dialogs.showError("The portfolio could not be read", message));
    }

    /** Shows a search already read, as {@link #refresh()} does when its reading is done. */
    public void show(PortfolioSearch read) {
        search = read;
        tags.setAll(read.tags());
        loaded.set(true);
        applyFilter();
        onCounted.accept(read.size());
    }

    /** What the table is narrowed to; set it to filter. */
    public ObjectProperty<PortfolioFilter> filterProperty() {
        return filter;
    }

    /** View › Show on timeline (Ctrl+T): the timeline of the projects the filter lets through. */
    public void showOnTimeline() {
        navigator.showTimeline(filter.get());
    }

    public void clearFilters() {
        filter.set(PortfolioFilter.NONE);
    }

    /** Asks for a title, creates the project in Exploring and opens it. */
    public void addProject() {
        dialogs.askText("New project", "Add a project to the portfolio", "Title", "").ifPresent(title ->
                tasks.run("Adding \u201c" + title + "\u201d", progress -> commands.create(title), project -> {
                    highlighted.set(project.id());
                    refresh();
                    navigator.showProject(project.id());
                }, message -> dialogs.showError("The project was not added", message)));
    }

    /** Copies a project with all it holds under new ids, as "Copy of …". */
    public void duplicate(UUID projectId) {
        if (projectId == null) {
            return;
        }
        tasks.run("Duplicating the project", progress -> commands.duplicate(projectId), copy -> {
            highlighted.set(copy.id());
            refresh();
        }, message -> dialogs.showError("The project was not duplicated", message));
    }

    /** Deletes a project with everything in it; {@link #undo()} puts it back. */
    public void delete(UUID projectId) {
        if (projectId == null) {
            return;
        }
        tasks.run("Deleting the project", progress -> commands.delete(projectId), project -> {
            deleted.push(project);
            undoText.set("Deleted \u201c" + project.title() + "\u201d.");
            refresh();
        }, message -> dialogs.showError("The project was not deleted", message));
    }

    /** Restores the last project deleted, exactly as it was; false when there is nothing to undo. */
    public boolean undo() {
        DeletedProject project = deleted.poll();
        if (project == null) {
            return false;
        }
        undoText.set(deleted.isEmpty() ? "" : "Deleted \u201c" + deleted.peek().title() + "\u201d.");
        tasks.run("Restoring \u201c" + project.title() + "\u201d", progress -> {
            commands.restore(project);
            return project.project();
        }, restored -> {
            highlighted.set(restored.id());
            refresh();
        }, message -> {
            deleted.push(project);
            undoText.set("Deleted \u201c" + project.title() + "\u201d.");
            dialogs.showError("The project was not restored", message);
        });
        return true;
    }

    /** Hides the undo offer; the deletions can still be undone with Ctrl+Z. */
    public void dismissUndo() {
        undoText.set("");
    }

    public void open(UUID projectId) {
        if (projectId != null) {
            navigator.showProject(projectId);
        }
    }

    /** The projects the filter lets through. */
    public ObservableList<PortfolioRow> rows() {
        return readOnlyRows;
    }

    /** Every tag used in the portfolio, for the tag filter. */
    public ObservableList<String> tags() {
        return tags;
    }

    /** "Showing 5 of 14 projects", or "14 projects" when nothing is filtered out. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** "Funding 2026/27": the financial year the funding column shows. */
    public ReadOnlyStringProperty fundingHeaderProperty() {
        return fundingHeader.getReadOnlyProperty();
    }

    /** "Deleted “Staying Close pilot”." while a deletion can be undone from the bar; empty otherwise. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** True once the portfolio has been read, so "empty" means empty, not "not read yet". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The project just added, duplicated or restored, for the table to select. */
    public ReadOnlyObjectProperty<UUID> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.runningProperty();
    }

    public int total() {
        return search.size();
    }

    private void applyFilter() {
        List<PortfolioRow> matches = search.matching(filter.get());
        rows.setAll(matches);
        int total = search.size();
        if (filter.get().isEmpty()) {
            countText.set(total == 1 ? "1 project" : total + " projects");
        } else {
            countText.set("Showing " + matches.size() + " of " + total + (total == 1 ? " project" : " projects"));
        }
    }
}
