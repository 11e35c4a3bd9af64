package org.innovationportfolio.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.Repositories;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.Store;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.model.FinancialYear;

/**
 * The portfolio window's state and commands: the rows, the titles and status line, the first-run
 * offer of sample data. Holds no controls, so it is tested without a stage.
 */
public final class PortfolioViewModel {

    static final String APP_NAME = "Innovation Portfolio";
    static final String LOAD_SAMPLE = "Load sample portfolio";
    static final String START_EMPTY = "Start with an empty portfolio";
    private static final String ABOUT_SAMPLE = "The sample portfolio belongs to Northbrook Borough Council, a "
            + "fictional council. Its projects, people and figures are made up to show what the application does; "
            + "the catalogue of innovations that comes with it is built from public sources.";

    private final Store store;
    private final Clock clock;
    private final Path dataFolder;
    private final String appVersion;
    private final SampleSource sample;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final PortfolioListing listing;

    private final ObservableList<PortfolioRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PortfolioRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", APP_NAME);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "Portfolio");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyStringWrapper fundingHeader = new ReadOnlyStringWrapper(this, "fundingHeader", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper sampleLoaded = new ReadOnlyBooleanWrapper(this, "sampleLoaded", false);

    public PortfolioViewModel(DesktopContext context, SampleSource sample, DialogService dialogs, TaskRunner tasks) {
        this.store = Objects.requireNonNull(context.store(), "store");
        this.clock = Objects.requireNonNull(context.clock(), "clock");
        this.dataFolder = Objects.requireNonNull(context.dataFolder(), "dataFolder");
        this.appVersion = context.appVersion() == null ? "" : context.appVersion();
        this.sample = Objects.requireNonNull(sample, "sample");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.listing = new PortfolioListing(store, clock);
        fundingHeader.set("Funding " + FinancialYear.of(LocalDate.now(clock)));
        windowTitle.set(APP_NAME + " — " + dataFolder);
        statusText.set("Opening the portfolio… · Data folder: " + dataFolder);
    }

    /**
     * Reads the portfolio, and on the first start with an empty portfolio offers the sample once.
     * The offer is recorded before it is shown, so a crash or a closed window never asks twice.
     */
    public void start() {
        tasks.run("Opening the portfolio", progress -> {
            boolean offer = store.write(PortfolioViewModel::claimFirstRunOffer);
            return new Snapshot(readSnapshot(), offer);
        }, opened -> {
            show(opened.portfolio());
            if (opened.offerSample()) {
                offerSampleOnFirstRun();
            }
        }, message -> dialogs.showError("The portfolio could not be opened", message));
    }

    /** Reads the portfolio again. */
    public void refresh() {
        tasks.run("Reading the portfolio", progress -> readSnapshot(), this::show,
                message -> dialogs.showError("The portfolio could not be read", message));
    }

    /**
     * From the menu: explains what the sample is, then loads it if the user agrees. Over a full
     * portfolio it asks nothing: the loader's refusal says why and what to do.
     */
    public void offerSample() {
        if (!rows.isEmpty()) {
            loadSample();
        } else if (dialogs.confirm("Sample portfolio", "Load the sample portfolio?", sampleExplanation(),
                LOAD_SAMPLE, "Cancel")) {
            loadSample();
        }
    }

    /** Loads the fictional sample portfolio into the (empty) store in the background, then shows it. */
    public void loadSample() {
        tasks.run("Loading the sample portfolio", progress -> {
            sample.loadInto(store, clock);
            return readSnapshot();
        }, this::show, message -> dialogs.showError("The sample portfolio was not loaded", message));
    }

    public void showAbout() {
        dialogs.showInformation("About " + APP_NAME, APP_NAME + (appVersion.isEmpty() ? "" : " " + appVersion),
                "Keeps a children's services portfolio of adopted innovations and produces board briefings "
                        + "and project packs. It works offline: your data stays on this computer.\n\n"
                        + "Data folder: " + dataFolder + "\n\n"
                        + "Licensed under the GNU Affero General Public License, version 3 or later.");
    }

    /** The projects, in title order until the table sorts them otherwise. */
    public ObservableList<PortfolioRow> rows() {
        return readOnlyRows;
    }

    /** "Innovation Portfolio — Northbrook Borough Council", or the data folder when no council is set. */
    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /** The council's name, or "Portfolio" before one is set. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** "12 projects · Data folder: …". */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** "Funding 2026/27": the financial year the funding column shows. */
    public ReadOnlyStringProperty fundingHeaderProperty() {
        return fundingHeader.getReadOnlyProperty();
    }

    /** True once the portfolio has been read at least once, so "empty" means empty, not "not read yet". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True when the portfolio holds the fictional sample data. */
    public ReadOnlyBooleanProperty sampleLoadedProperty() {
        return sampleLoaded.getReadOnlyProperty();
    }

    /** True while background work runs; commands that change data are disabled meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.runningProperty();
    }

    public ReadOnlyStringProperty taskMessageProperty() {
        return tasks.messageProperty();
    }

    public ReadOnlyDoubleProperty taskProgressProperty() {
        return tasks.progressProperty();
    }

    static String sampleExplanation() {
        return ABOUT_SAMPLE + "\n\nThe sample can be loaded only into an empty portfolio.";
    }

    private void offerSampleOnFirstRun() {
        boolean load = dialogs.confirm("Welcome to " + APP_NAME, "Your portfolio is empty", ABOUT_SAMPLE
                + "\n\nWould you like to explore with the sample, or start with an empty portfolio? While the "
                + "portfolio is empty you can still load the sample later from the File menu.",
                LOAD_SAMPLE, START_EMPTY);
        if (load) {
            loadSample();
        }
    }

    private static boolean claimFirstRunOffer(Repositories repositories) {
        if (repositories.projects().count() > 0 || repositories.settings().get(SettingKeys.SAMPLE_OFFERED).isPresent()) {
            return false;
        }
        repositories.settings().put(SettingKeys.SAMPLE_OFFERED, "true");
        return true;
    }

    private Portfolio readSnapshot() {
        List<PortfolioRow> current = listing.rows();
        return store.read(repositories -> new Portfolio(current,
                repositories.settings().get(SettingKeys.COUNCIL_NAME).orElse(null),
                repositories.settings().get(SettingKeys.SAMPLE_LOADED).map("true"::equals).orElse(false)));
    }

    private void show(Portfolio portfolio) {
        rows.setAll(portfolio.rows());
        String council = portfolio.councilName();
        heading.set(council == null ? "Portfolio" : council);
        windowTitle.set(APP_NAME + " — " + (council == null ? dataFolder.toString() : council));
        statusText.set(Formats.projectCount(portfolio.rows().size()) + " · Data folder: " + dataFolder);
        sampleLoaded.set(portfolio.sampleLoaded());
        loaded.set(true);
    }

    /** What the window shows, read in the background. */
    private record Portfolio(List<PortfolioRow> rows, String councilName, boolean sampleLoaded) {
    }

    /** The portfolio as opened, and whether this is the one start that offers the sample. */
    private record Snapshot(Portfolio portfolio, boolean offerSample) {
    }
}
