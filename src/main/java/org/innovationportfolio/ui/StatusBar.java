package org.innovationportfolio.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip along the bottom of the window: what is open on the left, background work on the right. */
public final class StatusBar extends HBox {

    static final String PROGRESS_ID = "taskProgress";

    private final Region spacer;

    /** Shows {@code statusText} on the left and {@code tasks}' progress on the right while work runs. */
    public StatusBar(ObservableStringValue statusText, TaskRunner tasks) {
        Label status = new Label();
        status.textProperty().bind(statusText);
        status.accessibleTextProperty().bind(statusText);
        status.setMinWidth(0);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label work = new Label();
        work.textProperty().bind(tasks.messageProperty());
        work.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar();
        progress.setId(PROGRESS_ID);
        progress.progressProperty().bind(tasks.progressProperty());
        progress.accessibleTextProperty().bind(tasks.messageProperty());
        progress.setAccessibleHelp("Background work in progress");
        for (Node node : new Node[] {work, progress}) {
            node.visibleProperty().bind(tasks.runningProperty());
            node.managedProperty().bind(node.visibleProperty());
        }

        getChildren().setAll(status, spacer, work, progress);
        this.spacer = spacer;
        getStyleClass().add(Css.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** Adds {@code note} (the last backup's time, say) at the right, before the background work's progress. */
    public void addNote(Node note) {
        getChildren().add(getChildren().indexOf(spacer) + 1, note);
    }
}
