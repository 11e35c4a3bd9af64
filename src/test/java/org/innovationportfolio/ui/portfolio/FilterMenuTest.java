package org.innovationportfolio.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.innovationportfolio.logic.portfolio.PortfolioCommands;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.logic.portfolio.SampleStore;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.ui.AppLook;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The portfolio's filter menus driven as a user would, over the sample portfolio in a real store. */
class FilterMenuTest {

    private static final long PATIENCE_SECONDS = 30;

    @TempDir
    Path folder;
    private SampleStore sample;
    private PortfolioViewModel viewModel;
    private FilterBar bar;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        onFx(() -> {
            AppLook.applyTheme();
            return null;
        });
        sample = new SampleStore(folder);
        javafx.stage.Stage stage = FxToolkit.registerStage(javafx.stage.Stage::new);
        onFx(() -> {
            viewModel = new PortfolioViewModel(new PortfolioListing(sample.store(), SampleStore.CLOCK),
                new PortfolioCommands(sample.store(), SampleStore.CLOCK), SampleStore.CLOCK, new RecordingDialogService(),
                    new ImmediateTaskRunner(), new RecordingNavigator(), count -> { });
            bar = new FilterBar(viewModel);
            BorderPane root = new BorderPane();
            root.setTop(bar);
            Scene scene = new Scene(root, 1280, 800);
            AppLook.style(scene);
            stage.setScene(scene);
            stage.show();
            viewModel.refresh();
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        sample.close();
    }

    @Test
    void theMenusAreNotBuiltUntilOpenedAndShowTheirTitles() throws Exception {
        for (String id : List.of(FilterBar.STAGE_ID, FilterBar.RAG_ID, FilterBar.THEME_ID, FilterBar.STRAND_ID,
                FilterBar.TAG_ID)) {
            assertThat(menu(id).getItems()).as(id).isEmpty();
        }
        assertThat(onFx(() -> bar.lookupAll(".scroll-bar").size() + bar.lookupAll(".list-view").size()))
                .as("no hidden lists or scroll bars in the row until a menu opens").isZero();
        assertThat(menu(FilterBar.STAGE_ID).getText()).isEqualTo("Stage");
        assertThat(menu(FilterBar.RAG_ID).getAccessibleText()).isEqualTo("Filter by RAG");
        assertThat(menu(FilterBar.THEME_ID).getTooltip().getText()).contains("CII Innovation Collective");
        assertThat(menu(FilterBar.STRAND_ID).getTooltip().getText()).contains("DfE Innovation Programme");
        double rowHeight = onFx(() -> bar.getHeight());
        double oneControl = onFx(() -> menu(FilterBar.STAGE_ID).getHeight());
        assertThat(rowHeight).as("the row of filters fits on one line at 1280 pixels").isLessThan(oneControl * 2);
    }

    @Test
    void tickingByKeyboardNarrowsTheFilterKeepsTheMenuOpenAndCountsOnTheTitle() throws Exception {
        FilterMenu<Rag> rag = menu(FilterBar.RAG_ID);
        robot.interact(rag::requestFocus);
        robot.type(KeyCode.SPACE);
        awaitOnFx(rag::isShowing);
        assertThat(rag.getItems()).hasSize(Rag.values().length + 2);
        assertThat(boxes(rag).keySet()).containsExactly("Red", "Amber", "Green");

        robot.type(KeyCode.DOWN).type(KeyCode.SPACE);
        assertThat(viewModel.filterProperty().get().rags()).containsExactly(Rag.RED);
        assertThat(rag.isShowing()).as("the menu stays open for the next tick").isTrue();
        assertThat(rag.getText()).isEqualTo("RAG (1)");
        assertThat(rag.getAccessibleText()).isEqualTo("Filter by RAG, 1 ticked");
        assertThat(boxes(rag).get("Red").isSelected()).isTrue();
        assertThat(boxes(rag).get("Red").getAccessibleText()).isEqualTo("Red, ticked");
        assertThat(boxes(rag).get("Amber").getAccessibleText()).isEqualTo("Amber, not ticked");

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(viewModel.filterProperty().get().rags()).containsExactlyInAnyOrder(Rag.RED, Rag.AMBER);
        assertThat(rag.getText()).isEqualTo("RAG (2)");
        assertThat(viewModel.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.rag()).isIn(Rag.RED, Rag.AMBER));
        assertThat(viewModel.countTextProperty().get()).startsWith("Showing " + viewModel.rows().size() + " of ");

        robot.type(KeyCode.SPACE);
        assertThat(viewModel.filterProperty().get().rags()).as("a second tick unticks").containsExactly(Rag.RED);

        robot.type(KeyCode.ESCAPE);
        awaitOnFx(() -> !rag.isShowing());
        assertThat(rag.getText()).isEqualTo("RAG (1)");
    }

