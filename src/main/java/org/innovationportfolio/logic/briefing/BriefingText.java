package org.innovationportfolio.logic.briefing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Map;
import org.innovationportfolio.model.Money;

/** How briefings write dates, money and counts: "3 Mar 2025", "£1,234,567", "2 projects". */
public final class BriefingText {

    private static final DateTimeFormatter DATE = dateFormat();

    private BriefingText() {
    }

    /** "3 Mar 2025" (never the CLDR "Sept"); an en dash when there is no date. */
    public static String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    /** Whole pounds: "£1,234,567". */
    public static String money(Money money) {
        return money.formatPounds();
    }

    /** "1 project", "3 projects". */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    public static String projects(long n) {
        return count(n, "project", "projects");
    }

    private static DateTimeFormatter dateFormat() {
        Map<Long, String> months = new HashMap<>();
        String[] names = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        for (int i = 0; i < names.length; i++) {
            months.put((long) i + 1, names[i]);
        }
        return new DateTimeFormatterBuilder().appendValue(ChronoField.DAY_OF_MONTH).appendLiteral(' ')
                .appendText(ChronoField.MONTH_OF_YEAR, months).appendLiteral(' ').appendValue(ChronoField.YEAR, 4)
                .toFormatter();
    }
}
