package org.innovationportfolio.ui.shell;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: File, Edit, View and Help, each item with a mnemonic and the usual accelerator. The commands of
 * one page ({@link PageAction}: Adopt, Show on timeline, the timeline's zoom and scroll) are always listed and
 * disabled while the page showing cannot do them.
 */
final class ShellMenus {

    /** Ctrl+Y, as shown, or Ctrl+Shift+Z. */
    static final KeyCombination REDO_KEY = new EitherKey(shortcut(KeyCode.Y),
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));

    private final WorkspaceShell shell;
    private final WorkspaceViewModel workspace;
    private final Menu view = new Menu("_View");
    private final Map<PageAction, MenuItem> pageItems = new EnumMap<>(PageAction.class);
    private Menu file;
    private MenuBar bar;

    ShellMenus(WorkspaceShell shell, WorkspaceViewModel workspace) {
        this.shell = shell;
        this.workspace = workspace;
        for (PageAction action : PageAction.values()) {
            MenuItem item = item(action.label(), action.key(), () -> shell.perform(action));
            item.setDisable(true);
            pageItems.put(action, item);
        }
    }

    MenuBar menuBar(Runnable exit) {
        MenuItem newProject = item("_New project…", shortcut(KeyCode.N), shell::newProject);
        MenuItem save = item("_Save", shortcut(KeyCode.S), shell::save);
        MenuItem loadSample = item("_Load sample portfolio…", null, workspace::offerSample);
        loadSample.disableProperty().bind(workspace.busyProperty());
        MenuItem quit = item("E_xit", shortcut(KeyCode.Q), exit);
        file = new Menu("_File", null, newProject, save, new SeparatorMenuItem(), loadSample,
                new SeparatorMenuItem(), quit);

        MenuItem undo = item("_Undo", shortcut(KeyCode.Z), shell::undo);
        MenuItem redo = item("_Redo", REDO_KEY, shell::redo);
        MenuItem duplicate = item("D_uplicate project", shortcut(KeyCode.D), shell::duplicate);
        MenuItem delete = item("_Delete", new KeyCodeCombination(KeyCode.DELETE), shell::delete);
        MenuItem find = item("_Find…", shortcut(KeyCode.F), shell::find);
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), duplicate, delete,
                new SeparatorMenuItem(), find, new SeparatorMenuItem(), pageItems.get(PageAction.ADOPT));

        MenuItem keys = item("_Help and keys", new KeyCodeCombination(KeyCode.F1), shell::showHelp);
        MenuItem about = item("_About " + WorkspaceViewModel.APP_NAME, null, workspace::showAbout);
        MenuItem guide = item("User _guide", null, shell::showUserGuide);
        Menu help = new Menu("_Help", null, keys, guide, about);

        bar = new MenuBar(file, edit, view, help);
        bar.setAccessibleText("Main menu");
        return bar;
    }

    /** The menu bar made by {@link #menuBar}, for the help window to list its keys. */
    MenuBar menuBar() {
        return bar;
    }

    /** Adds commands from elsewhere (briefing and project packs) to File, before Exit. */
    void addToFile(List<MenuItem> items) {
        int exit = file.getItems().size() - 1;
        file.getItems().addAll(exit, items);
        file.getItems().add(exit + items.size(), new SeparatorMenuItem());
    }

    /** Lists Back and Forward, the screens with a page, Ctrl+digit each, then the text size and Refresh. */
    void showScreens(Collection<Screen> screens) {
        view.getItems().clear();
        MenuItem back = item("Bac_k", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), shell::back);
        back.disableProperty().bind(Bindings.not(shell.canGoBackProperty()));
        MenuItem forward = item("_Forward", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN),
                shell::forward);
        forward.disableProperty().bind(Bindings.not(shell.canGoForwardProperty()));
        view.getItems().addAll(back, forward, new SeparatorMenuItem());
        for (Screen screen : screens) {
            if (screen.inSideBar()) {
                KeyCombination key = screen.key() == null ? null : shortcut(screen.key());
                view.getItems().add(item("_" + screen.label(), key, () -> shell.show(screen, null)));
            }
        }
        view.getItems().add(pageItems.get(PageAction.SHOW_ON_TIMELINE));
        view.getItems().add(new SeparatorMenuItem());
        for (PageAction action : List.of(PageAction.ZOOM_IN, PageAction.ZOOM_OUT, PageAction.TODAY,
                PageAction.PAGE_UP, PageAction.PAGE_DOWN)) {
            view.getItems().add(pageItems.get(action));
        }
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().add(item("_Larger text", shortcut(KeyCode.EQUALS), shell::largerText));
        view.getItems().add(item("S_maller text", shortcut(KeyCode.MINUS), shell::smallerText));
        view.getItems().add(item("_Normal text size", shortcut(KeyCode.DIGIT0), shell::normalText));
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().add(item("_Refresh", new KeyCodeCombination(KeyCode.F5), shell::refresh));
    }

    /** Enables the page items {@code page} can do now, and keeps them so while it shows; null for no page commands. */
    void follow(PageCommands page) {
        for (Map.Entry<PageAction, MenuItem> entry : pageItems.entrySet()) {
            MenuItem item = entry.getValue();
            item.disableProperty().unbind();
            item.textProperty().unbind();
            ObservableBooleanValue can = page == null ? null : page.canDo(entry.getKey());
            ObservableStringValue words = can == null ? null : page.label(entry.getKey());
            if (can == null) {
                item.setDisable(true);
            } else {
                item.disableProperty().bind(Bindings.not(can));
            }
            if (words == null) {
                item.setText(entry.getKey().label());
            } else {
                item.textProperty().bind(words);
            }
        }
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        return item;
    }
}
