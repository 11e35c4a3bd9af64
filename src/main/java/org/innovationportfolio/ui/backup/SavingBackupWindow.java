package org.innovationportfolio.ui.backup;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.innovationportfolio.ui.AppLook;

/** The small "Saving a backup…" window shown while the exit backup is written, after the main window has closed. */
public final class SavingBackupWindow {

    private SavingBackupWindow() {
    }

    /** Shows it; call on the JavaFX thread, and close the stage returned when the backup is done. */
    public static Stage show() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        Label text = new Label("Saving a backup…");
        HBox root = new HBox(10, spinner, text);
        root.setPadding(new Insets(16, 24, 16, 24));
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.setTitle("Innovation Portfolio");
        stage.setResizable(false);
        Scene scene = new Scene(root);
        AppLook.style(scene);
        stage.setScene(scene);
        stage.setOnCloseRequest(javafx.event.Event::consume); // it closes itself once the backup is safe
        stage.show();
        return stage;
    }
}
