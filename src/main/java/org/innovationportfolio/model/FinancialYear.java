package org.innovationportfolio.model;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A UK public-sector financial year, 1 April to 31 March, written "2024/25". */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern TEXT = Pattern.compile("^(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})$");

    public FinancialYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new InvalidValueException("The financial year starting in " + startYear
                    + " is out of range: use a year between 1900 and 2999.");
        }
    }

    /** The financial year a date falls in: 31 Mar 2025 is in 2024/25, 1 Apr 2025 in 2025/26. */
    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Reads "2024/25" (also "2024-25" and "2024/2025"); the two years must follow each other. */
    public static FinancialYear parse(String text) {
        if (text == null) {
            throw new InvalidValueException("Enter a financial year, for example 2024/25.");
        }
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidValueException("\"" + text.strip()
                    + "\" is not a financial year. Write it like 2024/25.");
        }
        int start = Integer.parseInt(m.group(1));
        String endText = m.group(2);
        int expectedEnd = start + 1;
        boolean follows = endText.length() == 2
                ? Integer.parseInt(endText) == expectedEnd % 100
                : Integer.parseInt(endText) == expectedEnd;
        if (!follows) {
            throw new InvalidValueException("\"" + text.strip() + "\" is not a financial year: the second year must follow the first, as in "
                    + start + "/" + String.format("%02d", expectedEnd % 100) + ".");
        }
        return new FinancialYear(start);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
