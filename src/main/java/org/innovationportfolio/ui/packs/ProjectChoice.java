package org.innovationportfolio.ui.packs;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.innovationportfolio.logic.packs.FieldDifference;
import org.innovationportfolio.logic.packs.PlanReport;
import org.innovationportfolio.logic.packs.ProjectPlan;
import org.innovationportfolio.logic.packs.ProjectStatus;
import org.innovationportfolio.logic.packs.RecordPlan;
import org.innovationportfolio.logic.packs.RecordStatus;
import org.innovationportfolio.logic.packs.Resolution;

/** One project of a pack in the import preview: how it compares, what differs, and the officer's choice. */
public final class ProjectChoice {

    private final ProjectPlan plan;
    private final ObjectProperty<Resolution> choice;
    private final StringBinding action;

    ProjectChoice(ProjectPlan plan) {
        this.plan = plan;
        this.choice = new SimpleObjectProperty<>(this, "choice", plan.resolution());
        this.action = Bindings.createStringBinding(this::action, choice);
    }

    public UUID id() {
        return plan.id();
    }

    public String title() {
        return plan.title();
    }

    public ProjectStatus status() {
        return plan.status();
    }

    /** What differs in a few words, for the preview's table: "2 new, 1 in conflict". */
    public String differences() {
        if (plan.status() == ProjectStatus.NEW) {
            return "Not in your portfolio";
        }
        if (plan.records().isEmpty()) {
            return "Nothing differs";
        }
        List<String> parts = new ArrayList<>();
        for (RecordStatus status : RecordStatus.values()) {
            long n = plan.count(status);
            if (n > 0) {
                parts.add(n + " " + switch (status) {
                    case NEW -> "new";
                    case UNCHANGED -> "unchanged";
                    case UPDATED -> "updated";
                    case MINE_NEWER -> "changed here only";
                    case CONFLICT -> "in conflict";
                });
            }
        }
        return String.join(", ", parts);
    }

    /** What differs, one line per record: "Milestone “Hub opens”: Conflict". */
    public List<String> recordLines() {
        if (plan.status() == ProjectStatus.NEW) {
            return List.of("The whole project is new to your portfolio: importing it adds it as it is in the pack.");
        }
        if (plan.records().isEmpty()) {
            return List.of("Nothing in this project differs from yours.");
        }
        return plan.records().stream().map(ProjectChoice::line).toList();
    }

    /**
     * What differs, record by record: the line {@link #recordLines()} gives, and for a record both sides have,
     * each differing field with my value beside theirs.
     */
    public List<RecordChange> recordChanges() {
        if (plan.status() == ProjectStatus.NEW || plan.records().isEmpty()) {
            return recordLines().stream().map(line -> new RecordChange(line, List.of())).toList();
        }
        return plan.records().stream().map(r -> new RecordChange(line(r), r.fields())).toList();
    }

    /** One record in the preview's detail: a heading, and the fields that differ (none for a new record). */
    public record RecordChange(String heading, List<FieldDifference> fields) {
    }

    private static String line(RecordPlan record) {
        String explained = switch (record.status()) {
            case NEW -> "New: theirs only";
            case UNCHANGED -> "Unchanged";
            case UPDATED -> "Updated: they changed it, you have not";
            case MINE_NEWER -> "Changed here only: yours is kept";
            case CONFLICT -> "Conflict: changed on both sides";
        };
        return record.kind() + " \u201c" + record.label() + "\u201d: " + explained;
    }

    /** Remarks such as a catalogue entry this portfolio lacks. */
    public String notes() {
        return String.join("\n", plan.notes());
    }

    /** The choices that mean something for this project: none for an unchanged one, add or leave out for a new one. */
    public List<Resolution> choices() {
        return switch (plan.status()) {
            case UNCHANGED -> List.of();
            case NEW -> List.of(Resolution.TAKE_THEIRS, Resolution.KEEP_MINE);
            case UPDATED, CONFLICT -> List.of(Resolution.KEEP_MINE, Resolution.TAKE_THEIRS, Resolution.KEEP_BOTH);
        };
    }

    /** A choice in a word or two, as the preview's table shows it: "Keep both", or "Add" for a new project. */
    public String shortChoiceText(Resolution resolution) {
        if (plan.status() == ProjectStatus.UNCHANGED) {
            return "No choice needed";
        }
        if (plan.status() == ProjectStatus.NEW) {
            return resolution == Resolution.KEEP_MINE ? "Leave out" : "Add";
        }
        return resolution.label();
    }

    /** A choice explained for this project, as a button or list offers it. */
    public String choiceText(Resolution resolution) {
        if (plan.status() == ProjectStatus.NEW) {
            return resolution == Resolution.KEEP_MINE ? "Leave it out" : "Add it to my portfolio";
        }
        return switch (resolution) {
            case KEEP_MINE -> "Keep mine: leave my project exactly as it is";
            case TAKE_THEIRS -> "Take theirs: bring in their changes (nothing of mine is deleted)";
            case KEEP_BOTH -> "Keep both: keep mine and add theirs beside it as a copy";
        };
    }

    public ObjectProperty<Resolution> choiceProperty() {
        return choice;
    }

    /** What the current choice will do, in words ("add", "take theirs", "nothing to do"). */
    public String action() {
        String action = PlanReport.action(plan.withResolution(choice.get()));
        if (plan.status() == ProjectStatus.NEW && !plan.withResolution(choice.get()).changesPortfolio()) {
            return "leave out";
        }
        return action;
    }

    /** {@link #action()}, kept up to date as the choice changes. */
    public StringBinding actionBinding() {
        return action;
    }

    ProjectPlan chosen() {
        return plan.withResolution(choice.get());
    }
}
