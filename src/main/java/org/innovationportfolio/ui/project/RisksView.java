package org.innovationportfolio.ui.project;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.innovationportfolio.logic.project.RiskHeatMap;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.RiskStatus;
import org.innovationportfolio.ui.TableLayout;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The Risks tab's layout: risks by score beside a 5 × 5 heat map of open risks, over the risk form. */
final class RisksView {

    static final String TABLE = "risksTable";

    private final VBox root;
    private final GridPane heat = new GridPane();

    RisksView(RisksViewModel vm) {
        TableView<Risk> table = SizedToRows.table(new TableView<>(vm.risks()));
        table.setId(TABLE);
        table.setAccessibleText("Risks, highest score first");
        table.getColumns().setAll(List.of(
                Tables.numeric("Score", 70, r -> Integer.toString(r.score())),
                Tables.wrapping("Risk", 300, Risk::description),
                Tables.numeric("Likelihood", 100, r -> Integer.toString(r.likelihood())),
                Tables.numeric("Impact", 80, r -> Integer.toString(r.impact())),
                Tables.wrapping("Owner", 140, r -> r.owner() == null ? "" : r.owner()),
                Tables.column("Status", 90, r -> r.status().label()),
                Tables.wrapping("Mitigation", 260, r -> r.mitigation() == null ? "" : r.mitigation())));
        table.getStyleClass().add(Styles.STRIPED);
        Tables.wire(table, vm::edit, vm::remove, "No risks recorded.");
        HBox.setHgrow(table, Priority.ALWAYS);

        heat.setId("riskHeatMap");
        heat.setHgap(3);
        heat.setVgap(3);
        vm.heatMapProperty().addListener((obs, old, now) -> drawHeatMap(now));
        drawHeatMap(vm.heatMapProperty().get());
        Label impactAxis = new Label("Impact →");
        impactAxis.getStyleClass().add(Styles.TEXT_MUTED);
        Label legend = new Label("Each square counts the open risks with that likelihood (up) and impact "
                + "(across); closed risks are left out. Shading: score 15 and over high, 6 to 14 medium, under 6 low.");
        legend.setWrapText(true);
        legend.setStyle("-fx-max-width: 18em;");
        legend.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        legend.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox heatCard = new VBox(6, StatusView.title("Open risks"), heat, impactAxis, legend);
        heatCard.getStyleClass().add("record-card");
        heatCard.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        heatCard.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox top = new HBox(16, table, new VBox(heatCard));
        VBox.setVgrow(top, Priority.ALWAYS);

        Label formTitle = new Label();
        formTitle.textProperty().bind(Bindings.when(vm.editingProperty().isNull())
                .then("Add a risk").otherwise("Change the risk"));
        formTitle.getStyleClass().add(Styles.TITLE_4);
        TableLayout.fitOrScroll(table, formTitle);
        Button commit = new Button();
        commit.setId("commitRisk");
        commit.textProperty().bind(Bindings.when(vm.editingProperty().isNull()).then("_Add risk").otherwise("_Update risk"));
        commit.setGraphic(new FontIcon(MaterialDesignC.CHECK));
        commit.getStyleClass().add(Styles.ACCENT);
        Button clear = new Button("C_lear form");
        clear.setOnAction(e -> vm.clearForm());
        FlowPane fields = new FlowPane(12, 8,
                MilestonesView.sized(Fields.text("_Description", vm.description, "riskDescription", ""), 300),
                Fields.scale("_Likelihood (1–5)", vm.likelihoodText, vm.likelihoodProperty(), "riskLikelihood"),
                Fields.scale("_Impact (1–5)", vm.impactText, vm.impactProperty(), "riskImpact"),
                MilestonesView.sized(Fields.text("_Owner", vm.owner, "riskOwner", ""), 160),
                MilestonesView.sized(Fields.choice("Stat_us", vm.statusProperty(), RiskStatus.values(), "riskStatus",
                        RiskStatus::label), 120),
                MilestonesView.sized(Fields.text("_Mitigation", vm.mitigation, "riskMitigation", ""), 300));
        FlowPane buttons = new FlowPane(10, 8, commit, clear, Tables.editButton("_Edit selected", table, vm::edit),
                Tables.removeButton("Re_move selected", table, vm::remove));
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox form = EntryForm.card("riskForm", vm.form(), commit, vm::commit, vm.editingProperty().isNotNull(),
                "This risk has not been added yet: press Add risk, or it will be left out when you save.",
                "Your changes to this risk have not been applied yet: press Update risk, or they will be left out "
                        + "when you save.",
                formTitle, fields, buttons);
        root = new VBox(12, top, form);
        root.setPadding(new Insets(16, 20, 20, 20));
    }

    Node root() {
        return root;
    }

    /** Likelihood 5 at the top, impact 1 to 5 left to right; each cell says its count in words to a screen reader. */
    private void drawHeatMap(RiskHeatMap map) {
        heat.getChildren().clear();
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            Label axis = new Label(Integer.toString(likelihood));
            axis.getStyleClass().add(Styles.TEXT_MUTED);
            axis.setAccessibleText("Likelihood " + likelihood);
            heat.add(axis, 0, 6 - likelihood);
            for (int impact = 1; impact <= 5; impact++) {
                int count = map.count(likelihood, impact);
                Label cell = new Label(count == 0 ? "·" : Integer.toString(count));
                int score = likelihood * impact;
                cell.getStyleClass().addAll("heat-cell", score >= 15 ? "heat-high" : score >= 6 ? "heat-medium" : "heat-low");
                if (count == 0) {
                    cell.getStyleClass().add("empty-cell");
                }
                cell.setAccessibleText(map.describe(likelihood, impact));
                cell.setFocusTraversable(true);
                cell.setTooltip(new javafx.scene.control.Tooltip(map.describe(likelihood, impact)));
                heat.add(cell, impact, 6 - likelihood);
            }
        }
        Label corner = new Label("L \\ I");
        corner.getStyleClass().add(Styles.TEXT_MUTED);
        heat.add(corner, 0, 6);
        for (int impact = 1; impact <= 5; impact++) {
            Label axis = new Label(Integer.toString(impact));
            axis.getStyleClass().add(Styles.TEXT_MUTED);
            axis.setMaxWidth(Double.MAX_VALUE);
            axis.setAlignment(Pos.CENTER);
            heat.add(axis, impact, 6);
        }
    }

}
