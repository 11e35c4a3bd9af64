package org.innovationportfolio.ui.briefing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.briefing.BoardReport;
import org.innovationportfolio.logic.briefing.BriefingExport;
import org.innovationportfolio.logic.briefing.BriefingFormat;
import org.innovationportfolio.logic.briefing.BriefingRequest;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.logic.briefing.ExportCancelledException;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.briefing.PrintSize;
import org.innovationportfolio.logic.ports.PackRecord;
import org.innovationportfolio.logic.briefing.PreparedBriefing;
import org.innovationportfolio.logic.briefing.RenderProgress;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;

/**
 * The briefing pack wizard's state and commands, step by step: meeting details, projects, sections, output;
 * then making the pack in the background with progress and cancel, and handing the files to the desktop.
 * Holds no controls.
 */
public final class BriefingWizardViewModel {

    /** The wizard's steps, in order. */
    public enum Step {
        MEETING("Meeting"), PROJECTS("Projects"), SECTIONS("Sections"), REPORT("Report"), OUTPUT("Output");

        private final String title;

        Step(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** Where making the pack has got to. */
    public enum Outcome { NOT_STARTED, WORKING, WRITTEN, CANCELLED, FAILED }

    private static final Map<BriefingSection, String> DESCRIPTIONS = new EnumMap<>(Map.of(
            BriefingSection.EXECUTIVE_SUMMARY, "One page: the asks, RAG, spend against forecast, the sustainability gap and "
                    + "overdue milestones by name.",
            BriefingSection.RAG_TABLE, "A table of every project's RAG status, Red first.",
            BriefingSection.PIPELINE, "How many projects are at each stage, with a chart.",
            BriefingSection.FUNDING, "Funding by financial year and source, and the gap when grants end.",
            BriefingSection.MILESTONES, "Milestones overdue and those due in the next 90 days.",
            BriefingSection.RISKS, "The highest-scoring risks across the projects.",
            BriefingSection.CHANGES, "RAG and stage movements, milestones and projects since the last pack.",
            BriefingSection.PROJECT_PAGES, "A page per project: its decision sought, status, milestones, funding, outcomes, "
                    + "risks and decisions."));

    private final BriefingExport export;
    private final PortfolioListing listing;
    private final Clock clock;
    private final Path defaultFolder;
    private final BriefingPreferences preferences;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final DesktopFiles desktop;

    private final MeetingDetails meeting;
    private final ReportDetails report = new ReportDetails();
    private final ProjectSelection projects = new ProjectSelection();
    private final Map<BriefingSection, BooleanProperty> sections = new EnumMap<>(BriefingSection.class);
    private final ReadOnlyStringWrapper lastPack = new ReadOnlyStringWrapper(this, "lastPack", "");
    private final BriefingOutput output = new BriefingOutput();
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.MEETING);
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome", Outcome.NOT_STARTED);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<Path> written = FXCollections.observableArrayList();
    private final StringBinding sectionsError;
    private final StringBinding summary;
    private final BooleanBinding stepValid;
    private final BooleanBinding working;
    private TaskRunner.Cancellable running;
    private volatile boolean started;
    private String defaultFileName = "";
    private String portfolioCouncil = "";

    public BriefingWizardViewModel(BriefingExport export, PortfolioListing listing, Clock clock,
            Path defaultFolder, BriefingPreferences preferences, DialogService dialogs, TaskRunner tasks,
            DesktopFiles desktop) {
        this.export = export;
        this.listing = listing;
        this.clock = clock;
        this.defaultFolder = defaultFolder;
        this.preferences = preferences;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.desktop = desktop;
        for (BriefingSection section : BriefingSection.values()) {
            sections.put(section, new SimpleBooleanProperty(this, section.key(), true));
        }
        meeting = new MeetingDetails(LocalDate.now(clock));
        meeting.meetingDateProperty().addListener((o, was, now) -> followMeetingDate(now));
        followMeetingDate(meeting.meetingDateProperty().get());
        meeting.boardProperty().addListener((o, was, now) -> report.followBoard(meeting.boardForRequest()));
        report.followBoard(meeting.boardForRequest());
        sectionsError = Bindings.createStringBinding(() -> sections.values().stream().anyMatch(BooleanProperty::get) ? ""
                : "Tick at least one section.", sections.values().toArray(Observable[]::new));
        working = outcome.isEqualTo(Outcome.WORKING);
        stepValid = Bindings.createBooleanBinding(() -> problemAt(step.get()) == null, step, meeting.boardErrorBinding(),
                meeting.meetingDateErrorProperty(),
                projects.chosenCountBinding(), projects.projects(), sectionsError, report.errorBinding(),
                output.formatErrorBinding(),
                output.folderErrorBinding(), output.fileNameErrorBinding());
        summary = Bindings.createStringBinding(this::summaryText, meeting.boardProperty(), meeting.meetingDateProperty(),
                meeting.authorProperty(), meeting.councilProperty(), meeting.markingProperty(),
                projects.chosenCountBinding(), sectionsError, output.wordProperty(), output.pdfProperty(),
                output.largePrintProperty(), output.folderProperty(), output.savedAsBinding());
    }

