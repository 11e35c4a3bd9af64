package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keyboard focus is visible on every kind of control, as WCAG 2.2's focus appearance asks: a ring at least 2 px
 * wide in one colour with at least 3:1 contrast against the backgrounds round it, drawn clear of a filled button.
 * A selected row is marked by more than a shade. Reads the borders the theme and app.css give, not pixels.
 */
class FocusRingTest {

    private final Button primary = new Button("New project");
    private final Button clearFilters = new Button("Clear filters");
    private final Hyperlink link = new Hyperlink("Show on timeline");
    private final ToggleButton sideBar = new ToggleButton("Portfolio");
    private final TableView<String> table = new TableView<>();
    private final TabPane tabs = new TabPane(new Tab("Overview", new VBox()), new Tab("Status", new VBox()));
    private final Region pageBackground = swatch("-color-bg-default");
    private final Region sideBarBackground = swatch("-color-bg-subtle");
    private final Region selectedTint = swatch("-color-accent-subtle");

    @BeforeEach
    void showTheControls() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(AppLook::applyTheme).get();
        primary.getStyleClass().add(Styles.ACCENT);
        clearFilters.getStyleClass().add(Styles.FLAT);
        VBox side = new VBox(sideBar);
        side.getStyleClass().add(Css.SIDE_BAR);
        sideBar.getStyleClass().add(Css.SIDE_BAR_BUTTON);
        TableColumn<String, String> column = new TableColumn<>("Title");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        table.getColumns().add(column);
        table.getItems().setAll("Family Time app pilot", "Kinship Connect");
        Stage stage = FxToolkit.registerStage(Stage::new);
        WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = new Scene(new VBox(8, primary, clearFilters, link, side, table, tabs, pageBackground,
                    sideBarBackground, selectedTint), 600, 600);
            AppLook.style(scene);
            stage.setScene(scene);
            stage.show();
        }).get();
    }

    @AfterEach
    void closeTheStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void buttonsLinksAndTheSideBarShowARingClearOfThemWhenFocused() throws Exception {
        for (Region control : List.of(primary, clearFilters, link, sideBar)) {
            BorderStroke ring = ringOf(control, control);

            assertThat(ring.getWidths().getTop()).as("ring width on %s", control).isGreaterThanOrEqualTo(2);
            assertThat(ring.getInsets().getTop()).as("the ring stands clear of %s", control).isLessThanOrEqualTo(-2);
            assertContrast((Color) ring.getTopStroke(), control);
        }
    }

    @Test
    void aFocusedPrimaryButtonDiffersByMoreThanAShade() throws Exception {
        WaitForAsyncUtils.asyncFx(link::requestFocus).get();
        assertThat(borderOf(primary)).as("no ring before focus").isNull();

        BorderStroke ring = ringOf(primary, primary);

        assertThat(contrast((Color) ring.getTopStroke(), colourOf(pageBackground))).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theFocusedRowAndTheSelectedTabShowTheRing() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(0)).get();
        Region row = onFx(() -> (Region) table.lookupAll(".table-row-cell").stream()
                .filter(node -> node instanceof TableRow<?> r && r.getIndex() == 0).findFirst().orElseThrow());
        assertContrast((Color) ringOf(table, row).getTopStroke(), row);

        Region tab = onFx(() -> (Region) tabs.lookup(".tab:selected"));
        assertContrast((Color) ringOf(tabs, tab).getTopStroke(), tab);
    }

    @Test
    void aSelectedRowIsMarkedWithTheAccentNotAFaintShade() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(1)).get();
        Region row = onFx(() -> {
            table.getScene().getRoot().applyCss();
            return (Region) table.lookupAll(".table-row-cell").stream()
                    .filter(node -> node instanceof TableRow<?> r && r.getIndex() == 1).findFirst().orElseThrow();
        });

        List<Color> fills = onFx(() -> row.getBackground().getFills().stream()
                .map(fill -> (Color) fill.getFill()).toList());
        Color white = colourOf(pageBackground);
        assertThat(fills).as("a fill of 3:1 or more on white marks the row")
                .anyMatch(fill -> contrast(fill, white) >= 3);
    }

    /** Focuses {@code focusable} and answers the ring drawn on {@code shows}. */
    private static BorderStroke ringOf(Node focusable, Region shows) throws Exception {
        WaitForAsyncUtils.asyncFx(focusable::requestFocus).get();
        WaitForAsyncUtils.waitForFxEvents();
        BorderStroke ring = borderOf(shows);
        assertThat(ring).as("%s shows a ring when focused", shows).isNotNull();
        return ring;
    }

    private static BorderStroke borderOf(Region region) throws Exception {
        return onFx(() -> {
            ((Parent) region.getScene().getRoot()).applyCss();
            return region.getBorder() == null || region.getBorder().getStrokes().isEmpty() ? null
                    : region.getBorder().getStrokes().get(0);
        });
    }

    private void assertContrast(Color ring, Node on) throws Exception {
        for (Region background : List.of(pageBackground, sideBarBackground, selectedTint)) {
            assertThat(contrast(ring, colourOf(background))).as("ring on %s against %s", on, background.getStyle())
                    .isGreaterThanOrEqualTo(3);
        }
    }

    /** A region filled with a theme colour, so the test reads the colour the theme resolves. */
    private static Region swatch(String token) {
        Region region = new Region();
        region.setStyle("-fx-background-color: " + token + ";");
        region.setPrefSize(10, 10);
        return region;
    }

    private static Color colourOf(Region swatch) throws Exception {
        return onFx(() -> (Color) swatch.getBackground().getFills().get(0).getFill());
    }

    /** WCAG contrast ratio of two opaque colours. */
    static double contrast(Color a, Color b) {
        double lighter = Math.max(luminance(a), luminance(b));
        double darker = Math.min(luminance(a), luminance(b));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
