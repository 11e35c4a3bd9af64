package org.innovationportfolio.ui.dashboard;

import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.innovationportfolio.logic.dashboard.FundingYear;
import org.innovationportfolio.logic.dashboard.FundingYear.Amounts;
import org.innovationportfolio.ui.Css;
import org.innovationportfolio.ui.Formats;

/** One financial year's money by source: awarded, spent and forecast, with the total underneath. */
final class FundingTable extends GridPane {

    FundingTable(FundingYear year, Runnable showPortfolio) {
        getStyleClass().add("funding-table");
        ColumnConstraints source = new ColumnConstraints();
        source.setHgrow(Priority.ALWAYS);
        ColumnConstraints money = new ColumnConstraints();
        money.setHalignment(HPos.RIGHT);
        getColumnConstraints().setAll(source, money, money, money);
        List<String> headings = List.of("Source", "Awarded", "Spent", "Forecast");
        for (int column = 0; column < headings.size(); column++) {
            Label heading = new Label(headings.get(column));
            heading.getStyleClass().add("funding-heading");
            heading.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            add(heading, column, 0);
        }
        int row = 1;
        if (year.sources().isEmpty()) {
            add(new Label("No funding recorded for " + year.year() + "."), 0, row, 4, 1);
            return;
        }
        for (Amounts amounts : year.sources()) {
            addRow(row++, amounts, false);
        }
        addRow(row++, year.total(), true);
        Hyperlink all = new Hyperlink("Show the portfolio's funding column");
        all.setAccessibleText("Shows every project in the portfolio with its funding for this year");
        all.setOnAction(event -> showPortfolio.run());
        add(all, 0, row, 4, 1);
    }

    private void addRow(int row, Amounts amounts, boolean total) {
        Label source = new Label(total ? "Total" : amounts.source());
        source.setWrapText(true);
        Label awarded = new Label(Formats.pounds(amounts.awarded()));
        Label spent = new Label(Formats.pounds(amounts.spent()));
        Label forecast = new Label(Formats.pounds(amounts.forecast()));
        for (Label label : List.of(source, awarded, spent, forecast)) {
            label.getStyleClass().add(total ? "funding-total" : "funding-cell");
        }
        for (Label number : List.of(awarded, spent, forecast)) {
            number.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // money is never cut short
        }
        source.setMinWidth(0);
        source.setAccessibleText((total ? "Total" : amounts.source()) + ": awarded " + awarded.getText() + ", spent "
                + spent.getText() + ", forecast " + forecast.getText());
        addRow(row, source, awarded, spent, forecast);
    }
}
