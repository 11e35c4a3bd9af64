package org.innovationportfolio.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.innovationportfolio.model.Money;

/** How the window writes dates, money and counts: the product's en-GB conventions in one place. */
public final class Formats {

    // Locale.ENGLISH, not Locale.UK: JDK 17's CLDR data writes September as "Sept" for en-GB, and we want "Sep".
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    /** "3 Mar 2025", or an empty string for no date. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Whole pounds, "£1,234,567"; an empty string for no amount. */
    public static String pounds(Money money) {
        return money == null ? "" : money.formatPounds();
    }

    /**
     * "24.5%", "25%", "-3.1%": a percentage to one decimal place (dropped when it is 0), with no space before the
     * sign; an empty string for no value.
     */
    public static String percent(Double percent) {
        if (percent == null || percent.isNaN() || percent.isInfinite()) {
            return "";
        }
        // A new format each time: DecimalFormat is not thread-safe, and view models build text off the FX thread.
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        // Through BigDecimal.valueOf so 24.45 rounds as written, to 24.5, not as the binary double just below it.
        String number = format.format(BigDecimal.valueOf(percent));
        return (number.equals("-0") ? "0" : number) + "%";
    }

    /** "1 project", "12 projects", "No projects". */
    public static String projectCount(int count) {
        if (count == 0) {
            return "No projects";
        }
        return count + (count == 1 ? " project" : " projects");
    }
}
