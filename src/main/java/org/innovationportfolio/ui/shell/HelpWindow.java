package org.innovationportfolio.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help › Help and keys (F1): a window beside the workspace saying what each screen is for and every key,
 * the menus' keys read from the menu bar itself. It stays open while the user works; Esc closes it.
 */
final class HelpWindow {

    static final String TITLE = "Innovation Portfolio help";
    static final String SCREENS_ID = "helpScreens";
    static final String KEYS_ID = "helpKeys";

    private final Stage stage = new Stage();

    HelpWindow(Window owner, MenuBar menus, List<Screen> screens, String dataFolder, String fontStyle) {
        stage.initOwner(owner);
        stage.setTitle(TITLE);
        VBox content = new VBox();
        content.getStyleClass().add("help-content");
        Label heading = new Label("Help and keys");
        heading.getStyleClass().add(Styles.TITLE_2);
        content.getChildren().add(heading);

        content.getChildren().add(sectionTitle("The screens"));
        VBox screenList = new VBox();
        screenList.setId(SCREENS_ID);
        screenList.getStyleClass().add("help-section");
        // Every screen, with its key where it has a page; Briefings and Packs may be reached from File instead.
        for (Screen screen : Screen.values()) {
            String key = screen.key() == null || !screens.contains(screen) ? "" : " (Ctrl+" + screen.key().getChar() + ")";
            screenList.getChildren().add(paragraph(screen.label() + key, HelpTopics.about(screen)));
        }
        content.getChildren().add(screenList);

        content.getChildren().add(sectionTitle("Keys"));
        VBox keys = new VBox();
        keys.setId(KEYS_ID);
        keys.getStyleClass().add("help-section");
        keys.getChildren().add(keyTable("The menus", menuKeys(menus)));
        for (HelpTopics.KeyGroup group : HelpTopics.screenKeys()) {
            keys.getChildren().add(keyTable(group.title(), group.keys()));
        }
        content.getChildren().add(keys);

        HelpTopics.Topic data = HelpTopics.yourData(dataFolder);
        content.getChildren().addAll(sectionTitle(data.title()), text(data.text()),
                sectionTitle("Backing up"), text(HelpTopics.backups(dataFolder)),
                text("Help › User guide walks through each task step by step."));

        Button close = ReadingWindow.frame(stage, content, "Help and keys", fontStyle, 760, 640,
                java.util.Set.of(KeyCode.ESCAPE, KeyCode.F1), false);
        close.setDefaultButton(true);
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    void close() {
        stage.close();
    }

    /** Every menu item with a key, as the menus say it: "Ctrl+N", "New project…". */
    static List<HelpTopics.Key> menuKeys(MenuBar menus) {
        List<HelpTopics.Key> keys = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null && item.getText() != null) {
                    String where = menu.getText().replace("_", "") + " › " + item.getText().replace("_", "");
                    keys.add(new HelpTopics.Key(item.getAccelerator().getDisplayText(), where));
                }
            }
        }
        return keys;
    }

    private static Node keyTable(String title, List<HelpTopics.Key> keys) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-keys");
        ColumnConstraints keyColumn = new ColumnConstraints();
        keyColumn.setPercentWidth(36);
        keyColumn.setHalignment(HPos.LEFT);
        ColumnConstraints actionColumn = new ColumnConstraints();
        actionColumn.setPercentWidth(64);
        grid.getColumnConstraints().setAll(keyColumn, actionColumn);
        int row = 0;
        for (HelpTopics.Key key : keys) {
            Label keyLabel = new Label(key.keys());
            keyLabel.getStyleClass().add("help-key");
            keyLabel.setWrapText(true);
            Label action = new Label(key.action());
            action.setWrapText(true);
            action.setAccessibleText(key.keys() + ": " + key.action());
            grid.addRow(row++, keyLabel, action);
        }
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setAccessibleRole(AccessibleRole.TEXT);
        return new VBox(heading, grid);
    }

    private static Node paragraph(String title, String body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(heading, text(body));
    }

    private static Label sectionTitle(String title) {
        Label label = new Label(title);
        label.getStyleClass().addAll(Styles.TITLE_3, "help-section-title");
        return label;
    }

    private static Label text(String body) {
        Label label = new Label(body);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
