package org.innovationportfolio.ui.shell;

import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;

/**
 * Makes a page when the shell first shows it; every page's constructor has this shape, so
 * {@code TimelinePage::new} is a factory.
 */
@FunctionalInterface
public interface PageFactory<P extends Page> {

    P create(DesktopContext context, Navigator navigator, DialogService dialogs, TaskRunner tasks);
}
