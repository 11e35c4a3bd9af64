package org.innovationportfolio.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * An empty JavaFX window that prints the bench marker once shown and exits: the floor that
 * {@code bench} compares the application's first window against.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Bare window");
            stage.setScene(new Scene(new StackPane(), 1200, 800));
            stage.show();
            // As the main window does: later, so the marker comes after the first frame is drawn.
            Platform.runLater(() -> {
                System.out.println(BenchCommand.FIRST_SHOWN_MARKER);
                System.out.flush();
                Platform.exit();
            });
        });
    }
}
