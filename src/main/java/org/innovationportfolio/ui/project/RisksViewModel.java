package org.innovationportfolio.ui.project;

import java.time.Clock;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.project.RiskHeatMap;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.RiskStatus;

/** The Risks tab: risks by score (likelihood × impact), the 5 × 5 heat map, and the risk form. */
public final class RisksViewModel {

    private final ProjectDraft draft;
    private final Clock clock;
    final TextInput<String> description = Inputs.requiredText("The risk description");
    final TextInput<String> owner = Inputs.text("The risk owner");
    final TextInput<String> mitigation = Inputs.longText("The mitigation");
    final TextInput<Integer> likelihoodText = Inputs.scale("Likelihood");
    final TextInput<Integer> impactText = Inputs.scale("Impact");
    private final IntegerProperty likelihood = new SimpleIntegerProperty(this, "likelihood", 3);
    private final IntegerProperty impact = new SimpleIntegerProperty(this, "impact", 3);
    private final ObjectProperty<RiskStatus> status = new SimpleObjectProperty<>(this, "status", RiskStatus.OPEN);
    private final ReadOnlyObjectWrapper<Risk> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyObjectWrapper<RiskHeatMap> heatMap = new ReadOnlyObjectWrapper<>(this, "heatMap");
    private final FormState form = new FormState(description, likelihoodText, impactText, owner, mitigation);

    RisksViewModel(ProjectDraft draft, Clock clock) {
        this.draft = draft;
        this.clock = clock;
        draft.risks.addListener((ListChangeListener<Risk>) c -> heatMap.set(RiskHeatMap.of(draft.risks)));
        heatMap.set(RiskHeatMap.of(draft.risks));
        link(likelihoodText, likelihood);
        link(impactText, impact);
        status.addListener((obs, old, now) -> form.changedOutsideFields(true));
        form.markClean();
    }

    /** The typed score and the score: a readable typed score sets it, and a score set elsewhere is shown. */
    private static void link(TextInput<Integer> text, IntegerProperty score) {
        text.setText(Integer.toString(score.get()));
        text.textProperty().addListener((obs, old, now) -> {
            if (text.value() != null) {
                score.set(text.value());
            }
        });
        score.addListener((obs, old, now) -> {
            if (!Integer.valueOf(now.intValue()).equals(text.value())) {
                text.setText(Integer.toString(now.intValue()));
            }
        });
    }

    /** Highest score first. */
    public ObservableList<Risk> risks() {
        return draft.risks;
    }

    public ReadOnlyObjectProperty<RiskHeatMap> heatMapProperty() {
        return heatMap.getReadOnlyProperty();
    }

    public IntegerProperty likelihoodProperty() {
        return likelihood;
    }

    public IntegerProperty impactProperty() {
        return impact;
    }

    public ObjectProperty<RiskStatus> statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<Risk> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    FormState form() {
        return form;
    }

    public void edit(Risk risk) {
        editing.set(risk);
        description.setText(risk.description());
        owner.setText(risk.owner());
        mitigation.setText(risk.mitigation());
        likelihood.set(risk.likelihood());
        impact.set(risk.impact());
        status.set(risk.status());
        form.markClean();
    }

    public boolean commit() {
        return form.submit(this::addRisk);
    }

    private void addRisk() {
        Risk old = editing.get();
        Risk risk = new Risk(old == null ? ProjectDraft.newId() : old.id(), description.value(), likelihood.get(),
                impact.get(), owner.value(), mitigation.value(), status.get(), clock.instant());
        draft.edit(draft.risks, list -> {
            list.removeIf(r -> old != null && r.id().equals(old.id()));
            list.add(risk);
            return list;
        }, Orders.BY_SCORE);
        clearForm();
    }

    public void remove(Risk risk) {
        draft.edit(draft.risks, list -> {
            list.removeIf(r -> r.id().equals(risk.id()));
            return list;
        }, Orders.BY_SCORE);
        if (editing.get() != null && editing.get().id().equals(risk.id())) {
            clearForm();
        }
    }

    public void clearForm() {
        editing.set(null);
        status.set(RiskStatus.OPEN);
        form.clear();
        likelihoodText.setText("3");
        impactText.setText("3");
        form.markClean();
    }
}
