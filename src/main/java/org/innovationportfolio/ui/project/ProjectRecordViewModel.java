package org.innovationportfolio.ui.project;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.innovationportfolio.model.ChangeEntry;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.innovationportfolio.logic.project.OpenedProject;
import org.innovationportfolio.logic.project.ProjectEditing;
import org.innovationportfolio.model.InvalidValueException;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;
import org.innovationportfolio.ui.briefing.DesktopFiles;
import org.innovationportfolio.ui.shell.Navigator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project record's state and commands: opening, the draft being edited, validity, unsaved
 * changes, undo, revert and save (one transaction). The tabs' own view models hang off it.
 */
public final class ProjectRecordViewModel {

    static final List<String> LEAVE_CHOICES = List.of("Save", "Discard changes", "Cancel");
    private static final Logger LOG = LoggerFactory.getLogger(ProjectRecordViewModel.class);
    private static final int UNDO_LIMIT = 200;

    private final ProjectEditing editing;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ProjectDraft draft = new ProjectDraft();
    private final OverviewViewModel overview;
    private final StatusViewModel status;
    private final MilestonesViewModel milestones;
    private final FundingViewModel funding;
    private final OutcomesViewModel outcomes;
    private final RisksViewModel risks;
    private final NotesViewModel notes;
    private final DocumentsViewModel documents;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Project");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave", false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final Deque<ProjectDraft.Snapshot> undo = new ArrayDeque<>();
    private final Deque<ProjectDraft.Snapshot> redo = new ArrayDeque<>();
    // What the message goes back to once an edit follows an action's own message ("Undone", "Saved at 09:00").
    private String lastSaved = "";
    private Project base;
    // The project asked for last, and a count of the asks: a read whose ask is not the newest is dropped,
    // so a slow read of an earlier project can never replace the one the user opened since.
    private UUID wanted;
    private long request;
    private boolean reading;
    private ProjectDraft.Snapshot saved;
    private ProjectDraft.Snapshot current;
    private String lastChange;
    private final ObservableList<ChangeEntry> history = FXCollections.observableArrayList();
    // Why this user may only read (a team portfolio's viewer); null when they may edit.
    private final String readOnlyReason;

    public ProjectRecordViewModel(DesktopContext ctx, Navigator nav, DialogService dialogs, TaskRunner tasks,
            DesktopFiles desktop) {
        this.clock = ctx.clock();
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.editing = ctx.useCases().editing();
        this.readOnlyReason = editing.readOnlyReason().orElse(null);
        this.overview = new OverviewViewModel(draft, clock, nav);
        this.status = new StatusViewModel(draft, clock);
        this.milestones = new MilestonesViewModel(draft, clock);
        this.funding = new FundingViewModel(draft, clock);
        this.outcomes = new OutcomesViewModel(draft, clock);
        this.risks = new RisksViewModel(draft, clock);
        this.notes = new NotesViewModel(draft, clock);
        this.documents = new DocumentsViewModel(ctx.useCases().documents(), tasks,
                dialogs, desktop);
        draft.onChange(this::changed);
        for (TextInput<?> input : draft.inputs()) {
            input.errorProperty().addListener((obs, old, now) -> updateState());
        }
        tasks.runningProperty().addListener((obs, old, now) -> updateState());
    }

    /**
     * Reads the project in the background and shows it; unsaved changes to the previous one are dropped.
     * Only the newest open (or refresh) is shown: what an earlier one read is dropped when it arrives.
     */
    public void open(UUID projectId) {
        wanted = java.util.Objects.requireNonNull(projectId, "projectId");
        long ask = ++request;
        reading = true;
        loaded.set(false);
        message.set("Opening the project…");
        tasks.run("Opening the project", progress -> editing.open(projectId), opened -> {
            if (ask == request) {
                reading = false;
                show(opened);
            } else {
                LOG.debug("Dropped a superseded read of project {}", opened.project().id());
            }
        }, failure -> {
            if (ask == request) {
                reading = false;
                message.set(failure);
                dialogs.showError("The project could not be opened", failure);
            }
        });
    }

    /**
     * Reads the project last asked for again, unless there are unsaved changes (they are kept) or its read is
     * still on the way (that read is fresh).
     */
    public void refresh() {
        if (wanted != null && !reading && !dirty.get()) {
            open(wanted);
        }
    }

    /** The project last asked for (perhaps still being read), or null before the first. */
    public UUID projectId() {
        return wanted;
    }

    /** Saves in the background, in one transaction; false (and nothing saved) when something is invalid. */
    public boolean save() {
        return save(() -> { });
    }

    /**
     * Saves in the background (the window's busy indicator shows "Saving …"), then runs {@code afterSaved} on the
     * JavaFX thread; false (and nothing saved) when something is invalid. A save answered after the user opened
     * another project is not shown over it, and does not run {@code afterSaved}.
     */
    private boolean save(Runnable afterSaved) {
        if (readOnlyReason != null) {
            message.set("Nothing was saved: " + readOnlyReason);
            return false;
        }
        Project project = projectToSave();
        if (project == null) {
            return false;
        }
        long ask = request;
        // The history is read back in the same background work, so the History tab shows this save at once.
        tasks.run("Saving \"" + project.title() + "\"", progress -> {
            Project stored = editing.save(project);
            return Map.entry(stored, editing.history(stored.id()));
        }, done -> {
            if (ask == request) {
                saved(done.getKey());
                history.setAll(done.getValue());
                afterSaved.run();
            }
        }, failure -> dialogs.showError("The project was not saved", failure));
        return true;
    }

