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
            Scene scene = new Scene(new StackPane(), 1200, 800);
            // As the main window does (FirstPaint): after the first pulse that lays the scene out, later,
            // so that the marker comes once that frame has been handed to the renderer.
            boolean[] done = {false};
            scene.addPostLayoutPulseListener(() -> {
                if (!done[0]) {
                    done[0] = true;
                    Platform.runLater(() -> {
                        System.out.println(BenchCommand.FIRST_SHOWN_MARKER);
                        System.out.flush();
                        Platform.exit();
                    });
                }
            });
            stage.setScene(scene);
            stage.show();
        });
    }
}
