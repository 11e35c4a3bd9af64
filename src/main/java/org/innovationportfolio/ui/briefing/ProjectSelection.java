package org.innovationportfolio.ui.briefing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.model.Stage;

/**
 * Which projects go in the pack: all of them, those at chosen stages, or those the officer ticks from a
 * searchable list. Holds no controls.
 */
public final class ProjectSelection {

    /** How the projects are chosen. */
    public enum Scope { ALL, BY_STAGE, PICK }

    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.ALL);
    private final ObservableList<ProjectChoice> projects = FXCollections.observableArrayList(
            choice -> new javafx.beans.Observable[] {choice.chosenProperty()});
    private final FilteredList<ProjectChoice> shown = new FilteredList<>(projects);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final Map<Stage, BooleanProperty> stages = new EnumMap<>(Stage.class);
    private final IntegerBinding chosenCount;
    private final StringBinding summary;
    private final StringBinding shownSummary;

    ProjectSelection() {
        for (Stage stage : Stage.values()) {
            // Open projects are what a board usually hears about; closed and stopped ones are a click away.
            stages.put(stage, new SimpleBooleanProperty(this, stage.name(), stage.isOpen()));
        }
        search.addListener((o, was, now) -> shown.setPredicate(choice -> choice.matches(now)));
        javafx.beans.Observable[] dependencies = new javafx.beans.Observable[stages.size() + 2];
        dependencies[0] = scope;
        dependencies[1] = projects;
        int i = 2;
        for (BooleanProperty stage : stages.values()) {
            dependencies[i++] = stage;
        }
        chosenCount = Bindings.createIntegerBinding(() -> chosen().size(), dependencies);
        summary = Bindings.createStringBinding(() -> projects.isEmpty() ? "The portfolio has no projects yet."
                : chosenCount.get() + " of " + countOf(projects.size()) + " will be in the pack.", chosenCount, projects);
        shownSummary = Bindings.createStringBinding(() -> shown.size() == projects.size() ? ""
                : "Showing " + shown.size() + " of " + projects.size() + " that match.", shown, projects);
    }

    void setRows(List<PortfolioRow> rows) {
        projects.setAll(rows.stream().map(ProjectChoice::new).toList());
    }

    /** The projects chosen now, in portfolio order. */
    public List<ProjectChoice> chosen() {
        return switch (scope.get()) {
            case ALL -> List.copyOf(projects);
            case BY_STAGE -> projects.stream().filter(p -> stages.get(p.stage()).get()).toList();
            case PICK -> projects.stream().filter(p -> p.chosenProperty().get()).toList();
        };
    }

    /** The ids for the request: empty for "all", as the request reads it. */
    List<UUID> requestIds() {
        return scope.get() == Scope.ALL ? List.of() : chosen().stream().map(ProjectChoice::id).toList();
    }

    /** What stops this step, in words for the user; null when at least one project is chosen. */
    String problem() {
        if (projects.isEmpty()) {
            return "The portfolio has no projects yet. Add a project or load the sample portfolio first.";
        }
        if (chosenCount.get() > 0) {
            return null;
        }
        return switch (scope.get()) {
            case ALL -> null;
            case BY_STAGE -> "No project is at the stages ticked. Tick another stage, or choose the projects another way.";
            case PICK -> "Tick at least one project.";
        };
    }

    /** How many projects are at {@code stage}. */
    public int countAt(Stage stage) {
        return (int) projects.stream().filter(p -> p.stage() == stage).count();
    }

    /** The stages at least one project is at, in pipeline order. */
    public List<Stage> stagesInUse() {
        return java.util.Arrays.stream(Stage.values()).filter(s -> countAt(s) > 0).toList();
    }

    /** Ticks or unticks every project the search shows. */
    public void chooseShown(boolean chosen) {
        List.copyOf(shown).forEach(p -> p.chosenProperty().set(chosen));
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObservableList<ProjectChoice> projects() {
        return projects;
    }

    /** The projects the search matches. */
    public ObservableList<ProjectChoice> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty stageProperty(Stage stage) {
        return stages.get(stage);
    }

    public IntegerBinding chosenCountBinding() {
        return chosenCount;
    }

    /** "9 of 14 projects will be in the pack." */
    public StringBinding summaryBinding() {
        return summary;
    }

    /** "Showing 3 of 14 that match.", or empty when the search hides nothing. */
    public StringBinding shownSummaryBinding() {
        return shownSummary;
    }

    static String countOf(int count) {
        return count + (count == 1 ? " project" : " projects");
    }
}
