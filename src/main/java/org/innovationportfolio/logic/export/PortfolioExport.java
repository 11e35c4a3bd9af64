package org.innovationportfolio.logic.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.innovationportfolio.logic.portfolio.PortfolioRow;

/**
 * Writes portfolio rows as JSON (an array of objects; camelCase keys, ISO dates, enum names,
 * money in pence) or CSV (the same columns; labels, money in pounds).
 */
public final class PortfolioExport {

    /** The columns, in order, shared by both formats. */
    public static final List<String> COLUMNS = List.of("id", "title", "innovationId", "innovation", "stage", "rag",
            "ragDate", "leadOfficer", "sponsor", "startDate", "endDate", "tags", "nextMilestone", "nextMilestoneDue",
            "slippageDays", "overdueMilestones", "financialYear", "fundingThisYear", "totalAwarded", "totalSpent",
            "totalForecast");

    private PortfolioExport() {
    }

    public static byte[] json(List<PortfolioRow> rows) {
        ArrayNode array = Json.array();
        for (PortfolioRow row : rows) {
            ObjectNode node = array.addObject();
            Json.put(node, "id", row.id());
            Json.put(node, "title", row.title());
            Json.put(node, "innovationId", row.innovationId());
            Json.put(node, "innovation", row.innovationTitle());
            Json.put(node, "stage", row.stage());
            Json.put(node, "rag", row.rag());
            Json.put(node, "ragDate", row.ragDate());
            Json.put(node, "leadOfficer", row.leadOfficer());
            Json.put(node, "sponsor", row.sponsor());
            Json.put(node, "startDate", row.startDate());
            Json.put(node, "endDate", row.endDate());
            Json.putStrings(node, "tags", row.tags());
            Json.put(node, "nextMilestone", row.nextMilestone());
            Json.put(node, "nextMilestoneDue", row.nextMilestoneDue());
            node.put("slippageDays", row.slippageDays());
            node.put("overdueMilestones", row.overdueMilestones());
            Json.put(node, "financialYear", row.financialYear().toString());
            Json.put(node, "fundingThisYear", row.fundingThisYear());
            Json.put(node, "totalAwarded", row.totalAwarded());
            Json.put(node, "totalSpent", row.totalSpent());
            Json.put(node, "totalForecast", row.totalForecast());
        }
        return Json.bytes(array);
    }

    public static byte[] csv(List<PortfolioRow> rows) {
        return Csv.bytes(COLUMNS, rows.stream().map(PortfolioExport::csvRow).toList());
    }

    private static List<String> csvRow(PortfolioRow row) {
        return List.of(
                row.id().toString(),
                Csv.text(row.title()),
                row.innovationId() == null ? "" : row.innovationId().toString(),
                Csv.text(row.innovationTitle()),
                row.stage().label(),
                row.rag() == null ? "" : row.rag().label(),
                Csv.date(row.ragDate()),
                Csv.text(row.leadOfficer()),
                Csv.text(row.sponsor()),
                Csv.date(row.startDate()),
                Csv.date(row.endDate()),
                Csv.text(String.join("; ", row.tags())),
                Csv.text(row.nextMilestone()),
                Csv.date(row.nextMilestoneDue()),
                Csv.number(row.slippageDays()),
                Csv.number(row.overdueMilestones()),
                row.financialYear().toString(),
                Csv.pounds(row.fundingThisYear()),
                Csv.pounds(row.totalAwarded()),
                Csv.pounds(row.totalSpent()),
                Csv.pounds(row.totalForecast()));
    }
}
