package org.innovationportfolio.ui.project;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.ui.SideBySide;
import org.innovationportfolio.ui.TableLayout;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The Outcomes tab's layout: the measures, and for the chosen one its figures, a chart with the target, and actuals. */
final class OutcomesView {

    /** The narrowest room, in ems, for the measures beside the chosen one's figures, chart and forms. */
    private static final double SIDE_BY_SIDE_FROM_EMS = 40;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final OutcomesViewModel vm;
    private final VBox root;
    private final Label figures = new Label();
    private final LineChart<Number, Number> chart;
    private final TableView<OutcomeActual> actuals = SizedToRows.table(new TableView<>());

    OutcomesView(OutcomesViewModel vm) {
        this.vm = vm;
        // The list and the table are as tall as their rows: the record's page scrolls, not they as well.
        ListView<OutcomeMeasure> measures = SizedToRows.list(new ListView<>(vm.measures()));
        measures.setId("outcomeMeasures");
        measures.setAccessibleText("Outcome measures");
        measures.setPlaceholder(new Label("No outcome measures"));
        measures.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(OutcomeMeasure m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.name() + (m.targetMet() ? " (target met)" : ""));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        measures.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            measures.getSelectionModel().select(now);
            show(now);
        });
        measures.setStyle(MilestonesView.ems(260, 200));

        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return MONTH.format(LocalDate.ofEpochDay(n.longValue()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        chart = new LineChart<>(x, y);
        chart.setId("outcomeChart");
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        chart.setLegendVisible(true);

        actuals.setId("outcomeActuals");
        actuals.setAccessibleText("Actuals, oldest first");
        actuals.getColumns().setAll(List.of(
                Tables.column("Date", 120, a -> DateText.format(a.date())),
                Tables.numeric("Value", 100, a -> a.value().toPlainString()),
                Tables.column("Note", 300, a -> a.note() == null ? "" : a.note())));
        TableLayout.fitOrScroll(actuals, figures);
        actuals.setPlaceholder(new Label("No actuals yet"));

        actuals.setRowFactory(t -> {
            javafx.scene.control.TableRow<OutcomeActual> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.edit(row.getItem());
                }
            });
            return row;
        });
        actuals.setOnKeyPressed(e -> {
            OutcomeActual chosen = actuals.getSelectionModel().getSelectedItem();
            if (chosen != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                vm.edit(chosen);
                e.consume();
            } else if (chosen != null && e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                vm.removeActual(chosen);
                e.consume();
            }
        });
        figures.setId("outcomeFigures");
        figures.setWrapText(true);
        figures.setMinHeight(Region.USE_PREF_SIZE);
        VBox detail = new VBox(10, figures, chart, actuals, actualForm(), new OutcomeMeasureForm(vm.measureForm()).root());
        // Beside the list of measures while there is room for both, under it when not, so neither is squeezed.
        SideBySide body = new SideBySide(measures, detail, 20, SIDE_BY_SIDE_FROM_EMS, figures);
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(body);
        root.setPadding(new Insets(16, 20, 20, 20));
        measures.getSelectionModel().select(vm.selectedProperty().get());
        show(vm.selectedProperty().get());
    }

    Node root() {
        return root;
    }

    private VBox actualForm() {
        Label title = new Label();
        title.textProperty().bind(Bindings.when(vm.editingProperty().isNull())
                .then("Add an actual to this measure").otherwise("Change the actual"));
        title.getStyleClass().add(Styles.TITLE_4);
        Button add = new Button("", new FontIcon(MaterialDesignP.PLUS));
        add.setId("addActual");
        add.textProperty().bind(Bindings.when(vm.editingProperty().isNull()).then("_Add actual").otherwise("_Update actual"));
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(vm.selectedProperty().isNull());
        Button clear = new Button("C_lear form");
        clear.setOnAction(e -> vm.clearForm());
        // The fields wrap onto more lines in a narrow window, each keeping its width.
        javafx.scene.layout.FlowPane fields = new javafx.scene.layout.FlowPane(12, 8,
                MilestonesView.sized(Fields.date("_Date", vm.date, "actualDate", "e.g. 31 Mar 2026"), 170),
                MilestonesView.sized(Fields.text("_Value", vm.value, "actualValue", ""), 110),
                MilestonesView.sized(Fields.text("N_ote", vm.note, "actualNote", ""), 240));
        // Wraps onto a second line in a narrow window rather than cutting the buttons' words short.
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(10, 8, add, clear,
                Tables.editButton("_Edit selected actual", actuals, vm::edit),
                Tables.removeButton("Remove selec_ted actual", actuals, vm::removeActual));
        buttons.setAlignment(Pos.CENTER_LEFT);
        return EntryForm.card("actualForm", vm.form(), add, vm::addActual, vm.editingProperty().isNotNull(),
                "This actual has not been added yet: press Add actual, or it will be left out when you save.",
                "Your changes to this actual have not been applied yet: press Update actual, or they will be left "
                        + "out when you save.",
                title, fields, buttons);
    }

    private void show(OutcomeMeasure m) {
        chart.getData().clear();
        if (m == null) {
            figures.setText("Choose a measure to see its baseline, target and actuals.");
            actuals.getItems().clear();
            chart.setAccessibleText("No measure chosen");
            return;
        }
        // "24.5% of new plans": a per cent sign follows its number with no space; other units after a space.
        String unit = m.unit() == null ? "" : m.unit().startsWith("%") ? m.unit() : " " + m.unit();
        figures.setText(m.name() + ". Baseline " + plain(m.baseline()) + unit
                + (m.baselineDate() == null ? "" : " (" + DateText.format(m.baselineDate()) + ")")
                + "; target " + plain(m.target()) + unit
                + (m.targetDate() == null ? "" : " by " + DateText.format(m.targetDate()))
                + "; " + m.direction().label().toLowerCase(Locale.ROOT) + ".");
        actuals.getItems().setAll(m.actuals());
        XYChart.Series<Number, Number> measured = new XYChart.Series<>();
        measured.setName("Actual");
        List<Long> days = new ArrayList<>();
        if (m.baseline() != null && m.baselineDate() != null) {
            measured.getData().add(new XYChart.Data<>(m.baselineDate().toEpochDay(), m.baseline()));
            days.add(m.baselineDate().toEpochDay());
        }
        for (OutcomeActual a : m.actuals()) {
            measured.getData().add(new XYChart.Data<>(a.date().toEpochDay(), a.value()));
            days.add(a.date().toEpochDay());
        }
        chart.getData().add(measured);
        if (m.target() != null) {
            if (m.targetDate() != null) {
                days.add(m.targetDate().toEpochDay());
            }
            if (!days.isEmpty()) {
                long first = days.stream().min(Long::compare).orElseThrow();
                long last = days.stream().max(Long::compare).orElseThrow();
                XYChart.Series<Number, Number> target = new XYChart.Series<>();
                target.setName("Target");
                target.getData().add(new XYChart.Data<>(first, m.target()));
                target.getData().add(new XYChart.Data<>(Math.max(last, first + 1), m.target()));
                chart.getData().add(target);
            }
        }
        chart.setAccessibleText("Chart of " + m.name() + ": " + m.actuals().size() + " actuals"
                + m.latest().map(a -> ", latest " + a.value().toPlainString() + unit + " on " + DateText.format(a.date()))
                        .orElse("") + (m.target() == null ? "" : ", against a target of " + plain(m.target()) + unit)
                + (m.targetMet() ? " (met)" : ""));
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "not set" : value.toPlainString();
    }
}
