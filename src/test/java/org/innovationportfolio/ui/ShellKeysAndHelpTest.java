package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.innovationportfolio.ui.shell.Screen;
import org.junit.jupiter.api.Test;

/** The whole window's keys: every command in a menu with its key, F1's help, the text size, Ctrl+F per screen. */
class ShellKeysAndHelpTest extends SampleWindowTest {

    private static final String HELP_TITLE = "Innovation Portfolio help";

    @Test
    void theIssuesKeysAreAllOnMenuItemsAndEveryItemHasAMnemonic() {
        List<MenuItem> items = items();

        assertThat(items).extracting(MenuItem::getAccelerator).filteredOn(Objects::nonNull).contains(
                shortcut(KeyCode.N), shortcut(KeyCode.F), shortcut(KeyCode.S), shortcut(KeyCode.Z),
                new KeyCodeCombination(KeyCode.DELETE), new KeyCodeCombination(KeyCode.F1),
                shortcut(KeyCode.EQUALS), shortcut(KeyCode.MINUS), shortcut(KeyCode.DIGIT0),
                org.innovationportfolio.ui.shell.PageAction.ADOPT.key(), shortcut(KeyCode.T));
        // Every key is on one item only.
        assertThat(items).extracting(MenuItem::getAccelerator).filteredOn(Objects::nonNull).doesNotHaveDuplicates();
        assertThat(items).allSatisfy(item -> assertThat(item.getText()).as("mnemonic").contains("_"));
    }

    @Test
    void f1OpensHelpSayingWhatEachScreenDoesAndEveryKeyAndEscClosesIt() throws Exception {
        robot.type(KeyCode.F1);
        harness.awaitOnFx(() -> help() != null);

        Stage help = help();
        List<String> texts = robot.from(help.getScene().getRoot()).lookup((java.util.function.Predicate<Node>) node -> node instanceof Labeled).queryAll()
                .stream().map(node -> ((Labeled) node).getText()).filter(Objects::nonNull).toList();
        assertThat(texts).contains("Dashboard (Ctrl+1)", "Portfolio (Ctrl+2)", "Timeline (Ctrl+3)", "Catalogue (Ctrl+4)");
        assertThat(texts).anyMatch(t -> t.startsWith("The portfolio at a glance"))
                .anyMatch(t -> t.contains("Adopt makes a project in Exploring"));
        assertThat(texts).contains("Ctrl+N", "File › New project…", "Ctrl+F", "Edit › Find…", "Ctrl+S", "Ctrl+Z",
                "Delete", "F1", "Help › Help and keys", "Ctrl+Enter", "Edit › Adopt into portfolio",
                "Ctrl+T", "View › Show on timeline", "+", "View › Zoom timeline in", "−", "View › Zoom timeline out",
                "Home", "View › Go to today", "Page Up", "View › Scroll up a page", "Page Down", "View › Scroll down a page");
        assertThat(texts).anyMatch(t -> t.contains(dataFolder.toString()));
        assertThat(org.innovationportfolio.ui.catalogue.PageHarness.screenshot(help.getScene(), "help.png")).isNotEmptyFile();

        robot.type(KeyCode.ESCAPE);
        harness.awaitOnFx(() -> help() == null);
    }

    @Test
    void largerTextScalesTheWholeWindowAndIsKeptForTheNextStart() throws Exception {
        double normal = titleFontSize();

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);

        assertThat(window.shell().textSizePercent()).isEqualTo(130);
        assertThat(titleFontSize()).isCloseTo(normal * 1.3, org.assertj.core.data.Offset.offset(0.6));
        robot.interact(window::close);

        window = harness.open(Samples.shipped());
        harness.awaitSettled(window);
        assertThat(window.shell().textSizePercent()).isEqualTo(130);
        assertThat(titleFontSize()).isCloseTo(normal * 1.3, org.assertj.core.data.Offset.offset(0.6));

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(titleFontSize()).isEqualTo(normal);
    }

    @Test
    void ctrlFAndEditFindSearchTheCatalogueOnTheCatalogueRatherThanLeavingIt() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        harness.awaitSettled(window);
        robot.interact(() -> robot.lookup("#catalogueList").query().requestFocus());

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(focusedId()).isEqualTo("catalogueSearch");

        robot.interact(() -> robot.lookup("#catalogueList").query().requestFocus());
        MenuItem find = items().stream().filter(i -> "_Find…".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(find::fire);
        assertThat(window.shell().currentProperty().get()).isEqualTo(Screen.CATALOGUE);
        assertThat(focusedId()).isEqualTo("catalogueSearch");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        harness.awaitSettled(window);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        harness.awaitOnFx(() -> "portfolioSearch".equals(focusedId()));
        assertThat(robot.lookup("#portfolioSearch").queryAs(TextField.class).isFocused()).isTrue();
    }

    private String focusedId() throws Exception {
        Node owner = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> window.shell().root().getScene().getFocusOwner()).get();
        return owner == null ? null : owner.getId();
    }

    private double titleFontSize() {
        return robot.from(window.shell().root()).lookup("." + Css.PAGE_TITLE).queryAs(Label.class).getFont().getSize();
    }

    private Stage help() {
        return robot.listWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Stage)
                .map(w -> (Stage) w).filter(s -> HELP_TITLE.equals(s.getTitle())).findFirst().orElse(null);
    }

    private List<MenuItem> items() {
        MenuBar bar = robot.from(window.shell().root()).lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(this::itemsOf).filter(i -> !(i instanceof SeparatorMenuItem)).toList();
    }

    private java.util.stream.Stream<MenuItem> itemsOf(Menu menu) {
        return menu.getItems().stream();
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }
}