    @Test
    void clickingABoxTicksItAndClearUnticksEverything() throws Exception {
        FilterMenu<Stage> stages = menu(FilterBar.STAGE_ID);
        robot.clickOn(stages);
        awaitOnFx(stages::isShowing);

        robot.clickOn(boxes(stages).get("Delivering"));
        robot.clickOn(boxes(stages).get("Embedding"));
        assertThat(viewModel.filterProperty().get().stages()).containsExactlyInAnyOrder(Stage.DELIVERING,
                Stage.EMBEDDING);
        assertThat(stages.isShowing()).isTrue();
        assertThat(boxes(stages).get("Delivering").isSelected()).as("one click, one tick").isTrue();
        assertThat(stages.getText()).isEqualTo("Stage (2)");

        robot.moveTo(boxes(stages).get("Closed"));
        robot.type(KeyCode.SPACE);
        assertThat(viewModel.filterProperty().get().stages()).as("Space ticks the row under the mouse")
                .containsExactlyInAnyOrder(Stage.DELIVERING, Stage.EMBEDDING, Stage.CLOSED);

        robot.clickOn("Clear");
        awaitOnFx(() -> !stages.isShowing());
        assertThat(viewModel.filterProperty().get()).isEqualTo(PortfolioFilter.NONE);
        assertThat(stages.getText()).isEqualTo("Stage");
    }

    @Test
    void aFilterSetFromOutsideShowsAsTicks() throws Exception {
        PortfolioFilter fromDashboard = new PortfolioFilter(Set.of(Stage.DELIVERING), Set.of(Rag.AMBER), Set.of(),
                Set.of(), "", false, null);
        robot.interact(() -> viewModel.filterProperty().set(fromDashboard));
        FilterMenu<Stage> stages = menu(FilterBar.STAGE_ID);
        assertThat(stages.getText()).isEqualTo("Stage (1)");
        assertThat(menu(FilterBar.RAG_ID).getText()).isEqualTo("RAG (1)");

        robot.interact(stages::show);
        awaitOnFx(stages::isShowing);
        assertThat(boxes(stages).entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey))
                .containsExactly("Delivering");
        assertThat(viewModel.filterProperty().get()).as("showing the filter does not change it").isEqualTo(fromDashboard);