    /** Fills in what was remembered from the last run and reads the projects to choose from. */
    public void load() {
        BriefingPreferences.Remembered remembered = preferences.read();
        if (remembered.board() != null) {
            meeting.boardProperty().set(remembered.board());
        }
        meeting.authorProperty().set(remembered.author() == null ? "" : remembered.author());
        meeting.markingProperty().set(remembered.marking() == null ? Marking.OFFICIAL : remembered.marking());
        output.largePrintProperty().set(remembered.printSize() == PrintSize.LARGE);
        Path folder = remembered.folder() != null && Files.isDirectory(remembered.folder()) ? remembered.folder() : defaultFolder;
        output.folderProperty().set(folder == null ? "" : folder.toString());
        tasks.run("Reading the portfolio", progress -> {
            BriefingExport.Names names = export.names();
            return new Portfolio(listing.rows(), names.council(), names.officer(), export.remembered());
        }, portfolio -> {
                    projects.setRows(portfolio.rows());
                    report.remember(portfolio.remembered());
                    if (remembered.author() == null && meeting.authorProperty().get().isEmpty()) {
                        // The officer's name, given once at the first run, until a pack names another author.
                        meeting.authorProperty().set(portfolio.officer());
                    }
                    portfolioCouncil = portfolio.council();
                    meeting.councilProperty().set(remembered.council() != null ? remembered.council() : portfolio.council());
                }, message -> dialogs.showError("The portfolio could not be read", message));
    }

    private record Portfolio(List<org.innovationportfolio.logic.portfolio.PortfolioRow> rows, String council,
            String officer, BoardReport remembered) {
    }

    /** What stops the officer leaving {@code at} for the next step, in words for them; null when nothing does. */
    public String problemAt(Step at) {
        return switch (at) {
            case MEETING -> meeting.problem();
            case PROJECTS -> projects.problem();
            case SECTIONS -> sectionsError.get().isEmpty() ? null : sectionsError.get();
            case REPORT -> report.problem();
            case OUTPUT -> output.problem();
        };
    }

