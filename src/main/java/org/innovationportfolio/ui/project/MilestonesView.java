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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.ui.TableLayout;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The Milestones tab's layout: the table over the add-or-change form. */
final class MilestonesView {

    static final String TABLE = "milestonesTable";

    private final VBox root;

    MilestonesView(MilestonesViewModel vm) {
        TableView<Milestone> table = SizedToRows.table(new TableView<>(vm.milestones()));
        table.setId(TABLE);
        table.setAccessibleText("Milestones, by due date");
        table.getColumns().setAll(List.of(
                Tables.wrapping("Milestone", 260, Milestone::title),
                Tables.column("Baseline", 110, m -> DateText.format(m.baseline())),
                Tables.column("Forecast", 110, m -> DateText.format(m.forecast())),
                Tables.column("Completed", 110, m -> DateText.format(m.completed())),
                Tables.styled("Status", 130, vm::statusText, m -> vm.isOverdue(m) ? "late" : null),
                Tables.wrapping("Owner", 150, m -> m.owner() == null ? "" : m.owner()),
                Tables.column("Slippage", 130, vm::slippageText)));
        table.getStyleClass().add(Styles.STRIPED);
        Tables.wire(table, vm::edit, vm::remove, "No milestones yet: add the first below.");
        VBox.setVgrow(table, Priority.ALWAYS);

        Label formTitle = new Label();
        formTitle.textProperty().bind(Bindings.when(vm.editingProperty().isNull())
                .then("Add a milestone").otherwise("Change the milestone"));
        formTitle.getStyleClass().add(Styles.TITLE_4);
        TableLayout.fitOrScroll(table, formTitle);
        Button commit = new Button();
        commit.setId("commitMilestone");
        commit.textProperty().bind(Bindings.when(vm.editingProperty().isNull())
                .then("_Add milestone").otherwise("_Update milestone"));
        commit.setGraphic(new FontIcon(MaterialDesignC.CHECK));
        commit.getStyleClass().add(Styles.ACCENT);
        Button clear = new Button("C_lear form");
        clear.setOnAction(e -> vm.clearForm());
        Label slippage = new Label();
        slippage.setId("milestoneSlippage");
        slippage.textProperty().bind(vm.slippageProperty());
        FlowPane fields = new FlowPane(12, 8,
                sized(Fields.text("_Title", vm.title, "milestoneTitle", ""), 260),
                sized(Fields.date("_Baseline", vm.baseline, "milestoneBaseline", "e.g. 3 Mar 2025"), 170),
                sized(Fields.date("_Forecast", vm.forecast, "milestoneForecast", "e.g. 3 Mar 2025"), 170),
                sized(Fields.date("Co_mpleted", vm.completed, "milestoneCompleted", ""), 170),
                sized(Fields.choice("Stat_us", vm.statusProperty(), MilestoneStatus.values(), "milestoneStatus",
                        MilestoneStatus::label), 150),
                sized(Fields.text("_Owner", vm.owner, "milestoneOwner", ""), 180));
        FlowPane buttons = new FlowPane(10, 8, commit, clear,
                Tables.editButton("_Edit selected", table, vm::edit),
                Tables.removeButton("_Remove selected", table, vm::remove), slippage);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox form = EntryForm.card("milestoneForm", vm.form(), commit, vm::commit, vm.editingProperty().isNotNull(),
                "This milestone has not been added yet: press Add milestone, or it will be left out when you save.",
                "Your changes to this milestone have not been applied yet: press Update milestone, or they will be "
                        + "left out when you save.",
                formTitle, fields, buttons);
        root = new VBox(12, table, form);
        root.setPadding(new Insets(16, 20, 20, 20));
    }

    Node root() {
        return root;
    }

    /** {@code width} pixels wide at the normal 14 px text, in ems so it grows with View › Text size. */
    static <T extends javafx.scene.layout.Region> T sized(T node, double width) {
        node.setStyle(ems(width, width * 0.8));
        return node;
    }

    /** An inline style for a preferred and a minimum width given in pixels at the normal 14 px text. */
    static String ems(double prefWidth, double minWidth) {
        return String.format(java.util.Locale.ROOT, "-fx-pref-width: %.2fem; -fx-min-width: %.2fem;",
                prefWidth / 14, minWidth / 14);
    }
}
