package org.innovationportfolio.ui.portfolio;

import java.time.LocalDate;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;
import org.innovationportfolio.ui.shell.Navigator;
import org.innovationportfolio.ui.shell.Page;
import org.innovationportfolio.ui.shell.PageAction;
import org.innovationportfolio.ui.shell.PageCommands;
import org.innovationportfolio.ui.shell.WorkspaceViewModel;

/**
 * The portfolio table as a page of the workspace, taking the shell's Ctrl+N, Ctrl+D, Delete, Ctrl+Z and Ctrl+F,
 * and View › Show on timeline (Ctrl+T).
 */
public final class PortfolioPage implements Page, PageCommands {

    private final PortfolioViewModel viewModel;
    private final PortfolioView view;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Portfolio");

    public PortfolioPage(DesktopContext context, Navigator navigator, DialogService dialogs, TaskRunner tasks,
            WorkspaceViewModel workspace) {
        this.viewModel = new PortfolioViewModel(context.useCases().listing(), context.useCases().portfolio(), context.clock(), dialogs, tasks, navigator,
                workspace::projectsCounted);
        this.view = new PortfolioView(viewModel, LocalDate.now(context.clock()), workspace::loadSample);
    }

    public PortfolioViewModel viewModel() {
        return viewModel;
    }

    /** Narrows the table to {@code filter}, as the dashboard's figures ask. */
    public void apply(PortfolioFilter filter) {
        viewModel.filterProperty().set(filter);
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }

    @Override
    public Node initialFocus() {
        return view.table();
    }

    @Override
    public boolean create() {
        viewModel.addProject();
        return true;
    }

    @Override
    public boolean duplicate() {
        viewModel.duplicate(view.selectedId());
        return view.selectedId() != null;
    }

    @Override
    public boolean delete() {
        viewModel.delete(view.selectedId());
        return view.selectedId() != null;
    }

    @Override
    public boolean undo() {
        return viewModel.undo();
    }

    /** Show on timeline, whatever the filter: unfiltered, it is the whole timeline. */
    @Override
    public ObservableBooleanValue canDo(PageAction action) {
        return action == PageAction.SHOW_ON_TIMELINE ? viewModel.loadedProperty() : null;
    }

    @Override
    public void perform(PageAction action) {
        if (action == PageAction.SHOW_ON_TIMELINE) {
            viewModel.showOnTimeline();
        }
    }

    @Override
    public boolean find() {
        Platform.runLater(() -> {
            view.search().requestFocus();
            view.search().selectAll();
        });
        return true;
    }
}
