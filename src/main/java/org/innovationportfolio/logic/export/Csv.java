package org.innovationportfolio.logic.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.innovationportfolio.model.Money;

/**
 * How exports write CSV: RFC 4180 quoting by commons-csv, a header row, UTF-8, and text that a
 * spreadsheet would run as a formula made inert. Public so every CSV the application writes (the portfolio
 * list, the catalogue, the tracker) guards text the same one way.
 */
public final class Csv {

    private Csv() {
    }

    public static byte[] bytes(List<String> header, List<List<String>> rows) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * User text, guarded: Excel and LibreOffice run a cell starting with = + - @ (or a tab or
     * carriage return before one) as a formula, so such text gets a leading apostrophe.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    /** Numbers we produce ourselves are written plain so spreadsheets can sum them. */
    public static String number(long value) {
        return Long.toString(value);
    }

    /** Pounds with two decimals ("1234.50"): what a spreadsheet user expects in a money column. */
    public static String pounds(Money money) {
        return money == null ? "" : BigDecimal.valueOf(money.pence(), 2).toPlainString();
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public static String yesNo(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }
}
