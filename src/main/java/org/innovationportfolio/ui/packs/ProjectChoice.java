package org.innovationportfolio.ui.packs;

import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.innovationportfolio.logic.packs.PlanReport;
import org.innovationportfolio.logic.packs.ProjectPlan;
import org.innovationportfolio.logic.packs.ProjectStatus;
import org.innovationportfolio.logic.packs.Resolution;

/** One project of a pack in the import preview: how it compares, what differs, and the officer's choice. */
public final class ProjectChoice {

    private final ProjectPlan plan;
    private final ObjectProperty<Resolution> choice;

    ProjectChoice(ProjectPlan plan) {
        this.plan = plan;
        this.choice = new SimpleObjectProperty<>(this, "choice", plan.resolution());
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

    /** What differs, one line per record, for the preview's details column. */
    public String differences() {
        if (plan.status() == ProjectStatus.NEW) {
            return "Not in your portfolio";
        }
        if (plan.records().isEmpty()) {
            return "Nothing differs";
        }
        return plan.records().stream().map(r -> r.kind() + " \"" + r.label() + "\": " + r.status().label())
                .collect(Collectors.joining("\n"));
    }

    /** Remarks such as a catalogue entry this portfolio lacks. */
    public String notes() {
        return String.join("\n", plan.notes());
    }

    public ObjectProperty<Resolution> choiceProperty() {
        return choice;
    }

    /** What the current choice will do, in words ("add", "take theirs", "nothing to do"). */
    public String action() {
        return PlanReport.action(plan.withResolution(choice.get()));
    }

    ProjectPlan chosen() {
        return plan.withResolution(choice.get());
    }
}
