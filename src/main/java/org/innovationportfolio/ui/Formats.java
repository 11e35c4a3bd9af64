package org.innovationportfolio.ui;

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

    /** "1 project", "12 projects", "No projects". */
    public static String projectCount(int count) {
        if (count == 0) {
            return "No projects";
        }
        return count + (count == 1 ? " project" : " projects");
    }
}
