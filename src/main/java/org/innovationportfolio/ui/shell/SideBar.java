package org.innovationportfolio.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.innovationportfolio.ui.Css;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The column of screens down the left of the window; only screens with a page registered appear. */
final class SideBar extends VBox {

    static final String ID_PREFIX = "nav-";

    private final ToggleGroup group = new ToggleGroup();
    private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);
    private final Consumer<Screen> onChoose;

    SideBar(Consumer<Screen> onChoose) {
        this.onChoose = onChoose;
        getStyleClass().add(Css.SIDE_BAR);
        setAccessibleText("Screens");
        Label heading = new Label("Workspace");
        heading.getStyleClass().add(Css.SIDE_BAR_HEADING);
        getChildren().add(heading);
    }

    /** Adds the button for {@code screen}, keeping side-bar order whatever the order of registration. */
    void add(Screen screen) {
        if (!screen.inSideBar() || buttons.containsKey(screen)) {
            return;
        }
        FontIcon icon = new FontIcon(iconOf(screen));
        ToggleButton button = new ToggleButton(screen.label(), icon);
        button.setId(ID_PREFIX + screen.name().toLowerCase(java.util.Locale.ROOT));
        button.setToggleGroup(group);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMnemonicParsing(false);
        String key = screen.key() == null ? "" : " (Ctrl+" + screen.key().getChar() + ")";
        button.setAccessibleText(screen.label() + key);
        button.setAccessibleHelp("Shows the " + screen.label().toLowerCase(java.util.Locale.ROOT) + " screen");
        button.getStyleClass().add(Css.SIDE_BAR_BUTTON);
        button.setOnAction(event -> onChoose.accept(screen));
        buttons.put(screen, button);
        getChildren().setAll(getChildren().get(0));
        buttons.values().forEach(getChildren()::add); // EnumMap iterates in side-bar order
    }

    /** Marks the section {@code screen} belongs to as the one showing: a project's record is in the Portfolio. */
    void select(Screen screen) {
        ToggleButton button = buttons.get(screen == Screen.PROJECT ? Screen.PORTFOLIO : screen);
        group.selectToggle(button);
    }

    private static Ikon iconOf(Screen screen) {
        return switch (screen) {
            case DASHBOARD -> MaterialDesignV.VIEW_DASHBOARD_OUTLINE;
            case PORTFOLIO -> MaterialDesignT.TABLE_LARGE;
            case TIMELINE -> MaterialDesignC.CHART_TIMELINE;
            case CATALOGUE -> MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE;
            case BRIEFINGS -> MaterialDesignF.FILE_DOCUMENT_OUTLINE;
            case PACKS -> MaterialDesignP.PACKAGE_VARIANT;
            case PROJECT -> MaterialDesignF.FOLDER_OUTLINE;
        };
    }
}
