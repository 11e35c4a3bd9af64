package org.innovationportfolio.ui.backup;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.innovationportfolio.logic.backup.SavedBackup;
import org.innovationportfolio.ui.AppLook;

/** File › Restore…: the backups, what restoring the one chosen would change, and Restore. Layout only. */
public final class RestoreWindow {

    static final String LIST_ID = "restoreBackups";
    static final String PREVIEW_ID = "restorePreview";
    static final String RESTORE_ID = "restoreButton";
    static final String DONE_ID = "restoreDone";

    private final Stage stage = new Stage();

    public RestoreWindow(Window owner, RestoreWindowViewModel viewModel) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Restore a backup");

        ListView<SavedBackup> list = new ListView<>(viewModel.backups());
        list.setId(LIST_ID);
        list.setAccessibleText("Backups, newest first. Choose one with the arrow keys to see what restoring it would "
                + "change.");
        list.setPlaceholder(new Label("There are no backups yet. The app takes one on the first start of each day."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SavedBackup backup, boolean empty) {
                super.updateItem(backup, empty);
                setText(empty || backup == null ? null : viewModel.describe(backup));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> viewModel.choose(now));
        list.setPrefHeight(220);
        Label listLabel = new Label("_Backups, newest first");
        listLabel.setMnemonicParsing(true);
        listLabel.setLabelFor(list);

        Label preview = new Label();
        preview.setId(PREVIEW_ID);
        preview.setWrapText(true);
        preview.textProperty().bind(viewModel.previewProperty());
        preview.accessibleTextProperty().bind(viewModel.previewProperty());
        preview.setMaxWidth(Double.MAX_VALUE);
        ScrollPane previewPane = new ScrollPane(preview);
        previewPane.setFitToWidth(true);
        previewPane.setPrefHeight(160);
        previewPane.setFocusTraversable(false);
        VBox.setVgrow(previewPane, Priority.ALWAYS);
        Label previewLabel = new Label("What restoring it would change");

        Label done = new Label();
        done.setId(DONE_ID);
        done.setWrapText(true);
        done.textProperty().bind(viewModel.doneProperty());
        done.visibleProperty().bind(viewModel.doneProperty().isNotEmpty());
        done.managedProperty().bind(done.visibleProperty());

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(viewModel.busyProperty());
        Label working = new Label();
        working.textProperty().bind(viewModel.workingProperty());
        working.visibleProperty().bind(viewModel.busyProperty());

        Button other = new Button("_Other file…");
        other.setOnAction(event -> viewModel.chooseFile());
        Button restore = new Button("_Restore this backup");
        restore.setId(RESTORE_ID);
        restore.setDefaultButton(true);
        restore.disableProperty().bind(Bindings.not(viewModel.canRestoreProperty()).or(viewModel.busyProperty()));
        restore.setOnAction(event -> viewModel.restore());
        Button close = new Button("_Close");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, working, spacer, other, restore, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(8, listLabel, list, previewLabel, previewPane, done, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(620);
        Scene scene = new Scene(root);
        AppLook.style(scene);
        stage.setScene(scene);
        stage.setOnShown(event -> list.requestFocus());
    }

    /** Shows the window and reads the list of backups. */
    public void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }
}