        robot.interact(viewModel::clearFilters);
        assertThat(boxes(stages).get("Delivering").isSelected()).isFalse();
        assertThat(stages.getText()).isEqualTo("Stage");
    }

    @Test
    void theTagsFollowThePortfolioAndKeepTheirTicks() throws Exception {
        FilterMenu<String> tags = menu(FilterBar.TAG_ID);
        assertThat(tags.values()).isEqualTo(List.copyOf(viewModel.tags())).isNotEmpty();
        Map<String, Long> uses = viewModel.rows().stream().flatMap(row -> row.tags().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        String once = uses.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
        Set<String> holderTags = viewModel.rows().stream().filter(row -> row.tags().contains(once)).findFirst()
                .orElseThrow().tags().stream().collect(Collectors.toSet());
        String common = uses.entrySet().stream().filter(e -> e.getValue() > 1 && !holderTags.contains(e.getKey()))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        UUID holder = viewModel.rows().stream().filter(row -> row.tags().contains(once)).map(PortfolioRow::id)
                .findFirst().orElseThrow();

        robot.interact(tags::show);
        awaitOnFx(tags::isShowing);
        // 38 tags make a long menu that scrolls: reach the tag by keyboard, which scrolls it into view.
        for (int i = 0; i <= tags.values().indexOf(common); i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.SPACE);
        assertThat(boxes(tags).get(common).isSelected()).isTrue();
        robot.type(KeyCode.ESCAPE);
        awaitOnFx(() -> !tags.isShowing());
        assertThat(viewModel.filterProperty().get().tags()).containsExactly(common);

        robot.interact(() -> viewModel.delete(holder));
        awaitOnFx(() -> !viewModel.tags().contains(once));
        assertThat(tags.values()).isEqualTo(List.copyOf(viewModel.tags())).doesNotContain(once);
        assertThat(tags.ticked()).containsExactly(common);
        assertThat(tags.getText()).isEqualTo("Tag (1)");
        assertThat(viewModel.filterProperty().get().tags()).containsExactly(common);

        robot.interact(tags::show);
        awaitOnFx(tags::isShowing);
        assertThat(boxes(tags).get(common).isSelected()).isTrue();
        assertThat(boxes(tags)).doesNotContainKey(once);
    }

    @Test
    void theLongTagMenuShowsAboutTwelveRowsAndTheLastTagIsReachedByKeyboard() throws Exception {
        FilterMenu<String> tags = menu(FilterBar.TAG_ID);
        assertThat(tags.values()).hasSizeGreaterThan(20);
        robot.interact(tags::requestFocus);
        robot.type(KeyCode.ENTER);
        awaitOnFx(tags::isShowing);
        String last = tags.values().get(tags.values().size() - 1);
        Window popup = onFx(() -> popupOf(tags));
        double row = onFx(() -> boxes(tags).get(tags.values().get(0)).getParent().getLayoutBounds().getHeight());
        double screen = onFx(() -> javafx.stage.Screen.getPrimary().getVisualBounds().getHeight());
        assertThat(row).isPositive();
        assertThat(popup.getHeight()).as("the popup is about 12 rows (%s each), not the screen's %s", row, screen)
                .isBetween(10 * row, 14 * row);
        javafx.geometry.Bounds button = onFx(() -> tags.localToScreen(tags.getBoundsInLocal()));
        double top = onFx(() -> ((javafx.stage.PopupWindow) popup).getAnchorY());
        assertThat(top).as("the shorter menu drops below its button rather than covering it").isBetween(button.getMaxY() - 1, button.getMaxY() + 4);

        // As in savesAPictureOfAnOpenMenu, the first Down after Enter reaches the first tag; Down on to the last,
        // which scrolls into view, and Space ticks it.
        robot.type(KeyCode.DOWN, tags.values().size());
        robot.type(KeyCode.SPACE);
        assertThat(tags.ticked()).containsExactly(last);
        assertThat(boxes(tags).get(last).getAccessibleText()).isEqualTo(last + ", ticked");
        assertThat(tags.isShowing()).isTrue();
        javafx.geometry.Bounds shown = onFx(() -> boxes(tags).get(last).localToScreen(boxes(tags).get(last).getBoundsInLocal()));
        assertThat(shown.getMinY()).as("the last tag is scrolled into the popup")
                .isBetween(popup.getY(), popup.getY() + popup.getHeight());
        robot.type(KeyCode.ESCAPE);
        awaitOnFx(() -> !tags.isShowing());
        assertThat(viewModel.filterProperty().get().tags()).containsExactly(last);
    }

    private static Window popupOf(FilterMenu<?> menu) {
        Scene main = menu.getScene();
        return Window.getWindows().stream().filter(w -> w != main.getWindow() && w.isShowing()
                && w.getScene() != null && !w.getScene().getRoot().lookupAll(".context-menu").isEmpty())
                .findFirst().orElseThrow();
    }

    @Test
    void savesAPictureOfAnOpenMenu() throws Exception {
        FilterMenu<Stage> stages = menu(FilterBar.STAGE_ID);
        robot.interact(() -> viewModel.filterProperty().set(PortfolioFilter.rag(Rag.RED)));
        robot.interact(stages::requestFocus);
        robot.type(KeyCode.SPACE);
        awaitOnFx(stages::isShowing);
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.SPACE, KeyCode.DOWN);
        Path file = onFx(() -> {
            Scene main = stages.getScene();
            Window popup = Window.getWindows().stream().filter(w -> w != main.getWindow() && w.isShowing()
                    && w.getScene() != null && !w.getScene().getRoot().lookupAll(".context-menu").isEmpty())
                    .findFirst().orElseThrow();
            return save(main, popup, Path.of("target", "screenshots", "filter-menu-open.png"));
        });
        assertThat(file).isNotEmptyFile();

        robot.type(KeyCode.ESCAPE);
        FilterMenu<String> tags = menu(FilterBar.TAG_ID);
        robot.interact(tags::requestFocus);
        robot.type(KeyCode.ENTER);
        awaitOnFx(tags::isShowing);
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.SPACE);
        Path long_ = onFx(() -> {
            Scene main = tags.getScene();
            Window popup = Window.getWindows().stream().filter(w -> w != main.getWindow() && w.isShowing()
                    && w.getScene() != null && !w.getScene().getRoot().lookupAll(".context-menu").isEmpty())
                    .findFirst().orElseThrow();
            return save(main, popup, Path.of("target", "screenshots", "filter-menu-tags-open.png"));
        });
        assertThat(long_).isNotEmptyFile();
        assertThat(tags.getText()).as("Enter opens, and Space ticks the second tag").isEqualTo("Tag (1)");
    }

    @SuppressWarnings("unchecked")
    private <T> FilterMenu<T> menu(String id) {
        return (FilterMenu<T>) robot.lookup("#" + id).query();
    }

    /** The menu's check boxes by their text, in order. */
    private static Map<String, CheckBox> boxes(FilterMenu<?> menu) {
        Map<String, CheckBox> boxes = new java.util.LinkedHashMap<>();
        for (MenuItem item : menu.getItems()) {
            if (item instanceof CustomMenuItem custom && custom.getContent() instanceof CheckBox box) {
                boxes.put(box.getText(), box);
            }
        }
        return boxes;
    }

    private static void awaitOnFx(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    /** The window with the popup drawn over it where it stands on screen. */
    private static Path save(Scene main, Window popup, Path file) throws Exception {
        WritableImage back = main.snapshot(null);
        WritableImage front = popup.getScene().snapshot(null);
        int width = (int) back.getWidth();
        int height = (int) back.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        copy(back.getPixelReader(), out, width, height);
        int dx = (int) Math.round(popup.getX() + popup.getScene().getX() - main.getWindow().getX() - main.getX());
        int dy = (int) Math.round(popup.getY() + popup.getScene().getY() - main.getWindow().getY() - main.getY());
        PixelReader pixels = front.getPixelReader();
        for (int y = 0; y < (int) front.getHeight(); y++) {
            for (int x = 0; x < (int) front.getWidth(); x++) {
                int argb = pixels.getArgb(x, y);
                if (x + dx >= 0 && x + dx < width && y + dy >= 0 && y + dy < height && (argb >>> 24) > 0) {
                    out.setRGB(x + dx, y + dy, blend(out.getRGB(x + dx, y + dy), argb));
                }
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
        return file;
    }

    private static void copy(PixelReader pixels, BufferedImage out, int width, int height) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
    }

    private static int blend(int under, int over) {
        int alpha = over >>> 24;
        int r = (((over >> 16) & 0xff) * alpha + ((under >> 16) & 0xff) * (255 - alpha)) / 255;
        int g = (((over >> 8) & 0xff) * alpha + ((under >> 8) & 0xff) * (255 - alpha)) / 255;
        int b = ((over & 0xff) * alpha + (under & 0xff) * (255 - alpha)) / 255;
        return 0xff000000 | (r << 16) | (g << 8) | b;
    }
}
