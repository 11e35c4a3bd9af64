package org.innovationportfolio.ui.backup;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/** The status bar's "Last backup: today 09:12", with a spinner while a backup runs and Undo restore after a restore. */
public final class BackupStatusNote {

    static final String NOTE_ID = "lastBackup";
    static final String UNDO_ID = "undoRestore";

    private BackupStatusNote() {
    }

    public static Node of(BackupStatusViewModel viewModel) {
        Label note = new Label();
        note.setId(NOTE_ID);
        note.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.workingProperty().isEmpty())
                .then(viewModel.noteProperty()).otherwise(viewModel.workingProperty()));
        note.accessibleTextProperty().bind(note.textProperty());
        note.setMinWidth(0);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.visibleProperty().bind(viewModel.workingProperty().isNotEmpty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        spinner.setAccessibleText("A backup is being taken");
        Hyperlink undo = new Hyperlink("_Undo restore");
        undo.setId(UNDO_ID);
        undo.setMnemonicParsing(true);
        undo.visibleProperty().bind(viewModel.undoableProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(event -> viewModel.undoRestore());
        HBox box = new HBox(6, spinner, note, undo);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
