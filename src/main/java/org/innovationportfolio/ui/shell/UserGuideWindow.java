package org.innovationportfolio.ui.shell;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.innovationportfolio.ui.AppLook;

/**
 * Help › User guide: the guide shipped inside the application ({@code docs/user-guide.md}, copied in by the build),
 * shown in a window of its own beside the workspace. Reads nothing from the network; Esc closes it.
 */
final class UserGuideWindow {

    static final String TITLE = "Innovation Portfolio user guide";
    static final String CONTENT_ID = "userGuide";

    private final Stage stage = new Stage();

    UserGuideWindow(Window owner, String fontStyle) {
        stage.initOwner(owner);
        stage.setTitle(TITLE);
        VBox content = GuideView.render(UserGuide.read(), UserGuide::picture);
        content.setId(CONTENT_ID);
        content.getStyleClass().addAll("help-content", "user-guide");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setAccessibleText("User guide");
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.getStyleClass().add("help-buttons");
        VBox root = new VBox(scroll, buttons);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setStyle(fontStyle);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        Scene scene = new Scene(root, 860, 720);
        AppLook.style(scene);
        stage.setScene(scene);
        stage.getIcons().setAll(AppLook.icons());
        // The page scrolls with the keyboard from the start: Page Down, arrows, Home and End.
        stage.setOnShown(e -> scroll.requestFocus());
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    boolean isShowing() {
        return stage.isShowing();
    }
}