    /** As {@link #canLeave(Runnable)}, with nothing to do once a chosen save is done. */
    public boolean canLeave() {
        return canLeave(() -> { });
    }

    /**
     * Asks Save / Discard / Cancel when there are unsaved changes; true when it is fine to leave now. Save
     * answers false (stay) and saves in the background, off the JavaFX thread; once saved, {@code leaveLater}
     * runs on the JavaFX thread to leave. A save that fails shows why, and the user stays.
     */
    public boolean canLeave(Runnable leaveLater) {
        java.util.Objects.requireNonNull(leaveLater, "leaveLater");
        if (!dirty.get()) {
            return true;
        }
        int choice = dialogs.choose("Unsaved changes", "Save the changes to \"" + title.get() + "\"?",
                "You have changed this project since it was last saved. Save the changes, discard them, or "
                        + "cancel to stay on the project.", LEAVE_CHOICES);
        return switch (choice) {
            case 0 -> {
                save(leaveLater);
                yield false;
            }
            case 1 -> {
                revert();
                yield true;
            }
            default -> false;
        };
    }

    /** Undoes the last edit within the record. */
    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        redo.push(current);
        current = undo.pop();
        draft.restore(current);
        lastChange = null;
        updateState();
        message.set("Undone");
    }

    /** Makes again the last edit undone, until a new edit is made. */
    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        undo.push(current);
        current = redo.pop();
        draft.restore(current);
        lastChange = null;
        updateState();
        message.set("Redone");
    }

    /** Puts everything back as last saved. */
    public void revert() {
        if (saved == null) {
            return;
        }
        draft.restore(saved);
        current = saved;
        undo.clear();
        redo.clear();
        lastChange = null;
        updateState();
        message.set("Reverted to the last saved version");
    }

    private Project projectToSave() {
        if (base == null) {
            return null;
        }
        if (!valid.get()) {
            message.set("Nothing was saved: correct the entries marked in red first.");
            return null;
        }
        try {
            return draft.toProject(base);
        } catch (InvalidValueException e) {
            message.set("Nothing was saved: " + e.getMessage());
            return null;
        }
    }

    private void show(OpenedProject opened) {
        base = opened.project();
        draft.load(base);
        saved = draft.snapshot();
        current = saved;
        undo.clear();
        redo.clear();
        lastChange = null;
        overview.showInnovation(base.innovationId(), opened.innovationTitle());
        documents.show(base.id(), opened.documents());
        history.setAll(opened.history());
        milestones.clearForm();
        status.resetForm();
        outcomes.selectedProperty().set(base.outcomes().isEmpty() ? null : base.outcomes().get(0));
        outcomes.clearForm();
        outcomes.measureForm().clearForm();
        funding.clearForm();
        risks.clearForm();
        notes.clearForm();
        title.set(base.title());
        loaded.set(true);
        lastSaved = "Last saved " + org.innovationportfolio.ui.Formats.date(
                base.lastModified().atZone(clock.getZone()).toLocalDate());
        message.set(lastSaved);
        updateState();
    }

    private void saved(Project project) {
        base = project;

        saved = draft.snapshot();
        title.set(project.title());
        updateState();
        String time = LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm"));
        lastSaved = "Last saved at " + time;
        message.set("Saved at " + time);
    }

    private void changed(String key) {
        // Typing into one field is one undo step; each list edit is its own.
        if (!key.equals(lastChange) || key.equals("list")) {
            undo.push(current);
            while (undo.size() > UNDO_LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        current = draft.snapshot();
        lastChange = key;
        updateState();
        // The message said what the last action did ("Undone", "Saved at 09:00"); an edit is the last action now.
        message.set(lastSaved);
    }

    private void updateState() {
        // A half-filled entry form (a milestone not yet added) is not part of the project: it never blocks saving.
        boolean ok = draft.isValid();
        valid.set(ok);
        dirty.set(saved != null && !saved.sameAs(draft.snapshot()));
        canSave.set(readOnlyReason == null && loaded.get() && dirty.get() && ok && !tasks.runningProperty().get());
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        if (draft.title.value() != null) {
            title.set(draft.title.value());
        }
    }

    /** The zone the window shows times in. */
    java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** Who changed what in the open project, newest first. */
    public ObservableList<ChangeEntry> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    /** False when this user may only read (a team portfolio's viewer): see {@link #readOnlyReason()}. */
    public boolean canEdit() {
        return readOnlyReason == null;
    }

    /** Why this user may only read, in words for a banner; null when they may edit. */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True when the record differs from what was last saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** False while any field holds something that cannot be read or breaks a rule. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** A status line saying what the last action did: "Saved at 09:00", "Undone", "Nothing was saved: …". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ProjectDraft draft() {
        return draft;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public StatusViewModel status() {
        return status;
    }

    public MilestonesViewModel milestones() {
        return milestones;
    }

    public FundingViewModel funding() {
        return funding;
    }

    public OutcomesViewModel outcomes() {
        return outcomes;
    }

    public RisksViewModel risks() {
        return risks;
    }

    public NotesViewModel notes() {
        return notes;
    }

    public DocumentsViewModel documents() {
        return documents;
    }
}
