package org.innovationportfolio.ui.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

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
        ReadingWindow.frame(stage, content, "User guide", fontStyle, 860, 720, java.util.Set.of(KeyCode.ESCAPE), true);
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    boolean isShowing() {
        return stage.isShowing();
    }
}
