package org.innovationportfolio.logic.tracker;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.InvalidValueException;

/**
 * Dates as officers write them in trackers. Day first, always (UK): {@code 31/03/2025}, {@code 31.3.25},
 * {@code 31-03-2025}, {@code 2025-03-31}, {@code 31 Mar 2025}, {@code 31 March 2025}; a month alone
 * ({@code Mar-25}, {@code March 2025}) is the last day of that month; a quarter of a financial year
 * ({@code Q4 2024/25}) is the last day of that quarter (Q1 ends 30 June, Q4 ends 31 March). Two-digit years
 * are 20xx. A number in a date column is read as an Excel date serial.
 */
public final class TrackerDates {

    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2}|\\d{4})$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-]+([A-Za-z]{3,9})\\.?[\\s\\-,]+(\\d{2}|\\d{4})$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^([A-Za-z]{3,9})\\.?[\\s\\-/]+(\\d{2}|\\d{4})$");
    private static final Pattern QUARTER = Pattern.compile("^Q\\s*([1-4])\\s*(?:of\\s*)?(?:FY\\s*)?(\\d{4}\\s*[/-]\\s*(?:\\d{2}|\\d{4}))$",
            Pattern.CASE_INSENSITIVE);
    /** Excel serials from 1 Jan 1950 to 31 Dec 2099: anything else in a date column is not a date. */
    private static final double FIRST_SERIAL = 18264;
    private static final double LAST_SERIAL = 73415;

    private TrackerDates() {
    }

    /** The date in {@code cell}, null when it is blank. */
    public static LocalDate parse(SheetCell cell) {
        Object value = cell.value();
        if (value == null || cell.isBlank()) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Double serial) {
            if (serial >= FIRST_SERIAL && serial <= LAST_SERIAL) {
                return LocalDate.of(1899, 12, 30).plusDays(serial.longValue());
            }
            throw new InvalidValueException(cell.text() + " is a number, not a date.");
        }
        return parse(cell.text());
    }

    /** The date {@code text} means, null when blank. */
    public static LocalDate parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            Matcher m = NUMERIC.matcher(t);
            if (m.matches()) {
                return LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = DAY_MONTH_YEAR.matcher(t);
            if (m.matches()) {
                Month month = month(m.group(2));
                if (month != null) {
                    return LocalDate.of(year(m.group(3)), month, Integer.parseInt(m.group(1)));
                }
            }
            m = MONTH_YEAR.matcher(t);
            if (m.matches()) {
                Month month = month(m.group(1));
                if (month != null) {
                    return YearMonth.of(year(m.group(2)), month).atEndOfMonth();
                }
            }
            m = QUARTER.matcher(t);
            if (m.matches()) {
                FinancialYear year = FinancialYear.parse(m.group(2).replace(" ", ""));
                int quarter = Integer.parseInt(m.group(1));
                return YearMonth.from(year.firstDay()).plusMonths(quarter * 3L - 1).atEndOfMonth();
            }
        } catch (DateTimeException | InvalidValueException e) {
            throw new InvalidValueException(t + " is not a date.");
        }
        throw new InvalidValueException(t + " is not a date. Write dates like 31/03/2025, Mar-25 or Q4 2024/25.");
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) {
            return null;
        }
        for (Month month : Month.values()) {
            String full = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
            if (full.startsWith(n) && (n.length() == 3 || n.length() == full.length() || n.equals("sept"))) {
                return month;
            }
        }
        return null;
    }
}
