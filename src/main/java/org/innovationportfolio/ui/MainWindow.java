package org.innovationportfolio.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.innovationportfolio.logic.briefing.BriefingExport;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.ui.briefing.BriefingWizard;
import org.innovationportfolio.ui.briefing.BriefingWizardViewModel;
import org.innovationportfolio.ui.packs.PackMenu;

/** The application's main window: menu bar, the portfolio page and the status bar, wired to one view model. */
public final class MainWindow {

    private final Stage stage;
    private final DesktopContext context;
    private final PortfolioViewModel viewModel;
    private final PortfolioView portfolio;
    private final WindowPlacement placement;
    private final TaskRunner tasks;
    private final PackMenu packs;

    /**
     * Builds the window on {@code stage}; call on the JavaFX thread, then {@link #show()}.
     *
     * @param tasks runs the window's background work; the caller owns it and shuts it down
     */
    public MainWindow(Stage stage, DesktopContext context, SampleSource sample, TaskRunner tasks) {
        this.stage = stage;
        this.context = context;
        this.viewModel = new PortfolioViewModel(context, sample, new FxDialogService(stage), tasks);
        this.packs = new PackMenu(stage, context, new FxDialogService(stage), tasks, viewModel::refresh);
        this.portfolio = new PortfolioView(viewModel, LocalDate.now(context.clock()));
        this.placement = new WindowPlacement(context.dataFolder());
        this.tasks = tasks;

        BorderPane root = new BorderPane();
        root.setTop(menuBar());
        root.setCenter(portfolio.root());
        root.setBottom(new StatusBar(viewModel));
        Scene scene = new Scene(root);
        AppLook.style(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.getIcons().setAll(AppLook.icons());
    }

    /** Shows the window where it was last left, then reads the portfolio in the background. */
    public void show() {
        placement.restore(stage);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> placement.save(stage));
        stage.show();
        portfolio.table().requestFocus();
        viewModel.start();
        if (context.onFirstShown() != null) {
            // Later, so it runs after the first frame has been drawn rather than before.
            Platform.runLater(context.onFirstShown());
        }
    }

    /** Closes the window, as File › Exit does; its size and place are saved. */
    public void close() {
        stage.close();
    }

    PortfolioViewModel viewModel() {
        return viewModel;
    }

    private void openBriefingWizard() {
        BriefingWizardViewModel wizard = new BriefingWizardViewModel(
                new BriefingExport(context.store(), context.clock(), context.renderers()),
                new PortfolioListing(context.store(), context.clock()), context.clock(),
                Path.of(System.getProperty("user.home")), new FxDialogService(stage), tasks);
        new BriefingWizard(stage, wizard).showAndWait();
    }

    private MenuBar menuBar() {
        MenuItem loadSample = new MenuItem("_Load sample portfolio…");
        loadSample.setOnAction(event -> viewModel.offerSample());
        loadSample.disableProperty().bind(viewModel.busyProperty());
        MenuItem refresh = new MenuItem("_Refresh");
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refresh.setOnAction(event -> viewModel.refresh());
        MenuItem briefing = new MenuItem("_Briefing pack…");
        briefing.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        briefing.setOnAction(event -> openBriefingWizard());
        briefing.setDisable(context.renderers().isEmpty());
        MenuItem exit = new MenuItem("E_xit");
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(event -> close());
        Menu file = new Menu("_File", null, loadSample, refresh, new SeparatorMenuItem(), briefing, new SeparatorMenuItem());
        file.getItems().addAll(packs.items());
        file.getItems().addAll(new SeparatorMenuItem(), exit);

        MenuItem about = new MenuItem("_About Innovation Portfolio");
        about.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        about.setOnAction(event -> viewModel.showAbout());
        Menu help = new Menu("_Help", null, about);

        MenuBar bar = new MenuBar(file, help);
        bar.setAccessibleText("Main menu");
        return bar;
    }
}
