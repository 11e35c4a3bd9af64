package org.innovationportfolio.ui.project;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.innovationportfolio.model.OutcomeDirection;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The Outcomes tab's "Add an outcome measure" form: name, unit, direction, baseline and target. */
final class OutcomeMeasureForm {

    private final Node root;

    OutcomeMeasureForm(OutcomeMeasureViewModel vm) {
        Label title = new Label("Add an outcome measure");
        title.getStyleClass().add(Styles.TITLE_4);
        Button add = new Button("Add _measure", new FontIcon(MaterialDesignP.PLUS));
        add.setId("addMeasure");
        add.getStyleClass().add(Styles.ACCENT);
        Button clear = new Button("Clear measure _form");
        clear.setOnAction(e -> vm.clearForm());
        FlowPane fields = new FlowPane(12, 8,
                MilestonesView.sized(Fields.text("Measure _name", vm.name, "measureName",
                        "e.g. Children safely remaining at home"), 280),
                MilestonesView.sized(Fields.text("Un_it", vm.unit, "measureUnit", "e.g. children"), 130),
                MilestonesView.sized(Fields.choice("Di_rection", vm.directionProperty(), OutcomeDirection.values(),
                        "measureDirection", OutcomeDirection::label), 190),
                MilestonesView.sized(Fields.text("_Baseline", vm.baseline, "measureBaseline", "e.g. 40"), 110),
                MilestonesView.sized(Fields.date("Baseline date", vm.baselineDate, "measureBaselineDate",
                        "e.g. 1 Apr 2025"), 170),
                MilestonesView.sized(Fields.text("Tar_get", vm.target, "measureTarget", "e.g. 60"), 110),
                MilestonesView.sized(Fields.date("Target date", vm.targetDate, "measureTargetDate", "e.g. 31 Mar 2027"),
                        170));
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(10, 8, add, clear);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root = EntryForm.card("measureForm", vm.form(), add, vm::add, new SimpleBooleanProperty(false),
                "This measure has not been added yet: press Add measure, or it will be left out when you save.", "",
                title, fields, buttons);
    }

    Node root() {
        return root;
    }
}
