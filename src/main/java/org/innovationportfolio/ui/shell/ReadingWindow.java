package org.innovationportfolio.ui.shell;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.innovationportfolio.ui.AppLook;

/**
 * The frame the help windows share: their content scrolling above a Close button, at the workspace's text size,
 * closed by Esc (and any other keys given), with the application's look and icons.
 */
final class ReadingWindow {

    private ReadingWindow() {
    }

    /**
     * Puts {@code content} in {@code stage}, scrolling, with a Close button; returns the button.
     *
     * @param label what a screen reader calls the scrolling content
     * @param closeKeys keys that close the window besides the Close button
     * @param focusContent true to give the keyboard to the content when shown (it then scrolls with the keys from
     *     the start: Page Down, arrows, Home and End), false to give it to the Close button
     */
    static Button frame(Stage stage, Node content, String label, String fontStyle, double width, double height,
            Set<KeyCode> closeKeys, boolean focusContent) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setAccessibleText(label);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.getStyleClass().add("help-buttons");
        VBox root = new VBox(scroll, buttons);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setStyle(fontStyle);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (closeKeys.contains(e.getCode())) {
                stage.close();
                e.consume();
            }
        });
        Scene scene = new Scene(root, width, height);
        AppLook.style(scene);
        stage.setScene(scene);
        stage.getIcons().setAll(AppLook.icons());
        stage.setOnShown(e -> (focusContent ? scroll : close).requestFocus());
        return close;
    }
}
