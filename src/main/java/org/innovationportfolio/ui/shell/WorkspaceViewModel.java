package org.innovationportfolio.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.innovationportfolio.logic.portfolio.WorkspaceFacts;
import org.innovationportfolio.logic.portfolio.WorkspaceFacts.Summary;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.Formats;
import org.innovationportfolio.ui.SampleSource;
import org.innovationportfolio.ui.TaskRunner;

/**
 * The workspace's own state and commands, whatever page is showing: the council's name, the window
 * title and status line, when to welcome a first run, About. Holds no controls.
 */
public final class WorkspaceViewModel {

    public static final String APP_NAME = "Innovation Portfolio";
    public static final String LOAD_SAMPLE = "Load sample portfolio";
    private static final String ABOUT_SAMPLE = "The sample portfolio belongs to Northbrook Borough Council, a "
            + "fictional council. Its projects, people and figures are made up to show what the application does; "
            + "the catalogue of innovations that comes with it is built from public sources.";

    private final WorkspaceFacts facts;
    private final Path dataFolder;
    private final String appVersion;
    private final SampleSource sample;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private Runnable onDataReplaced = () -> { };
    private Runnable onFirstRun = () -> { };

    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", APP_NAME);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "Portfolio");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyIntegerWrapper projectCount = new ReadOnlyIntegerWrapper(this, "projectCount", 0);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper sampleLoaded = new ReadOnlyBooleanWrapper(this, "sampleLoaded", false);

    public WorkspaceViewModel(DesktopContext context, SampleSource sample, DialogService dialogs, TaskRunner tasks) {
        this.facts = Objects.requireNonNull(context.useCases().workspace(), "workspace");
        this.dataFolder = Objects.requireNonNull(context.dataFolder(), "dataFolder");
        this.appVersion = context.appVersion() == null ? "" : context.appVersion();
        this.sample = Objects.requireNonNull(sample, "sample");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        windowTitle.set(APP_NAME + " — " + dataFolder);
        statusText.set("Opening the portfolio… · Data folder: " + dataFolder);
    }

    /** Run after the sample (or anything else) has replaced the portfolio's data, to re-read the page. */
    public void setOnDataReplaced(Runnable onDataReplaced) {
        this.onDataReplaced = Objects.requireNonNull(onDataReplaced, "onDataReplaced");
    }

    /** Run once, on the first start with an empty portfolio: shows the welcome (see {@link WelcomeViewModel}). */
    public void setOnFirstRun(Runnable onFirstRun) {
        this.onFirstRun = Objects.requireNonNull(onFirstRun, "onFirstRun");
    }

    /**
     * Reads the council's name and the project count, and on the first start with an empty portfolio
     * welcomes the user once. The welcome is recorded before it is shown, so it is never shown twice.
     */
    public void start() {
        tasks.run("Opening the portfolio", progress -> {
            boolean offer = facts.claimFirstRunOffer();
            return new Opened(readSummary(), offer);
        }, opened -> {
            show(opened.summary());
            if (opened.firstRun()) {
                onFirstRun.run();
            }
        }, message -> dialogs.showError("The portfolio could not be opened", message));
    }

    /** Called by pages when they have counted the projects afresh, so the status line keeps up. */
    public void projectsCounted(int count) {
        projectCount.set(count);
        statusText.set(Formats.projectCount(count) + " · Data folder: " + dataFolder);
    }

    /** From the menu: explains the sample, then loads it if the user agrees; over a full portfolio, the refusal says why. */
    public void offerSample() {
        if (projectCount.get() > 0) {
            loadSample();
        } else if (dialogs.confirm("Sample portfolio", "Load the sample portfolio?", sampleExplanation(),
                LOAD_SAMPLE, "Cancel")) {
            loadSample();
        }
    }

    /** Loads the fictional sample portfolio into the (empty) store in the background, then re-reads the page. */
    public void loadSample() {
        tasks.run("Loading the sample portfolio", progress -> {
            sample.load();
            return readSummary();
        }, summary -> {
            show(summary);
            onDataReplaced.run();
        }, message -> dialogs.showError("The sample portfolio was not loaded", message));
    }

    /** After a restore replaced the whole portfolio: reads the council's name and count afresh, then the page. */
    public void dataReplaced() {
        tasks.run("Reading the portfolio", progress -> readSummary(), summary -> {
            show(summary);
            onDataReplaced.run();
        }, message -> dialogs.showError("The portfolio could not be read", message));
    }

    public void showAbout() {
        dialogs.showInformation("About " + APP_NAME, APP_NAME + (appVersion.isEmpty() ? "" : " " + appVersion),
                "Keeps a children's services portfolio of adopted innovations and produces board briefings "
                        + "and project packs. It works offline: your data stays on this computer.\n\n"
                        + "Help › Help and keys (F1) says what each screen is for and lists every key.\n\n"
                        + "Data folder: " + dataFolder + "\n\n"
                        + "Licensed under the GNU Affero General Public License, version 3 or later.");
    }

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

    public ReadOnlyIntegerProperty projectCountProperty() {
        return projectCount.getReadOnlyProperty();
    }

    /** True once the portfolio has been opened. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sampleLoadedProperty() {
        return sampleLoaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.runningProperty();
    }

    static String sampleExplanation() {
        return ABOUT_SAMPLE + "\n\nThe sample can be loaded only into an empty portfolio.";
    }

    private Summary readSummary() {
        return facts.summary();
    }

    private void show(Summary summary) {
        String council = summary.councilName();
        heading.set(council == null ? "Portfolio" : council);
        windowTitle.set(APP_NAME + " — " + (council == null ? dataFolder.toString() : council));
        projectsCounted(summary.projects());
        sampleLoaded.set(summary.sampleLoaded());
        loaded.set(true);
    }

    private record Opened(Summary summary, boolean firstRun) {
    }
}
