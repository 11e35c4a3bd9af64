package org.innovationportfolio.ui.dashboard;

import java.util.function.IntConsumer;
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
        this(context, navigator, dialogs, tasks, count -> { });
    }

    /** @param onCounted told the number of projects each time the figures are read, for the status line */
    public DashboardPage(DesktopContext context, Navigator navigator, DialogService dialogs, TaskRunner tasks,
            IntConsumer onCounted) {
        this.viewModel = new DashboardViewModel(context.useCases().dashboard(), dialogs, tasks, navigator, onCounted);
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
