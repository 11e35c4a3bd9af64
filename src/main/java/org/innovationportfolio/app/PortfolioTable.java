package org.innovationportfolio.app;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.model.FinancialYear;

/** Writes the portfolio as a fixed-width text table for a terminal, RAG in words, with a count at the end. */
final class PortfolioTable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String NL = System.lineSeparator();

    private PortfolioTable() {
    }

    /**
     * The table, or a sentence saying the portfolio is empty.
     *
     * @param thisYear the financial year the funding column is for
     */
    static String render(List<PortfolioRow> rows, FinancialYear thisYear) {
        if (rows.isEmpty()) {
            return "No projects yet: the portfolio is empty." + NL;
        }
        TextTable table = new TextTable(TextTable.Column.left("Title", 40), TextTable.Column.left("Stage", 13),
                TextTable.Column.left("RAG", 7), TextTable.Column.left("Lead officer", 22),
                TextTable.Column.left("Next milestone", 14), TextTable.Column.right("Funding " + thisYear, 15));
        List<List<String>> lines = new ArrayList<>();
        for (PortfolioRow row : rows) {
            lines.add(List.of(row.title(), row.stage().label(), row.rag() == null ? "None" : row.rag().label(),
                    row.leadOfficer() == null ? "" : row.leadOfficer(), date(row.nextMilestoneDue()),
                    row.fundingThisYear().formatPounds()));
        }
        return table.render(lines) + NL + rows.size() + (rows.size() == 1 ? " project." : " projects.") + NL;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
