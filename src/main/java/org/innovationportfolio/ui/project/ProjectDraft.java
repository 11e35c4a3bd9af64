package org.innovationportfolio.ui.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StatusUpdate;

/**
 * The project as it is being edited: the overview's fields as typed and the lists of milestones,
 * funding and the rest, with snapshots for undo and for telling whether anything changed.
 */
final class ProjectDraft {

    final TextInput<String> title = Inputs.requiredText("The project title");
    final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(this, "stage", Stage.EXPLORING);
    final TextInput<String> leadOfficer = Inputs.text("The lead officer");
    final TextInput<String> sponsor = Inputs.text("The sponsor");
    final TextInput<String> governanceBoard = Inputs.text("The governance board");
    final TextInput<LocalDate> startDate = Inputs.optionalDate("The start date");
    final TextInput<LocalDate> endDate = Inputs.optionalDate("The end date");
    final TextInput<String> targetCohort = Inputs.longText("The target cohort");
    final TextInput<String> objectives = Inputs.longText("The objectives");
    final TextInput<String> tags = Inputs.tags();
    final TextInput<String> decisionSought = Inputs.longText("The decision sought from the board");

    final ObservableList<Partner> partners = FXCollections.observableArrayList();
    final ObservableList<StatusUpdate> statusHistory = FXCollections.observableArrayList();
    final ObservableList<Milestone> milestones = FXCollections.observableArrayList();
    final ObservableList<FundingLine> funding = FXCollections.observableArrayList();
    final ObservableList<OutcomeMeasure> outcomes = FXCollections.observableArrayList();
    final ObservableList<Risk> risks = FXCollections.observableArrayList();
    final ObservableList<Note> notes = FXCollections.observableArrayList();

    private final List<TextInput<?>> inputs = List.of(title, leadOfficer, sponsor, governanceBoard, startDate, endDate,
            targetCohort, objectives, tags, decisionSought);
    private final List<Consumer<String>> changeListeners = new ArrayList<>();
    private boolean quiet;

    ProjectDraft() {
        endDate.rule(end -> end != null && startDate.value() != null && end.isBefore(startDate.value())
                ? "The end date is before the start date (" + DateText.format(startDate.value()) + "): check both."
                : null);
        startDate.textProperty().addListener((obs, old, now) -> endDate.validate());
        watch("title", title);
        watch("lead", leadOfficer);
        watch("sponsor", sponsor);
        watch("board", governanceBoard);
        watch("start", startDate);
        watch("end", endDate);
        watch("cohort", targetCohort);
        watch("objectives", objectives);
        watch("tags", tags);
        watch("decision", decisionSought);
        stage.addListener((obs, old, now) -> changed("stage"));
        for (ObservableList<?> list : lists()) {
            list.addListener((javafx.collections.ListChangeListener<Object>) c -> changed("list"));
        }
    }

    /** Called with a key naming what changed ("title", "list"…) after every change made by the user. */
    void onChange(Consumer<String> listener) {
        changeListeners.add(listener);
    }

    List<TextInput<?>> inputs() {
        return inputs;
    }

    /** True when every overview field can be read and keeps the rules. */
    boolean isValid() {
        return inputs.stream().allMatch(TextInput::isValid);
    }

    void load(Project p) {
        restore(Snapshot.of(p));
    }

    /** Replaces a list's content in one change, kept in {@code order}. */
    <T> void edit(ObservableList<T> list, UnaryOperator<List<T>> change, Comparator<T> order) {
        List<T> next = new ArrayList<>(change.apply(new ArrayList<>(list)));
        next.sort(order);
        list.setAll(next);
    }

    /**
     * The project as drafted, on top of {@code base} (its id, stage history, provenance and times); the
     * draft must be valid. A stage changed here is added to the history when it is saved.
     */
    Project toProject(Project base) {
        List<String> tagList = Inputs.tagList(tags.value());
        return new Project(base.id(), title.value(), base.innovationId(), stage.get(), leadOfficer.value(),
                sponsor.value(), governanceBoard.value(), startDate.value(), endDate.value(), targetCohort.value(),
                objectives.value(), tagList, List.copyOf(partners), List.copyOf(statusHistory), base.stageHistory(),
                List.copyOf(milestones), List.copyOf(funding), List.copyOf(outcomes), List.copyOf(risks), List.copyOf(notes), base.provenance(),
                base.created(), base.lastModified(), decisionSought.value());
    }

    Snapshot snapshot() {
        return new Snapshot(inputs.stream().map(i -> i.textProperty().get()).toList(), stage.get(),
                List.copyOf(partners), List.copyOf(statusHistory), List.copyOf(milestones), List.copyOf(funding),
                List.copyOf(outcomes), List.copyOf(risks), List.copyOf(notes));
    }

    /** Puts the draft back as it was at {@code s}, without counting it as an edit. */
    void restore(Snapshot s) {
        quiet = true;
        try {
            for (int i = 0; i < inputs.size(); i++) {
                inputs.get(i).setText(s.texts().get(i));
            }
            stage.set(s.stage());
            partners.setAll(s.partners());
            statusHistory.setAll(s.statusHistory());
            milestones.setAll(s.milestones());
            funding.setAll(s.funding());
            outcomes.setAll(s.outcomes());
            risks.setAll(s.risks());
            notes.setAll(s.notes());
        } finally {
            quiet = false;
        }
    }

    private List<ObservableList<?>> lists() {
        return List.of(partners, statusHistory, milestones, funding, outcomes, risks, notes);
    }

    private void watch(String key, TextInput<?> input) {
        input.textProperty().addListener((obs, old, now) -> changed(key));
    }

    private void changed(String key) {
        if (!quiet) {
            changeListeners.forEach(l -> l.accept(key));
        }
    }

    /** Everything the user can change, as typed; equal snapshots mean nothing changed. */
    record Snapshot(List<String> texts, Stage stage, List<Partner> partners, List<StatusUpdate> statusHistory,
            List<Milestone> milestones, List<FundingLine> funding, List<OutcomeMeasure> outcomes, List<Risk> risks,
            List<Note> notes) {

        static Snapshot of(Project p) {
            List<String> texts = List.of(p.title(), orEmpty(p.leadOfficer()), orEmpty(p.sponsor()),
                    orEmpty(p.governanceBoard()), DateText.format(p.startDate()), DateText.format(p.endDate()),
                    orEmpty(p.targetCohort()), orEmpty(p.objectives()), String.join(", ", p.tags()),
                    orEmpty(p.decisionSought()));
            return new Snapshot(texts, p.stage(), p.partners(), p.statusHistory(), p.milestones(), p.funding(),
                    p.outcomes(), p.risks(), p.notes());
        }

        /** Same content, whatever the order of the lists. */
        boolean sameAs(Snapshot o) {
            return texts.equals(o.texts) && stage == o.stage && same(partners, o.partners)
                    && same(statusHistory, o.statusHistory) && same(milestones, o.milestones)
                    && same(funding, o.funding) && same(outcomes, o.outcomes) && same(risks, o.risks)
                    && same(notes, o.notes);
        }

        private static <T> boolean same(List<T> a, List<T> b) {
            return a.size() == b.size() && new HashSet<>(a).equals(b.stream().collect(Collectors.toSet()));
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }
    }

    static UUID newId() {
        return UUID.randomUUID();
    }
}
