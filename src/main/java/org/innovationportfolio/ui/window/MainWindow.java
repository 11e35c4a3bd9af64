package org.innovationportfolio.ui.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.print.Printer;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.ui.AppLook;
import org.innovationportfolio.ui.backup.BackupStatusNote;
import org.innovationportfolio.ui.backup.BackupStatusViewModel;
import org.innovationportfolio.ui.backup.RestoreWindow;
import org.innovationportfolio.ui.backup.RestoreWindowViewModel;
import org.innovationportfolio.ui.briefing.BriefingPreferences;
import org.innovationportfolio.ui.briefing.BriefingWizard;
import org.innovationportfolio.ui.briefing.BriefingWizardViewModel;
import org.innovationportfolio.ui.briefing.DesktopFiles;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.FxDialogService;
import org.innovationportfolio.ui.packs.PackMenu;
import org.innovationportfolio.ui.catalogue.CataloguePage;
import org.innovationportfolio.ui.dashboard.DashboardPage;
import org.innovationportfolio.ui.PasswordQuestions;
import org.innovationportfolio.ui.portfolio.PortfolioPage;
import org.innovationportfolio.ui.project.ProjectRecordPage;
import org.innovationportfolio.ui.ProtectionViewModel;
import org.innovationportfolio.ui.SampleSource;
import org.innovationportfolio.ui.shell.LastScreen;
import org.innovationportfolio.ui.shell.Screen;
import org.innovationportfolio.ui.shell.WelcomeDialog;
import org.innovationportfolio.ui.shell.WelcomeViewModel;
import org.innovationportfolio.ui.shell.WorkspaceShell;
import org.innovationportfolio.ui.shell.WorkspaceViewModel;
import org.innovationportfolio.ui.TaskRunner;
import org.innovationportfolio.ui.timeline.TimelinePage;
import org.innovationportfolio.ui.WindowPlacement;

/** The application's main window: the workspace shell with its pages registered, and where it was left. */
public final class MainWindow {

    private final Stage stage;
    private final DesktopContext context;
    private final TaskRunner tasks;
    private final WorkspaceViewModel workspace;
    private final WorkspaceShell shell;
    private final WindowPlacement placement;
    private final LastScreen lastScreen;
    private final Screen first;
    private final Supplier<Printer> printers;
    private PackMenu packs;
    /** File › Protect with a password… and its siblings; null when the context offers no protection. */
    private ProtectionViewModel protection;
    // Null when the context has no automatic backups (tests of other pages).
    private final BackupStatusViewModel backupStatus;

    /**
     * Builds the window on {@code stage}; call on the JavaFX thread, then {@link #show()}.
     *
     * @param tasks runs the window's background work; the caller owns it and shuts it down
     */
    public MainWindow(Stage stage, DesktopContext context, SampleSource sample, TaskRunner tasks) {
        this(stage, context, sample, tasks, new FxDialogService(stage), Printer::getDefaultPrinter);
    }

