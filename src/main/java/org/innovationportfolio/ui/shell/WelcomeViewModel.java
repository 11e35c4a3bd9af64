package org.innovationportfolio.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.innovationportfolio.logic.portfolio.WorkspaceFacts;
import org.innovationportfolio.model.Checks;
import org.innovationportfolio.model.InvalidValueException;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;

/**
 * The first-run welcome: explore the fictional sample, start an empty portfolio (asking once for the council's and
 * the officer's names, kept as settings that packs and briefings use), or import a colleague's project pack.
 * Holds no controls; the view closes itself when {@link #doneProperty()} turns true.
 */
public final class WelcomeViewModel {

    /** Where the welcome is: the three choices, or the two names an empty portfolio starts with. */
    public enum Step { CHOOSE, NAMES }

    public static final String TITLE = "Welcome to " + WorkspaceViewModel.APP_NAME;
    public static final String EXPLORE_SAMPLE = "_Explore the sample portfolio";
    public static final String START_EMPTY = "_Start an empty portfolio…";
    public static final String IMPORT_PACK = "_Import a project pack from a colleague…";
    public static final String PROTECT = "Protect it with a password (Alt+P)";

    private final WorkspaceFacts facts;
    private final Path dataFolder;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Runnable loadSample;
    private final Runnable importPack;
    private final Runnable started;
    private final Runnable protect;
    private final javafx.beans.property.BooleanProperty protectWithPassword =
            new javafx.beans.property.SimpleBooleanProperty(this, "protectWithPassword", false);

    private final StringProperty councilName = new SimpleStringProperty(this, "councilName", "");
    private final StringProperty officerName = new SimpleStringProperty(this, "officerName", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);
    private final javafx.beans.property.ReadOnlyObjectWrapper<Step> step =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "step", Step.CHOOSE);

    /**
     * @param loadSample loads the fictional sample (into the empty portfolio)
     * @param importPack opens the project-pack import, from choosing the file to the preview
     * @param started run once the names are kept, to read the portfolio afresh (its heading is the council's name)
     */
    public WelcomeViewModel(WorkspaceFacts facts, Path dataFolder, DialogService dialogs, TaskRunner tasks, Runnable loadSample,
            Runnable importPack, Runnable started) {
        this(facts, dataFolder, dialogs, tasks, loadSample, importPack, started, null);
    }

    /**
     * As above, offering to protect the new portfolio with a password before it gets its first data.
     *
     * @param protect asks for a new password (with the warning that a forgotten one cannot be recovered) and
     *     encrypts the portfolio, as File › Protect with a password… does; null when protection is not offered
     */
    public WelcomeViewModel(WorkspaceFacts facts, Path dataFolder, DialogService dialogs, TaskRunner tasks, Runnable loadSample,
            Runnable importPack, Runnable started, Runnable protect) {
        this.protect = protect;
        this.facts = Objects.requireNonNull(facts, "facts");
        this.dataFolder = Objects.requireNonNull(dataFolder, "dataFolder");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.loadSample = Objects.requireNonNull(loadSample, "loadSample");
        this.importPack = Objects.requireNonNull(importPack, "importPack");
        this.started = Objects.requireNonNull(started, "started");
    }

    /** What the fictional sample is, in a sentence or two. */
    public String aboutSample() {
        return "The sample belongs to Northbrook Borough Council, a fictional council: its projects, people and "
                + "figures are made up to show what the application does.";
    }

    /** Where the data lives. */
    public String whereDataLives() {
        return HelpTopics.yourData(dataFolder.toString()).text();
    }

    /** How the data is backed up. */
    public String howItIsBackedUp() {
        return HelpTopics.backups(dataFolder.toString());
    }

    /** True when the welcome offers password protection (the "Protect it with a password" box is shown). */
    public boolean protectionOffered() {
        return protect != null;
    }

    /** What the officer must know before choosing protection, said beside the box. */
    public String aboutProtection() {
        return "The portfolio and its backups are encrypted, and the app asks for the password each time it starts. "
                + org.innovationportfolio.logic.ports.Protection.FORGOTTEN_PASSWORD_WARNING;
    }

    /** Ticked: exploring the sample or starting empty first asks for a password and encrypts the portfolio. */
    public javafx.beans.property.BooleanProperty protectWithPasswordProperty() {
        return protectWithPassword;
    }

    public void exploreSample() {
        finish();
        // Before the sample: the portfolio is encrypted while still empty, and no unprotected backup is made of it.
        protectIfChosen();
        loadSample.run();
    }

    private void protectIfChosen() {
        if (protect != null && protectWithPassword.get()) {
            protect.run();
        }
    }

    public void importPack() {
        finish();
        importPack.run();
    }

    /** Asks for the council's and the officer's names before starting empty. */
    public void chooseEmpty() {
        problem.set("");
        step.set(Step.NAMES);
    }

    /** Back to the three choices. */
    public void back() {
        problem.set("");
        step.set(Step.CHOOSE);
    }

    /**
     * Keeps the two names as the portfolio's settings, then closes the welcome; a missing or unusable name is
     * said in {@link #problemProperty()} and nothing is kept.
     */
    public void startEmpty() {
        String council;
        String officer;
        try {
            council = Checks.optionalShort(councilName.get(), "The council's name");
            officer = Checks.optionalShort(officerName.get(), "Your name");
        } catch (InvalidValueException e) {
            problem.set(e.getMessage());
            return;
        }
        if (council == null || officer == null) {
            problem.set(council == null
                    ? "Type the council's name: it goes on your briefing packs and on the project packs you send."
                    : "Type your name: colleagues see it as the sender of the project packs you send.");
            return;
        }
        problem.set("");
        tasks.run("Keeping the council's and your names", progress -> {
            facts.keepNames(council, officer);
            return council;
        }, kept -> {
            finish();
            started.run();
            protectIfChosen();
        }, message -> dialogs.showError("The names were not kept", message));
    }

    /** True when the council's name is the field at fault, so the view can put the cursor there. */
    public boolean councilNameMissing() {
        return councilName.get() == null || councilName.get().isBlank();
    }

    /** Closes the welcome without choosing: the empty portfolio still offers the sample until it has projects. */
    public void later() {
        finish();
    }

    private void finish() {
        done.set(true);
    }

    public StringProperty councilNameProperty() {
        return councilName;
    }

    public StringProperty officerNameProperty() {
        return officerName;
    }

    /** What stops the names being kept, in words for the officer; empty when nothing does. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
