package org.innovationportfolio.ui.window;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import org.innovationportfolio.ui.portfolio.PortfolioPage;
import org.innovationportfolio.ui.shell.Page;
import org.innovationportfolio.ui.shell.WorkspaceShell;

/**
 * Runs a callback once the main window's first page has been laid out with what it read: for the
 * portfolio, once its table has read the portfolio and, if it holds any projects, laid out rows
 * showing them. What {@code bench} times the first window by.
 */
public final class FirstPaint {

    private FirstPaint() {
    }

    /** Watches {@code scene}'s pulses, and runs {@code callback} once, after the pulse that shows the first page filled. */
    public static void watch(Scene scene, WorkspaceShell shell, Runnable callback) {
        Runnable check = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (done || !shows(shell)) {
                    return;
                }
                done = true;
                // Later: after this pulse has handed its frame to the renderer (as BareWindow waits too),
                // and the listener cannot be removed while the scene is calling it.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(this);
                    callback.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(check);
    }

    /** True when the current page is filled: the portfolio read and its rows laid out; any other page laid out. */
    public static boolean shows(WorkspaceShell shell) {
        Page page = shell.currentPage();
        if (!(page instanceof PortfolioPage portfolio)) {
            return page != null;
        }
        if (!portfolio.viewModel().loadedProperty().get()) {
            return false;
        }
        if (portfolio.viewModel().rows().isEmpty()) {
            return true;
        }
        Node table = portfolio.initialFocus();
        return table.lookupAll(".table-row-cell").stream()
                .anyMatch(node -> node instanceof TableRow<?> row && row.isVisible() && !row.isEmpty()
                        && row.getItem() != null);
    }
}
