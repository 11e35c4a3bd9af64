package org.innovationportfolio.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip along the bottom of the window: what is open on the left, background work on the right. */
final class StatusBar extends HBox {

    static final String PROGRESS_ID = "taskProgress";

    StatusBar(PortfolioViewModel viewModel) {
        Label status = new Label();
        status.textProperty().bind(viewModel.statusTextProperty());
        status.accessibleTextProperty().bind(viewModel.statusTextProperty());
        status.setMinWidth(0);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label work = new Label();
        work.textProperty().bind(viewModel.taskMessageProperty());
        work.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar();
        progress.setId(PROGRESS_ID);
        progress.progressProperty().bind(viewModel.taskProgressProperty());
        progress.accessibleTextProperty().bind(viewModel.taskMessageProperty());
        progress.setAccessibleHelp("Background work in progress");
        for (Node node : new Node[] {work, progress}) {
            node.visibleProperty().bind(viewModel.busyProperty());
            node.managedProperty().bind(node.visibleProperty());
        }

        getChildren().setAll(status, spacer, work, progress);
        getStyleClass().add(Css.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);
    }
}
