package org.innovationportfolio.ui.dashboard;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;
import org.innovationportfolio.ui.shell.Navigator;
import org.innovationportfolio.ui.shell.Page;

/** The dashboard as a page of the workspace: the portfolio at a glance, each figure a way in. */
public final class DashboardPage implements Page {

    private final DashboardViewModel viewModel;
    private final DashboardView view;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Dashboard");

    public DashboardPage(DesktopContext context, Navigator navigator, DialogService dialogs, TaskRunner tasks) {
        this.viewModel = new DashboardViewModel(context.store(), context.clock(), dialogs, tasks, navigator, count -> {
        });
        this.view = new DashboardView(viewModel);
    }

    public DashboardViewModel viewModel() {
        return viewModel;
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
        return view.firstFigure();
    }
}
