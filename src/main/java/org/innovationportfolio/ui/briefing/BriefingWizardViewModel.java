package org.innovationportfolio.ui.briefing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.briefing.BriefingExport;
import org.innovationportfolio.logic.briefing.BriefingFormat;
import org.innovationportfolio.logic.briefing.BriefingRequest;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.logic.briefing.ExportCancelledException;
import org.innovationportfolio.logic.briefing.Marking;
import org.innovationportfolio.logic.briefing.PreparedBriefing;
import org.innovationportfolio.logic.briefing.RenderProgress;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;

/**
 * The briefing pack wizard's state and commands: board, date, author, marking, projects, sections and
 * formats; making the pack in the background with progress and cancel. Holds no controls.
 */
public final class BriefingWizardViewModel {

    private final BriefingExport export;
    private final PortfolioListing listing;
    private final DialogService dialogs;
    private final TaskRunner tasks;

    private final StringProperty board = new SimpleStringProperty(this, "board", BriefingRequest.DEFAULT_BOARD);
    private final ObjectProperty<LocalDate> meetingDate = new SimpleObjectProperty<>(this, "meetingDate");
    private final StringProperty author = new SimpleStringProperty(this, "author", "");
    private final ObjectProperty<Marking> marking = new SimpleObjectProperty<>(this, "marking", Marking.OFFICIAL);
    private final BooleanProperty word = new SimpleBooleanProperty(this, "word", true);
    private final BooleanProperty pdf = new SimpleBooleanProperty(this, "pdf", true);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final StringProperty fileName = new SimpleStringProperty(this, "fileName", "");
    private final Map<BriefingSection, BooleanProperty> sections = new EnumMap<>(BriefingSection.class);
    private final ObservableList<ProjectChoice> projects = FXCollections.observableArrayList(
            choice -> new javafx.beans.Observable[] {choice.chosenProperty()});
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding ready;
    private TaskRunner.Cancellable running;

    public BriefingWizardViewModel(BriefingExport export, PortfolioListing listing, Clock clock, Path folder,
            DialogService dialogs, TaskRunner tasks) {
        this.export = export;
        this.listing = listing;
        this.dialogs = dialogs;
        this.tasks = tasks;
        LocalDate today = LocalDate.now(clock);
        meetingDate.set(today);
        this.folder.set(folder);
        fileName.set("Briefing pack " + today);
        for (BriefingSection section : BriefingSection.values()) {
            sections.put(section, new SimpleBooleanProperty(this, section.key(), true));
        }
        meetingDate.addListener((o, was, now) -> {
            if (now != null && fileName.get().equals("Briefing pack " + was)) {
                fileName.set("Briefing pack " + now);
            }
        });
        ready = Bindings.createBooleanBinding(() -> problem() == null, board, meetingDate, word, pdf, this.folder, fileName,
                projects, working);
        sections.values().forEach(p -> p.addListener((o, a, b) -> ready.invalidate()));
    }

    /** Reads the projects to choose from, all ticked. */
    public void load() {
        tasks.run("Reading the portfolio", progress -> listing.rows(),
                rows -> projects.setAll(rows.stream().map(ProjectChoice::new).toList()),
                message -> dialogs.showError("The portfolio could not be read", message));
    }

    /** What stops the pack being made now, in words for the user; null when it can be made. */
    public String problem() {
        if (working.get()) {
            return "A pack is being made.";
        }
        if (board.get() == null || board.get().isBlank()) {
            return "Enter the board or meeting.";
        }
        if (meetingDate.get() == null) {
            return "Choose the meeting date.";
        }
        if (!word.get() && !pdf.get()) {
            return "Choose Word, PDF or both.";
        }
        if (projects.stream().noneMatch(p -> p.chosenProperty().get())) {
            return "Choose at least one project.";
        }
        if (sections.values().stream().noneMatch(BooleanProperty::get)) {
            return "Choose at least one section.";
        }
        if (folder.get() == null || fileName.get() == null || fileName.get().isBlank()) {
            return "Choose the folder and file name.";
        }
        return null;
    }

    /** Makes the pack in the background; the status line says where it went, or why not. */
    public void makePack() {
        if (problem() != null) {
            status.set(problem());
            return;
        }
        BriefingRequest request = request();
        Map<BriefingFormat, Path> targets = targets();
        working.set(true);
        status.set("Making the briefing pack…");
        running = tasks.run("Making the briefing pack", progress -> {
            try {
                PreparedBriefing prepared = export.prepare(request);
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
                return export.export(prepared, targets, render);
            } catch (ExportCancelledException e) {
                return List.<Path>of();
            }
        }, written -> {
            working.set(false);
            status.set(written.isEmpty() ? "Cancelled. No file was written."
                    : "Briefing pack written: " + String.join(" and ", written.stream().map(Path::toString).toList()) + ".");
        }, message -> {
            working.set(false);
            status.set("The briefing pack was not made.");
            dialogs.showError("The briefing pack was not made", message);
        });
    }

    /** Asks the running pack to stop; nothing is written. */
    public void cancel() {
        if (running != null && working.get()) {
            running.cancel();
            status.set("Cancelling…");
        }
    }

    BriefingRequest request() {
        Set<BriefingSection> chosen = EnumSet.noneOf(BriefingSection.class);
        sections.forEach((section, on) -> {
            if (on.get()) {
                chosen.add(section);
            }
        });
        List<java.util.UUID> ids = projects.stream().filter(p -> p.chosenProperty().get()).map(ProjectChoice::id).toList();
        try {
            return new BriefingRequest(board.get(), meetingDate.get(), author.get(), marking.get(),
                    ids.size() == projects.size() ? List.of() : ids, chosen);
        } catch (RefusedException e) {
            status.set(e.getMessage());
            throw e;
        }
    }

    Map<BriefingFormat, Path> targets() {
        Map<BriefingFormat, Path> targets = new LinkedHashMap<>();
        String base = fileName.get().strip().replaceAll("\\.(docx|pdf)$", "");
        if (word.get()) {
            targets.put(BriefingFormat.DOCX, folder.get().resolve(base + ".docx"));
        }
        if (pdf.get()) {
            targets.put(BriefingFormat.PDF, folder.get().resolve(base + ".pdf"));
        }
        return targets;
    }

    public StringProperty boardProperty() {
        return board;
    }

    public ObjectProperty<LocalDate> meetingDateProperty() {
        return meetingDate;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public ObjectProperty<Marking> markingProperty() {
        return marking;
    }

    public BooleanProperty wordProperty() {
        return word;
    }

    public BooleanProperty pdfProperty() {
        return pdf;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public StringProperty fileNameProperty() {
        return fileName;
    }

    public BooleanProperty sectionProperty(BriefingSection section) {
        return sections.get(section);
    }

    public ObservableList<ProjectChoice> projects() {
        return projects;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when the pack can be made now. */
    public BooleanBinding readyBinding() {
        return ready;
    }

    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return tasks.progressProperty();
    }
}