    /** What stops the pack being made now; null when it can be made. */
    public String problem() {
        for (Step each : Step.values()) {
            String problem = problemAt(each);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Goes on to the next step when this one is filled in correctly. */
    public void next() {
        if (working.get() || !stepValid.get() || step.get() == Step.OUTPUT) {
            return;
        }
        goTo(Step.values()[step.get().ordinal() + 1]);
    }

    /** Goes back a step, keeping everything entered. */
    public void back() {
        if (working.get()) {
            return;
        }
        if (outcome.get() != Outcome.NOT_STARTED) {
            // From the finished, cancelled or failed pack back to the output step, to change it and go again.
            outcome.set(Outcome.NOT_STARTED);
            status.set("");
            output.recheck();
        } else if (step.get() != Step.MEETING) {
            goTo(Step.values()[step.get().ordinal() - 1]);
        }
    }

    private void goTo(Step to) {
        if (to == Step.SECTIONS) {
            findLastPack();
        }
        if (to == Step.OUTPUT) {
            output.recheck();
        }
        if (outcome.get() != Outcome.WORKING) {
            outcome.set(Outcome.NOT_STARTED);
            status.set("");
        }
        step.set(to);
    }

    /** Reads which earlier pack "Changes since the last pack" will compare with, as the export will choose it. */
    private void findLastPack() {
        LocalDate date = meeting.meetingDateProperty().get();
        if (date == null) {
            return;
        }
        String forBoard = meeting.boardForRequest();
        tasks.run("Finding the last briefing pack", progress -> export.lastPackBefore(forBoard, date),
                found -> lastPack.set(describeLastPack(found)),
                message -> lastPack.set("The earlier packs could not be read: " + message));
    }

    private String describeLastPack(Optional<PackRecord> found) {
        if (found.isEmpty()) {
            return "No earlier pack has been made for a meeting before " + DateText.format(meeting.meetingDateProperty().get())
                    + ", so this section will say there is nothing to compare with yet.";
        }
        PackRecord pack = found.get();
        return "Compares with the pack for " + pack.board() + " on " + DateText.format(pack.meetingDate())
                + ", made " + DateText.format(LocalDate.ofInstant(pack.produced(), clock.getZone())) + ".";
    }

    /** Makes the pack in the background; {@link #outcomeProperty()} and the status say how it went. */
    public void generate() {
        if (working.get()) {
            return;
        }
        String problem = problem();
        if (problem != null) {
            status.set(problem);
            return;
        }
        BriefingRequest request = request();
        Map<BriefingFormat, Path> targets = output.targets();
        PrintSize size = output.printSize();
        String councilForPack = meeting.councilProperty().get();
        written.clear();
        started = false;
        outcome.set(Outcome.WORKING);
        status.set("Making the briefing pack for " + request.board() + "…");
        running = tasks.run("Making the briefing pack", progress -> {
            started = true;
            RenderProgress render = new RenderProgress() {
                @Override
                public void worked(int done, int total) {
                    progress.update(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelRequested();
                }
            };
            try {
                PreparedBriefing prepared = export.prepare(request, councilForPack);
                render.checkCancelled();
                return export.export(prepared, targets, size, render);
            } catch (ExportCancelledException e) {
                return List.<Path>of();
            }
        }, this::finished, message -> {
            outcome.set(Outcome.FAILED);
            status.set("The briefing pack was not made. " + message);
            dialogs.showError("The briefing pack was not made", message);
        });
    }

    private void finished(List<Path> files) {
        if (files.isEmpty()) {
            outcome.set(Outcome.CANCELLED);
            status.set("Cancelled. No file was written.");
            return;
        }
        written.setAll(files);
        outcome.set(Outcome.WRITTEN);
        status.set("Saved in " + files.get(0).getParent() + ":");
        preferences.save(new BriefingPreferences.Remembered(meeting.boardForRequest(), meeting.authorProperty().get(),
                councilToRemember(), meeting.markingProperty().get(), output.folderPath(), output.printSize()));
    }

    /** A council typed for the packs is remembered; the portfolio's own is not, so renaming the portfolio carries through. */
    private String councilToRemember() {
        String typed = meeting.councilProperty().get();
        return typed == null || typed.strip().equals(portfolioCouncil) ? null : typed.strip();
    }

    /** Asks the pack being made to stop; nothing is written. */
    public void cancel() {
        if (running == null || !working.get()) {
            return;
        }
        running.cancel();
        if (!started) {
            // Queued behind other work: the runner drops it without calling back, so say so now.
            outcome.set(Outcome.CANCELLED);
            status.set("Cancelled. No file was written.");
        } else {
            status.set("Cancelling… nothing will be written.");
        }
    }

    /** Opens a written file in its application. */
    public void open(Path file) {
        new FileOpening(desktop, tasks, dialogs).open(file, file.getFileName().toString());
    }

    /** Shows the folder the pack was written to. */
    public void showInFolder() {
        if (written.isEmpty()) {
            return;
        }
        Path file = written.get(0);
        tasks.run("Showing the folder", progress -> {
            desktop.showInFolder(file);
            return file;
        }, shown -> { }, message -> dialogs.showError("The folder could not be shown", message));
    }

    BriefingRequest request() {
        Set<BriefingSection> chosen = EnumSet.noneOf(BriefingSection.class);
        sections.forEach((section, on) -> {
            if (on.get()) {
                chosen.add(section);
            }
        });
        return new BriefingRequest(meeting.boardForRequest(), meeting.meetingDateProperty().get(),
                meeting.authorProperty().get(), meeting.markingProperty().get(), projects.requestIds(), chosen,
                report.toReport());
    }

    /** The file name follows the meeting date until the officer gives it a name of their own. */
    private void followMeetingDate(LocalDate date) {
        String name = output.fileNameProperty().get();
        if (date != null && (name.isBlank() || name.equals(defaultFileName))) {
            defaultFileName = "Briefing pack " + date;
            output.fileNameProperty().set(defaultFileName);
        }
    }

    private String summaryText() {
        StringBuilder text = new StringBuilder(meeting.summary()).append('\n');
        text.append("Projects: ").append(ProjectSelection.countOf(projects.chosenCountBinding().get())).append('\n');
        long on = sections.values().stream().filter(BooleanProperty::get).count();
        text.append("Sections: ").append(on == sections.size() ? "all " + on : on + " of " + sections.size()).append('\n');
        text.append("Format: ").append(output.formats());
        if (output.largePrintProperty().get()) {
            text.append(", large print");
        }
        return text.toString();
    }

    /** One line saying what a section holds; for Changes, which earlier pack it compares with. */
    public String describe(BriefingSection section) {
        return DESCRIPTIONS.get(section);
    }

    public MeetingDetails meeting() {
        return meeting;
    }

    /** Purpose, decision sought, implications and contact officer. */
    public ReportDetails report() {
        return report;
    }

    public ProjectSelection projects() {
        return projects;
    }

    public BooleanProperty sectionProperty(BriefingSection section) {
        return sections.get(section);
    }

    public StringBinding sectionsErrorBinding() {
        return sectionsError;
    }

    /** Which earlier pack "Changes since the last pack" compares with, once the Sections step is shown. */
    public ReadOnlyStringProperty lastPackProperty() {
        return lastPack.getReadOnlyProperty();
    }

    public BriefingOutput output() {
        return output;
    }

    /** Everything chosen, a line each, for the last step. */
    public StringBinding summaryBinding() {
        return summary;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    /** True when the step showing is filled in well enough to go on. */
    public BooleanBinding stepValidBinding() {
        return stepValid;
    }

    public BooleanBinding workingBinding() {
        return working;
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The files the last run wrote. */
    public ObservableList<Path> written() {
        return written;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return tasks.progressProperty();
    }
}
