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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.innovationportfolio.logic.project.FundingSummary;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.ui.SideBySide;
import org.innovationportfolio.ui.TableLayout;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The Funding tab's layout: lines by year, totals per year and overall, the gap after grants end, and the form. */
final class FundingView {

    static final String TABLE = "fundingTable";
    // The first column's narrowest, in ems: its heading, and the longest word of a funder or reference, whole.
    private static final double FUNDER_MIN_EMS = 9;

    private final VBox root;
    private final GridPane totals = new GridPane();
    private final VBox gap = new VBox(4);

    FundingView(FundingViewModel vm) {
        // As tall as its lines: the page scrolls, not the table as well.
        TableView<FundingLine> table = SizedToRows.table(new TableView<>(vm.lines()));
        table.setId(TABLE);
        table.setAccessibleText("Funding lines, by financial year");
        // Four columns fit a small laptop at 150% text with every sum whole: the year, funder, type, status and
        // reference share one column that wraps, rather than eight columns scrolled sideways.
        table.getColumns().setAll(List.of(
                TableLayout.minEms(Tables.wrapping("Funding line", 360, FundingView::funder), FUNDER_MIN_EMS),
                Tables.numeric("Awarded", 100, l -> l.awarded().formatPounds()),
                Tables.numeric("Spent", 100, l -> l.spent().formatPounds()),
                Tables.numeric("Forecast", 100, l -> l.forecast().formatPounds())));
        table.getStyleClass().add(Styles.STRIPED);
        Tables.wire(table, vm::edit, vm::remove, "No funding lines yet: add the first below.");

        totals.getStyleClass().add("totals");
        totals.setId("fundingTotals");
        gap.setId("fundingGap");
        vm.summaryProperty().addListener((obs, old, now) -> showSummary(now));
        showSummary(vm.summaryProperty().get());
        VBox totalsCard = new VBox(8, StatusView.title("Totals by financial year"), totals);
        totalsCard.getStyleClass().add("record-card");
        Label gapTitle = StatusView.title("After grant funding ends");
        VBox gapCard = new VBox(8, gapTitle, gap);
        gapCard.getStyleClass().add("record-card");
        // The years after grant funding are never squeezed beside the totals: they go under them instead.
        gapCard.setStyle(StatusView.HISTORY_MIN_WIDTH);
        SideBySide figures = new SideBySide(totalsCard, gapCard, 16, 0, gapTitle);

        Label formTitle = new Label();
        formTitle.textProperty().bind(Bindings.when(vm.editingProperty().isNull())
                .then("Add a funding line").otherwise("Change the funding line"));
        formTitle.getStyleClass().add(Styles.TITLE_4);
        Button commit = new Button();
        commit.setId("commitFunding");
        commit.textProperty().bind(Bindings.when(vm.editingProperty().isNull())
                .then("_Add line").otherwise("_Update line"));
        commit.setGraphic(new FontIcon(MaterialDesignC.CHECK));
        commit.getStyleClass().add(Styles.ACCENT);
        Button clear = new Button("C_lear form");
        clear.setOnAction(e -> vm.clearForm());
        VBox source = Fields.text("_Source (funder)", vm.source, "fundingSource", "e.g. DfE");
        // The columns' widths are in ems of the form's normal text (a heading's larger font would widen them).
        TableLayout.fitOrScroll(table, (Label) source.getChildren().get(0));
        FlowPane fields = new FlowPane(12, 8,
                MilestonesView.sized(source, 220),
                MilestonesView.sized(Fields.choice("_Type", vm.typeProperty(), FundingType.values(), "fundingType",
                        FundingType::label), 170),
                MilestonesView.sized(Fields.text("_Financial year", vm.year, "fundingYear", "e.g. 2025/26"), 120),
                MilestonesView.sized(Fields.text("A_warded", vm.awarded, "fundingAwarded", "£"), 150),
                MilestonesView.sized(Fields.text("S_pent", vm.spent, "fundingSpent", "£"), 150),
                MilestonesView.sized(Fields.text("F_orecast", vm.forecast, "fundingForecast", "£"), 150),
                MilestonesView.sized(Fields.choice("Stat_us", vm.statusProperty(), FundingStatus.values(),
                        "fundingStatus", FundingStatus::label), 130),
                MilestonesView.sized(Fields.text("_Reference", vm.reference, "fundingReference", ""), 160));
        FlowPane buttons = new FlowPane(10, 8, commit, clear, Tables.editButton("_Edit selected", table, vm::edit),
                Tables.removeButton("Re_move selected", table, vm::remove));
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox form = EntryForm.card("fundingForm", vm.form(), commit, vm::commit, vm.editingProperty().isNotNull(),
                "This funding line has not been added yet: press Add line, or it will be left out when you save.",
                "Your changes to this funding line have not been applied yet: press Update line, or they will be "
                        + "left out when you save.",
                formTitle, fields, buttons);
        // The record's tab scrolls the whole page; no scroll area of its own inside it.
        root = new VBox(12, table, figures, form);
        root.setPadding(new Insets(16, 20, 20, 20));
    }

    /** "2024/25 · Department for Education", then "Grant · Received · NWD adoption grant, year 1" under it. */
    static String funder(FundingLine line) {
        return line.year() + " · " + line.source() + "\n" + line.type().label() + " · " + line.status().label()
                + (line.reference() == null ? "" : " · " + line.reference());
    }

    Node root() {
        return root;
    }

    private void showSummary(FundingSummary summary) {
        totals.getChildren().clear();
        String[] headings = {"Year", "Awarded", "Spent", "Forecast"};
        for (int c = 0; c < headings.length; c++) {
            totals.add(cell(headings[c], c > 0, "heading"), c, 0);
        }
        int row = 1;
        for (FundingSummary.YearTotals y : summary.years()) {
            addTotals(y.year().toString(), y, row++, null);
        }
        addTotals("All years", summary.overall(), row, "heading");
        gap.getChildren().clear();
        if (summary.lastGrantYear().isEmpty()) {
            gap.getChildren().add(wrapping(new Label("No grant funding is recorded, so no grant comes to an end.")));
            return;
        }
        Label ends = new Label("Grant funding ends after " + summary.lastGrantYear().get() + ", when it was "
                + summary.grantEnding().formatPounds() + ". In the years after:");
        gap.getChildren().add(wrapping(ends));
        for (FundingSummary.GapYear y : summary.gap()) {
            boolean shortfall = !y.shortfall().isZero();
            Label line = new Label(y.year() + ": " + (y.replacement().isZero() ? "nothing replaces it yet"
                    : y.replacement().formatPounds() + " from other sources")
                    + (shortfall ? "; gap " + y.shortfall().formatPounds() : "; fully replaced"));
            wrapping(line);
            if (shortfall) {
                line.getStyleClass().add("gap-warning");
            }
            gap.getChildren().add(line);
        }
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private void addTotals(String label, FundingSummary.YearTotals t, int row, String style) {
        totals.add(cell(label, false, style), 0, row);
        totals.add(cell(pounds(t.awarded()), true, style), 1, row);
        totals.add(cell(pounds(t.spent()), true, style), 2, row);
        totals.add(cell(pounds(t.forecast()), true, style), 3, row);
    }

    private static String pounds(Money money) {
        return money.formatPounds();
    }

    private static Label cell(String text, boolean numeric, String style) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE); // money is never cut short
        if (numeric) {
            label.getStyleClass().add(Tables.NUMERIC);
            label.setMaxWidth(Double.MAX_VALUE);
        }
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }
}