    /** As the public constructor, asking the user through {@code dialogs} and printing on {@code printers}' printer. */
    public MainWindow(Stage stage, DesktopContext context, SampleSource sample, TaskRunner tasks, DialogService dialogs,
            Supplier<Printer> printers) {
        this.stage = stage;
        this.context = context;
        this.tasks = tasks;
        this.printers = printers;
        this.workspace = new WorkspaceViewModel(context, sample, dialogs, tasks);
        this.shell = new WorkspaceShell(context, workspace, dialogs, tasks, this::close);
        this.placement = new WindowPlacement(context.dataFolder());
        this.lastScreen = new LastScreen(context.dataFolder());
        this.backupStatus = context.shelf() == null ? null : new BackupStatusViewModel(context.shelf(),
                context.clock(), dialogs, shell::canClose, () -> {
                    workspace.dataReplaced();
                    shell.showPortfolio(null);
                });
        registerPages();
        addDialogCommands(dialogs);
        WelcomeViewModel welcome = new WelcomeViewModel(context.useCases().workspace(), context.dataFolder(), dialogs, tasks,
                workspace::loadSample, packs::importPack, workspace::dataReplaced,
                protection == null ? null : protection::protect);
        workspace.setOnFirstRun(() -> new WelcomeDialog(stage, welcome).show());
        if (backupStatus != null) {
            shell.addStatusNote(BackupStatusNote.of(backupStatus));
        }
        this.first = lastScreen.read().filter(shell::isRegistered).orElse(Screen.PORTFOLIO);
        if (first == Screen.PORTFOLIO) {
            // Built now, perhaps while the database still boots (see DesktopApp): making the page reads nothing.
            shell.page(first);
        }

        Scene scene = new Scene(shell.root());
        AppLook.style(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(workspace.windowTitleProperty());
        AppLook.iconsLater(stage);
    }

    /** The pages of the workspace, each made the first time it is shown. */
    private void registerPages() {
        shell.register(Screen.DASHBOARD, (ctx, navigator, dialogs, runner) ->
                new DashboardPage(ctx, navigator, dialogs, runner, workspace::projectsCounted));
        shell.<PortfolioPage, PortfolioFilter>register(Screen.PORTFOLIO,
                (ctx, navigator, dialogs, runner) -> new PortfolioPage(ctx, navigator, dialogs, runner, workspace),
                PortfolioPage::apply);
        shell.<TimelinePage, PortfolioFilter>register(Screen.TIMELINE, TimelinePage::new, TimelinePage::setFilter);
        shell.<CataloguePage, java.util.UUID>register(Screen.CATALOGUE, CataloguePage::new, CataloguePage::select);
        shell.<ProjectRecordPage, java.util.UUID>register(Screen.PROJECT, ProjectRecordPage::new, ProjectRecordPage::open);
    }

    /** File › Briefing pack… and the project-pack commands: dialogs over whichever page is showing. */
    private void addDialogCommands(DialogService dialogs) {
        MenuItem briefing = new MenuItem("_Briefing pack…");
        briefing.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        briefing.setOnAction(event -> openBriefingWizard());
        briefing.setDisable(context.renderers().isEmpty());
        List<MenuItem> items = new ArrayList<>();
        PagePrinter printer = new PagePrinter(dialogs, printers, context.renderers().isEmpty() ? null
                : this::openBriefingWizard);
        MenuItem print = new MenuItem("_Print…");
        print.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        print.setOnAction(event -> printer.print(shell.currentPage() == null ? null : shell.currentPage().view(), stage));
        items.add(print);
        items.add(briefing);
        items.add(new SeparatorMenuItem());
        PortfolioFilesViewModel files = new PortfolioFilesViewModel(context.useCases().listing(), context.backups(), context.clock(),
                context.dataFolder(), dialogs, tasks, shell::canClose, () -> {
                    workspace.dataReplaced();
                    shell.showPortfolio(null);
                });
        MenuItem csv = new MenuItem("Export portfolio as _CSV…");
        csv.setOnAction(event -> files.export(PortfolioFilesViewModel.ExportFormat.CSV));
        MenuItem json = new MenuItem("Export portfolio as _JSON…");
        json.setOnAction(event -> files.export(PortfolioFilesViewModel.ExportFormat.JSON));
        MenuItem backUp = new MenuItem("Bac_k up…");
        backUp.setOnAction(event -> files.backUp());
        MenuItem restore = new MenuItem("_Restore…");
        restore.setOnAction(event -> {
            if (backupStatus == null) {
                files.restore();
            } else {
                openRestoreWindow();
            }
        });
        for (MenuItem item : List.of(backUp, restore)) {
            item.setDisable(!files.canBackUp() && backupStatus == null);
        }
        items.addAll(List.of(csv, json, new SeparatorMenuItem(), backUp, restore));
        if (backupStatus != null) {
            MenuItem settings = new MenuItem("Backup _settings…");
            settings.setOnAction(event -> backupStatus.openSettings());
            items.add(settings);
        }
        items.add(new SeparatorMenuItem());
        if (context.protection() != null) {
            items.addAll(protectionItems(dialogs));
        }
        packs = new PackMenu(stage, context, dialogs, tasks, shell::refresh);
        items.addAll(packs.items());
        items.addAll(new org.innovationportfolio.ui.tracker.TrackerMenu(stage, context, dialogs, tasks, shell::refresh)
                .items());
        shell.addFileItems(items);
    }

    /** Protect with a password…, or, once protected, Change password… and Remove password protection…. */
    private List<MenuItem> protectionItems(DialogService dialogs) {
        protection = new ProtectionViewModel(context.protection(), PasswordQuestions.fx(stage), dialogs, tasks);
        MenuItem protect = new MenuItem("Protect with a pass_word…");
        protect.setOnAction(event -> protection.protect());
        protect.visibleProperty().bind(protection.protectedProperty().not());
        MenuItem change = new MenuItem("Change pass_word…");
        change.setOnAction(event -> protection.changePassword());
        change.visibleProperty().bind(protection.protectedProperty());
        MenuItem remove = new MenuItem("Remove password protectio_n…");
        remove.setOnAction(event -> protection.removeProtection());
        remove.visibleProperty().bind(protection.protectedProperty());
        for (MenuItem item : List.of(protect, change, remove)) {
            item.disableProperty().bind(tasks.runningProperty());
        }
        return List.of(protect, change, remove, new SeparatorMenuItem());
    }

    /** File › Restore… with automatic backups: the list of backups, a preview of each, and Undo restore. */
    public void openRestoreWindow() {
        RestoreWindowViewModel viewModel = new RestoreWindowViewModel(backupStatus, shell::canClose, () -> {
            workspace.dataReplaced();
            shell.showPortfolio(null);
        });
        new RestoreWindow(stage, viewModel).show();
        viewModel.load();
    }

    /** Once the portfolio is open (on the JavaFX thread): the day's first backup, in the background. */
    public void startAutomaticBackups() {
        if (backupStatus != null) {
            backupStatus.start();
        }
    }

    /**
     * After the window has closed and JavaFX has stopped, off the JavaFX thread: waits for backup work in flight and
     * takes the exit backup if anything changed. Nothing is shown meanwhile: closing has no visible delay.
     */
    public void backUpOnExit() {
        if (backupStatus != null) {
            backupStatus.backUpOnExit();
        }
    }

    /** The status bar's backup note and Undo restore (null without automatic backups). */
    public BackupStatusViewModel backupStatus() {
        return backupStatus;
    }

    private void openBriefingWizard() {
        BriefingWizard.showAndWait(stage, dialogs -> new BriefingWizardViewModel(
                context.useCases().briefing(), context.useCases().listing(), context.clock(),
                Path.of(System.getProperty("user.home")), new BriefingPreferences(context.dataFolder()),
                dialogs, tasks, DesktopFiles.system()));
    }

    /**
     * Shows the window where it was last left, on the screen last shown, and reads the portfolio;
     * the context's {@code onFirstShown} runs once that page has been laid out filled (see {@link FirstPaint}).
     */
    public void show() {
        placement.restore(stage);
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            if (!shell.canClose(stage::close)) {
                event.consume();
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            placement.save(stage);
            Screen screen = shell.currentProperty().get();
            if (screen != null) {
                lastScreen.save(screen == Screen.PROJECT ? Screen.PORTFOLIO : screen);
            }
        });
        if (context.onFirstShown() != null) {
            FirstPaint.watch(stage.getScene(), shell, context.onFirstShown());
        }
        // The reads first: they wait for the database, and showing the window (styling and laying it out) takes a while.
        workspace.start();
        shell.show(first, null);
        stage.show();
    }

    /**
     * Brings the window forward and opens the import preview of {@code pack}, as File › Import project pack…
     * does once a file is chosen: for a pack given on the command line or handed over by a second launch.
     */
    public void openPack(Path pack) {
        bringForward();
        packs.openPreview(pack);
    }

    /** Brings the window to the front, restored if it was minimised. */
    public void bringForward() {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.toFront();
        stage.requestFocus();
    }

    /** Takes the window down without asking the page: the portfolio could not be opened, so nothing is unsaved. */
    public void dismiss() {
        stage.hide();
    }

    /** Closes the window, as File › Exit does, unless the page showing asks to stay. */
    public void close() {
        if (shell.canClose(stage::close)) {
            stage.close();
        }
    }

    public WorkspaceShell shell() {
        return shell;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    /** True once the portfolio is open and no background work is left. */
    public boolean isSettled() {
        return workspace.loadedProperty().get() && !tasks.runningProperty().get();
    }
}
