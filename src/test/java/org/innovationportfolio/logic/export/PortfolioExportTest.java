package org.innovationportfolio.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.junit.jupiter.api.Test;

class PortfolioExportTest {

    private static PortfolioRow row(String title, String lead, long slippage) {
        return new PortfolioRow(UUID.fromString("00000000-0000-0000-0000-000000000001"), title, null, null,
                Stage.DELIVERING, Rag.AMBER, LocalDate.of(2026, 10, 1), lead, null, LocalDate.of(2025, 4, 1), null,
                List.of("edge of care", "+tag"), "Evaluation report", LocalDate.of(2027, 1, 31), slippage, 2,
                new FinancialYear(2026), Money.ofPence(12_345_600), Money.ofPence(50_000_000), Money.ZERO,
                Money.ofPence(1));
    }

    @Test
    void jsonHasMoneyInPenceIsoDatesAndEnumNames() {
        String json = new String(PortfolioExport.json(List.of(row("No Wrong Door", "Sam £ Ahmed", 14))),
                StandardCharsets.UTF_8);

        assertThat(json).contains("\"fundingThisYear\": 12345600", "\"totalSpent\": 0", "\"totalForecast\": 1",
                "\"ragDate\": \"2026-10-01\"", "\"stage\": \"DELIVERING\"", "\"rag\": \"AMBER\"",
                "\"financialYear\": \"2026/27\"", "\"innovation\": null", "\"leadOfficer\": \"Sam £ Ahmed\"");
        assertThat(json).startsWith("[\n  {\n    \"id\": ").endsWith("  }\n]\n").doesNotContain("\r");
    }

    @Test
    void emptyListsAreWrittenAsBrackets() {
        assertThat(new String(PortfolioExport.json(List.of()), StandardCharsets.UTF_8)).isEqualTo("[]\n");
    }

    @Test
    void jsonIsTheSameBytesEveryTime() {
        List<PortfolioRow> rows = List.of(row("A", null, 0), row("B", "x", -3));

        assertThat(PortfolioExport.json(rows)).isEqualTo(PortfolioExport.json(rows));
    }

    @Test
    void csvGuardsTextThatASpreadsheetWouldRunAsAFormula() throws Exception {
        List<PortfolioRow> rows = List.of(row("=1+1", "-Ann", -3), row("@cmd", "+44 1234", 0), row("Plain, \"quoted\"", "Bo", 5));

        List<CSVRecord> records = parse(PortfolioExport.csv(rows));

        assertThat(records).extracting(r -> r.get("title")).containsExactly("'=1+1", "'@cmd", "Plain, \"quoted\"");
        assertThat(records).extracting(r -> r.get("leadOfficer")).containsExactly("'-Ann", "'+44 1234", "Bo");
        // Numbers we produce stay numbers, even negative ones.
        assertThat(records).extracting(r -> r.get("slippageDays")).containsExactly("-3", "0", "5");
        assertThat(records.get(0).get("tags")).isEqualTo("edge of care; +tag");
    }

    @Test
    void csvHasMoneyInPoundsWithTwoDecimals() throws Exception {
        CSVRecord record = parse(PortfolioExport.csv(List.of(row("A", null, 0)))).get(0);

        assertThat(record.get("fundingThisYear")).isEqualTo("123456.00");
        assertThat(record.get("totalForecast")).isEqualTo("0.01");
        assertThat(record.get("stage")).isEqualTo("Delivering");
        assertThat(record.get("rag")).isEqualTo("Amber");
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
    }
}
