package org.innovationportfolio.logic.tracker;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.innovationportfolio.logic.export.Csv;
import org.innovationportfolio.model.Money;

/**
 * Writes the Projects sheet of a {@link TrackerWorkbook} as one CSV file (a CSV file holds one sheet), the way
 * the portfolio list's CSV is written ({@link Csv}): a header row, UTF-8, dates as 2025-03-31, money in pounds
 * (1234.50), and text that a spreadsheet would run as a formula (starting = + - @, tab or CR) given a
 * leading apostrophe, which {@link CsvSheetReader} takes off again on import.
 */
public final class CsvTrackerWriter implements TrackerWriter {

    @Override
    public void write(TrackerWorkbook workbook, OutputStream out) throws IOException {
        TrackerWorkbook.Sheet sheet = workbook.sheets().get(0);
        List<String> header = sheet.columns().stream().map(TrackerWorkbook.Column::header).toList();
        List<List<String>> rows = new ArrayList<>(sheet.rows().size());
        for (List<Object> values : sheet.rows()) {
            List<String> row = new ArrayList<>(values.size());
            for (Object value : values) {
                row.add(cell(value));
            }
            rows.add(row);
        }
        out.write(Csv.bytes(header, rows));
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return Csv.date(date);
        }
        if (value instanceof Money money) {
            return Csv.pounds(money);
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return Csv.text(value.toString());
    }
}
