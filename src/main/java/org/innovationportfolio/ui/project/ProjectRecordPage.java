package org.innovationportfolio.ui.project;

import atlantafx.base.theme.Styles;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.innovationportfolio.ui.Css;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.FittingScrollPane;
import org.innovationportfolio.ui.TaskRunner;
import org.innovationportfolio.ui.briefing.DesktopFiles;
import org.innovationportfolio.ui.shell.Navigator;
import org.innovationportfolio.ui.shell.Page;
import org.innovationportfolio.ui.shell.PageCommands;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** The project record page: a header with Save, Undo and Revert over the record's tabs. */
public final class ProjectRecordPage implements Page, PageCommands {

    static final String SAVE_BUTTON = "saveProject";
    static final String TABS = "recordTabs";
    static final String READ_ONLY_BANNER = "readOnlyBanner";
    private static final KeyCombination NEXT_TAB = new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN);
    private static final KeyCombination PREVIOUS_TAB = new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT_Z = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final String STYLESHEET = "/org/innovationportfolio/ui/project/project.css";

    private final ProjectRecordViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final OverviewView overview;
    private final java.util.List<ToggleButton> headers = new java.util.ArrayList<>();

    public ProjectRecordPage(DesktopContext ctx, Navigator nav, DialogService dialogs, TaskRunner tasks) {
        this(new ProjectRecordViewModel(ctx, nav, dialogs, tasks, DesktopFiles.system()), dialogs);
    }

    ProjectRecordPage(ProjectRecordViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.overview = new OverviewView(vm.overview());
        root.getStylesheets().add(ProjectRecordPage.class.getResource(STYLESHEET).toExternalForm());
        root.getStyleClass().add("project-record");
        root.setTop(header());
        tabs.setId(TABS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        java.util.List<Node> editable = java.util.List.of(overview.root(), new StatusView(vm.status()).root(),
                new MilestonesView(vm.milestones()).root(), new FundingView(vm.funding()).root(),
                new OutcomesView(vm.outcomes()).root(), new RisksView(vm.risks()).root(),
                new NotesView(vm.notes()).root(), new DocumentsView(vm.documents()).root());
        if (!vm.canEdit()) {
            // A viewer reads every tab, greyed (its fields and buttons off), Save stays off, and a banner says why;
            // the History tab stays as it is. The page's own scroll pane is outside what is greyed, so it scrolls.
            editable.forEach(page -> page.setDisable(true));
            Label banner = new Label(vm.readOnlyReason());
            banner.setId(READ_ONLY_BANNER);
            banner.setWrapText(true);
            banner.setMaxWidth(Double.MAX_VALUE);
            banner.getStyleClass().add("read-only-banner");
            banner.setStyle("-fx-background-color: -color-warning-subtle; -fx-padding: 0.5em 1em;");
            root.setTop(new VBox(root.getTop(), banner));
        }
        tabs.getTabs().addAll(
                tab("Overview", editable.get(0)),
                tab("Status", editable.get(1)),
                tab("Milestones", editable.get(2)),
                tab("Funding", editable.get(3)),
                tab("Outcomes", editable.get(4)),
                tab("Risks", editable.get(5)),
                tab("Notes & decisions", editable.get(6)),
                tab("Documents", editable.get(7)),
                tab("History", new HistoryView(vm, vm.zone()).root()));
        // The tabs' own header row cannot wrap: at large text on a small laptop the last tabs went behind its
        // overflow menu. A header of our own wraps onto a second row instead; the tab pane shows the chosen page.
        tabs.getStyleClass().add("record-tabs");
        tabs.setFocusTraversable(false);
        root.setCenter(new VBox(tabHeaders(), tabs));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.disableProperty().bind(vm.loadedProperty().not());
        root.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                // As the Save button: nothing changed (a half-filled form is not a change) is nothing to save.
                save();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.undo();
                e.consume();
            } else if (REDO_Y.match(e) || REDO_SHIFT_Z.match(e)) {
                vm.redo();
                e.consume();
            }
        });
        // A filter, so Ctrl+Tab changes tabs from inside a field too: a text field would take it otherwise.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEXT_TAB.match(e)) {
                moveTab(1);
                e.consume();
            } else if (PREVIOUS_TAB.match(e)) {
                moveTab(-1);
                e.consume();
            }
        });
    }

    /** Ctrl+Tab and Ctrl+Shift+Tab: the next or previous tab, round the end, with the keyboard on the tabs. */
    private void moveTab(int by) {
        int count = tabs.getTabs().size();
        int next = Math.floorMod(tabs.getSelectionModel().getSelectedIndex() + by, count);
        tabs.getSelectionModel().select(next);
        headers.get(next).requestFocus();
    }

    /** Opens the project, read in the background. */
    public void open(UUID projectId) {
        tabs.getSelectionModel().selectFirst();
        vm.open(projectId);
    }

    /** File › Save (Ctrl+S) from the shell's menu. */
    @Override
    public boolean save() {
        if (!vm.canSaveProperty().get()) {
            return false;
        }
        vm.save();
        return true;
    }

    /** Edit › Undo (Ctrl+Z) from the shell's menu: the last edit in this record. */
    @Override
    public boolean undo() {
        if (!vm.canUndoProperty().get()) {
            return false;
        }
        vm.undo();
        return true;
    }

    /** Edit › Redo (Ctrl+Y, Ctrl+Shift+Z) from the shell's menu: the last edit undone in this record. */
    @Override
    public boolean redo() {
        if (!vm.canRedoProperty().get()) {
            return false;
        }
        vm.redo();
        return true;
    }

    /** The view model, for the shell's menu (Save, Undo) and for tests. */
    public ProjectRecordViewModel viewModel() {
        return vm;
    }

    /** Shows the tab whose title is {@code title} ("Funding"). */
    public void showTab(String title) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public ReadOnlyStringProperty title() {
        return vm.titleProperty();
    }

    @Override
    public void refresh() {
        vm.refresh();
    }

    @Override
    public boolean canLeave() {
        return vm.canLeave();
    }

    @Override
    public boolean canLeave(Runnable leaveLater) {
        return vm.canLeave(leaveLater);
    }

    @Override
    public Node initialFocus() {
        return overview.firstField();
    }

    private VBox header() {
        Label unsaved = new Label("Unsaved changes");
        unsaved.getStyleClass().add("unsaved");
        unsaved.visibleProperty().bind(vm.dirtyProperty());
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        Label message = new Label();
        message.setId("recordMessage");
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.setWrapText(true);

        Button save = new Button("_Save", new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId(SAVE_BUTTON);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> vm.save());
        save.setAccessibleHelp("Saves the project (Ctrl+S)");
        Button undo = new Button("_Undo", new FontIcon(MaterialDesignU.UNDO));
        undo.setId("undoEdit");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        undo.setAccessibleHelp("Undoes the last edit (Ctrl+Z)");
        Button redo = new Button("Red_o", new FontIcon(MaterialDesignR.REDO));
        redo.setId("redoEdit");
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());
        redo.setAccessibleHelp("Makes the last edit undone again (Ctrl+Y)");
        Button revert = new Button("Re_vert", new FontIcon(MaterialDesignU.UNDO_VARIANT));
        revert.setId("revertProject");
        revert.disableProperty().bind(vm.dirtyProperty().not());
        revert.setOnAction(e -> vm.revert());
        revert.setAccessibleHelp("Puts everything back as last saved");
        for (Button button : new Button[] {undo, redo, revert, save}) {
            // The commands keep their words however narrow the window.
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        unsaved.setMinWidth(Region.USE_PREF_SIZE);
        // The project's title is the workspace's heading, just above: it is not said twice. The message takes
        // the line beside the commands, wrapping, so the record keeps the height a laptop has.
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox top = new HBox(12, unsaved, message, undo, redo, revert, save);
        top.setAlignment(Pos.CENTER_LEFT);
        Label invalid = new Label("Some entries need correcting before the project can be saved.");
        invalid.getStyleClass().add(Fields.FIELD_ERROR);
        invalid.visibleProperty().bind(Bindings.and(vm.validProperty().not(), vm.loadedProperty()));
        invalid.managedProperty().bind(invalid.visibleProperty());
        VBox header = new VBox(4, top, invalid);
        header.getStyleClass().add(Css.APP_HEADER);
        header.setPadding(new Insets(12, 20, 10, 20));
        return header;
    }

    /**
     * The tabs' headers, in a row that wraps: one stop for Tab, on the chosen tab; Left and Right (and Home,
     * End) choose the tab next to it, as in a tab pane.
     */
    private FlowPane tabHeaders() {
        ToggleGroup group = new ToggleGroup();
        FlowPane row = new FlowPane();
        row.getStyleClass().add("record-tab-headers");
        row.setAccessibleRole(javafx.scene.AccessibleRole.TAB_PANE);
        for (Tab tab : tabs.getTabs()) {
            ToggleButton header = new ToggleButton(tab.getText());
            header.setMnemonicParsing(false);
            header.getStyleClass().add("record-tab");
            header.setToggleGroup(group);
            header.setMinWidth(Region.USE_PREF_SIZE);
            header.setAccessibleRole(javafx.scene.AccessibleRole.TAB_ITEM);
            header.setAccessibleHelp("Ctrl+Tab and Ctrl+Shift+Tab change tabs from anywhere in the record");
            header.setOnAction(e -> tabs.getSelectionModel().select(tab));
            headers.add(header);
        }
        row.getChildren().setAll(headers);
        Runnable follow = () -> {
            int at = tabs.getSelectionModel().getSelectedIndex();
            for (int i = 0; i < headers.size(); i++) {
                headers.get(i).setSelected(i == at);
                headers.get(i).setFocusTraversable(i == at);
            }
        };
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> follow.run());
        // A header pressed again stays chosen: there is always one tab showing.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                follow.run();
            }
        });
        follow.run();
        row.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int at = tabs.getSelectionModel().getSelectedIndex();
            int next = switch (e.getCode()) {
                case LEFT, KP_LEFT -> at - 1;
                case RIGHT, KP_RIGHT -> at + 1;
                case HOME -> 0;
                case END -> headers.size() - 1;
                default -> -1;
            };
            if (next != -1 || e.getCode() == javafx.scene.input.KeyCode.LEFT
                    || e.getCode() == javafx.scene.input.KeyCode.KP_LEFT) {
                next = Math.max(0, Math.min(headers.size() - 1, next));
                tabs.getSelectionModel().select(next);
                headers.get(next).requestFocus();
                e.consume();
            }
        });
        return row;
    }

    /**
     * A tab whose page scrolls when the window is too short for it, so its form can always be reached, and
     * keeps the field with the keyboard in view. The page is the one scroll area: its tables are as tall as
     * their rows.
     */
    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, FocusScroll.follow(new FittingScrollPane(content)));
        tab.setClosable(false);
        return tab;
    }
}
