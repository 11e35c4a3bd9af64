package org.innovationportfolio.ui.shell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.ui.Css;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.StatusBar;
import org.innovationportfolio.ui.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace around the pages: menu bar, side bar, a heading, the page showing and the status bar.
 * Pages are registered by {@link Screen} and made when first shown; the shell calls
 * {@link Page#refresh()} on every show and {@link Page#canLeave()} before leaving one.
 */
public final class WorkspaceShell implements Navigator {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceShell.class);
    /** The banner over the sample portfolio. */
    public static final String SAMPLE_NOTICE = "Sample data: this council and its projects are fictional.";
    public static final String SAMPLE_NOTICE_ID = "sampleNotice";

    private final DesktopContext context;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final WorkspaceViewModel workspace;
    private final Map<Screen, Registration<?>> registrations = new EnumMap<>(Screen.class);
    private final ShellMenus menus;
    private final SideBar sideBar = new SideBar(screen -> show(screen, null));
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper pageTitle = new ReadOnlyStringWrapper(this, "pageTitle", "");
    private final TextScale textScale;
    private final History history = new History();
    private HelpWindow help;
    private UserGuideWindow guide;
    private StatusBar statusBar;

    public WorkspaceShell(DesktopContext context, WorkspaceViewModel workspace, DialogService dialogs,
            TaskRunner tasks, Runnable exit) {
        this.context = Objects.requireNonNull(context, "context");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.menus = new ShellMenus(this, workspace);
        this.textScale = new TextScale(context.dataFolder(), javafx.scene.text.Font.getDefault().getSize());
        root.setStyle(textScale.style());
        workspace.setOnDataReplaced(this::refresh);
        content.getStyleClass().add(Css.PAGE_CONTENT);
        statusBar = new StatusBar(workspace.statusTextProperty(), tasks);
        VBox top = new VBox(menus.menuBar(exit), header());
        root.setTop(top);
        root.setLeft(sideBar);
        root.setCenter(content);
        root.setBottom(statusBar);
        menus.showScreens(registrations.keySet());
        current.addListener((observable, was, now) -> menus.follow(commands()));
    }

    /** Registers the page for {@code screen}, made by {@code factory} when first shown. */
    public <P extends Page> void register(Screen screen, PageFactory<P> factory) {
        register(screen, factory, null);
    }

    /**
     * Registers the page for {@code screen} with what to tell it when shown for something in particular:
     * for {@link Screen#PROJECT} the project's {@code UUID}, for {@link Screen#CATALOGUE} an innovation's
     * {@code UUID} (never null), for {@link Screen#PORTFOLIO} and {@link Screen#TIMELINE} a {@link PortfolioFilter}.
     */
    public <P extends Page, A> void register(Screen screen, PageFactory<P> factory, BiConsumer<P, A> opener) {
        registrations.put(screen, new Registration<>(factory, opener));
        sideBar.add(screen);
        menus.showScreens(registrations.keySet());
    }

    /** Adds menu items to File, before Exit: the briefing and pack commands, which are dialogs rather than pages. */
    public void addFileItems(java.util.List<javafx.scene.control.MenuItem> items) {
        menus.addToFile(items);
    }

    /** Adds a note to the status bar, at its right: the last backup's time. */
    public void addStatusNote(javafx.scene.Node note) {
        statusBar.addNote(note);
    }

    public boolean isRegistered(Screen screen) {
        return registrations.containsKey(screen);
    }

    public Parent root() {
        return root;
    }

    /** The screen showing, or null before the first. */
    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The showing page's title. */
    public ReadOnlyStringProperty pageTitleProperty() {
        return pageTitle.getReadOnlyProperty();
    }

    /** The page for {@code screen}, made now if it has not been shown yet; null when none is registered. */
    public Page page(Screen screen) {
        Registration<?> registration = registrations.get(screen);
        return registration == null ? null : registration.page(this);
    }

    /** The page showing, or null. */
    public Page currentPage() {
        return current.get() == null ? null : page(current.get());
    }

    @Override
    public void showDashboard() {
        show(Screen.DASHBOARD, null);
    }

    @Override
    public void showPortfolio(PortfolioFilter filter) {
        show(Screen.PORTFOLIO, filter == null ? PortfolioFilter.NONE : filter);
    }

    @Override
    public void showProject(UUID projectId) {
        show(Screen.PROJECT, projectId);
    }

    @Override
    public void showTimeline(PortfolioFilter filter) {
        show(Screen.TIMELINE, filter == null ? PortfolioFilter.NONE : filter);
    }

    @Override
    public void showCatalogue(UUID innovationId) {
        show(Screen.CATALOGUE, innovationId);
    }

    /**
     * Shows {@code screen}'s page, telling it {@code argument} when not null, then refreshing it.
     *
     * @return false when the screen has no page, or the page showing asked to stay
     */
    public boolean show(Screen screen, Object argument) {
        return show(screen, argument, History.Step.NEW);
    }

    private boolean show(Screen screen, Object argument, History.Step step) {
        Registration<?> registration = registrations.get(screen);
        if (registration == null) {
            LOG.info("No page is registered for {} yet", screen);
            return false;
        }
        History.Place place = History.Place.of(screen, argument);
        boolean samePlace = place.equals(history.here());
        Page leaving = currentPage();
        // Another screen, or the record of another project: the page showing may have unsaved changes.
        boolean elsewhere = screen != current.get() || (place.argument() != null && !samePlace);
        if (leaving != null && elsewhere && !leaving.canLeave(() -> show(screen, argument, step))) {
            sideBar.select(current.get());
            return false;
        }
        Page page = registration.page(this);
        // The record already showing this project is refreshed, not read afresh over its unsaved changes.
        if (argument != null && !(samePlace && place.argument() != null)) {
            registration.open(page, argument);
        }
        history.arrive(place, step);
        if (screen != current.get()) {
            holdKeyboardInContent();
            content.getChildren().setAll(page.view());
            pageTitle.unbind();
            pageTitle.bind(page.title());
            current.set(screen);
        }
        sideBar.select(screen);
        page.refresh();
        Node focus = page.initialFocus();
        if (focus != null) {
            Platform.runLater(() -> focusWhenReady(focus));
        }
        return true;
    }

    /**
     * Keeps the keyboard on the page area while its page is replaced. A focused control taken out of the window
     * would hand the keyboard to the first control there is, the side bar's Dashboard, which would then show its
     * focus ring as if it had been chosen. The area itself shows no ring.
     */
    private void holdKeyboardInContent() {
        javafx.scene.Scene scene = root.getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        for (Node up = owner; up != null; up = up.getParent()) {
            if (up == content) {
                content.requestFocus();
                return;
            }
        }
    }

    /**
     * Gives {@code focus} the keyboard, or, while it is disabled (a record still being read), as soon as it is
     * enabled, unless the officer has put the keyboard somewhere else in the meantime.
     */
    private void focusWhenReady(Node focus) {
        if (!focus.isDisabled()) {
            focus.requestFocus();
            return;
        }
        Node waiting = root.getScene() == null ? null : root.getScene().getFocusOwner();
        focus.disabledProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> value, Boolean was,
                    Boolean disabled) {
                if (disabled) {
                    return;
                }
                value.removeListener(this);
                javafx.scene.Scene scene = focus.getScene();
                if (scene != null && (scene.getFocusOwner() == waiting || scene.getFocusOwner() == null)) {
                    focus.requestFocus();
                }
            }
        });
    }

    /** View › Back (Alt+Left): the screen, or the project, shown before this one; false when there is none. */
    public boolean back() {
        History.Place place = history.previous();
        return place != null && show(place.screen(), place.argument(), History.Step.BACK);
    }

    /** View › Forward (Alt+Right): the place left by Back; false when there is none. */
    public boolean forward() {
        History.Place place = history.next();
        return place != null && show(place.screen(), place.argument(), History.Step.FORWARD);
    }

    /** True while View › Back has somewhere to go. */
    public javafx.beans.value.ObservableBooleanValue canGoBackProperty() {
        return history.canGoBack();
    }

    /** True while View › Forward has somewhere to go. */
    public javafx.beans.value.ObservableBooleanValue canGoForwardProperty() {
        return history.canGoForward();
    }

    /** True when the page showing may be left, as the window asks before closing. */
    public boolean canClose() {
        return canClose(() -> { });
    }

    /**
     * As {@link #canClose()}; when the page saves first (off the JavaFX thread), false now and {@code closeLater}
     * once it has saved.
     */
    public boolean canClose(Runnable closeLater) {
        Page page = currentPage();
        return page == null || page.canLeave(closeLater);
    }

    /** F5: reads the page showing again. */
    public void refresh() {
        Page page = currentPage();
        if (page != null) {
            page.refresh();
        }
    }

    void newProject() {
        if (!(commands() != null && commands().create()) && show(Screen.PORTFOLIO, null)
                && currentPage() instanceof PageCommands portfolio) {
            portfolio.create();
        }
    }

    void save() {
        if (commands() == null || !commands().save()) {
            LOG.debug("Nothing to save on {}", current.get());
        }
    }

    void undo() {
        if (root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl text) {
            text.undo(); // the field's own undo, never a deleted project behind the user's back
        } else if (commands() != null) {
            commands().undo();
        }
    }

    void redo() {
        if (root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl text) {
            text.redo();
        } else if (commands() != null) {
            commands().redo();
        }
    }

    void delete() {
        if (root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl text) {
            text.deleteNextChar();
        } else if (commands() != null) {
            commands().delete();
        }
    }

    /** A page's own command from the menus (Adopt, Show on timeline, the timeline's zoom): done when the page can now. */
    void perform(PageAction action) {
        PageCommands page = commands();
        javafx.beans.value.ObservableBooleanValue can = page == null ? null : page.canDo(action);
        if (can != null && can.get()) {
            page.perform(action);
        }
    }

    void duplicate() {
        if (commands() != null) {
            commands().duplicate();
        }
    }

    void find() {
        if (!(commands() != null && commands().find()) && show(Screen.PORTFOLIO, null)
                && currentPage() instanceof PageCommands portfolio) {
            portfolio.find();
        }
    }

    /** Help › Help and keys (F1): the help window, opened beside the workspace or brought to the front. */
    public void showHelp() {
        if (help == null || !help.isShowing()) {
            javafx.stage.Window owner = root.getScene() == null ? null : root.getScene().getWindow();
            help = new HelpWindow(owner, menus.menuBar(), screens(), context.dataFolder().toString(), root.getStyle());
        }
        help.show();
    }

    /** Help › User guide: the guide bundled with the application, in a window beside the workspace. */
    public void showUserGuide() {
        if (guide == null || !guide.isShowing()) {
            javafx.stage.Window owner = root.getScene() == null ? null : root.getScene().getWindow();
            guide = new UserGuideWindow(owner, root.getStyle());
        }
        guide.show();
    }

    /** View › Larger text (Ctrl+=), Smaller text (Ctrl+−) and Normal text size (Ctrl+0); kept for the next start. */
    void largerText() {
        if (textScale.larger()) {
            root.setStyle(textScale.style());
        }
    }

    void smallerText() {
        if (textScale.smaller()) {
            root.setStyle(textScale.style());
        }
    }

    void normalText() {
        if (textScale.normal()) {
            root.setStyle(textScale.style());
        }
    }

    /** The text size as a percentage of normal. */
    public int textSizePercent() {
        return textScale.percent();
    }

    private PageCommands commands() {
        return currentPage() instanceof PageCommands commands ? commands : null;
    }

    private Node header() {
        Label title = new Label();
        title.textProperty().bind(pageTitle);
        title.getStyleClass().add(Css.PAGE_TITLE);
        title.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        // A long project title wraps rather than pushing the council's name out of the window.
        title.setWrapText(true);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label council = new Label();
        council.textProperty().bind(workspace.headingProperty());
        council.getStyleClass().add(Css.APP_SUBTITLE);
        council.setMinWidth(Region.USE_PREF_SIZE);
        HBox across = new HBox(16);
        across.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox row = new VBox(2, across);
        // The council's name beside the title; under it when the title would not fit on one line beside it and
        // the room left beside it is under 30 ems of the name's text (a laptop at larger text), so a long project
        // title wraps over the whole width rather than into a tall narrow column. A short title keeps it beside.
        Runnable arrange = () -> {
            double room = row.getWidth() - row.snappedLeftInset() - row.snappedRightInset();
            if (room <= 0) {
                return;
            }
            double beside = room - council.prefWidth(-1) - across.getSpacing();
            boolean stack = title.prefWidth(-1) > beside && beside < 30 * council.getFont().getSize();
            if (stack && !row.getChildren().contains(council)) {
                across.getChildren().clear();
                row.getChildren().setAll(title, council);
            } else if (!stack && !across.getChildren().contains(title)) {
                across.getChildren().setAll(title, council);
                row.getChildren().setAll(across);
            }
        };
        across.getChildren().setAll(title, council);
        row.widthProperty().addListener((observable, was, now) -> arrange.run());
        // After the CSS pass that set them, never inside it: moving the labels while the scene walks them fails.
        title.textProperty().addListener((observable, was, now) -> javafx.application.Platform.runLater(arrange));
        title.fontProperty().addListener((observable, was, now) -> javafx.application.Platform.runLater(arrange));
        // On a line of its own, wrapping, so a laptop's width or larger text never cuts it short.
        Label sample = new Label(SAMPLE_NOTICE);
        sample.setId(SAMPLE_NOTICE_ID);
        sample.getStyleClass().add(Css.SAMPLE_NOTICE);
        sample.setWrapText(true);
        sample.setMinHeight(Region.USE_PREF_SIZE);
        sample.visibleProperty().bind(workspace.sampleLoadedProperty());
        sample.managedProperty().bind(sample.visibleProperty());
        VBox header = new VBox(row, sample);
        header.getStyleClass().add(Css.APP_HEADER);
        header.setStyle("-fx-spacing: 0.4em; -fx-alignment: center-left;");
        return header;
    }

    /** A page's factory, the page once made, and how to open it on something. */
    private static final class Registration<P extends Page> {
        private final PageFactory<P> factory;
        private final BiConsumer<P, Object> opener;
        private P page;

        @SuppressWarnings("unchecked")
        Registration(PageFactory<P> factory, BiConsumer<P, ?> opener) {
            this.factory = factory;
            this.opener = (BiConsumer<P, Object>) opener;
        }

        P page(WorkspaceShell shell) {
            if (page == null) {
                page = factory.create(shell.context, shell, shell.dialogs, shell.tasks);
            }
            return page;
        }

        void open(Page made, Object argument) {
            if (opener != null) {
                @SuppressWarnings("unchecked")
                P typed = (P) made;
                opener.accept(typed, argument);
            }
        }
    }

    /** The screens with a page, in side-bar order. */
    public java.util.List<Screen> screens() {
        return new ArrayList<>(registrations.keySet());
    }
}
