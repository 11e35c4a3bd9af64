package org.innovationportfolio.logic.project;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.innovationportfolio.model.InvalidValueException;

/** Reads dates as officers type them ("3 Mar 2025", "3 March 2025", "03/03/2025", "2025-03-03") and writes "3 Mar 2025". */
public final class DateText {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final List<DateTimeFormatter> READ = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            lenientCase("d MMM uuuu"),
            lenientCase("d MMMM uuuu"),
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));

    private DateText() {
    }

    /** "3 Mar 2025"; empty for no date. */
    public static String format(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /**
     * A project's dates as a board reads them, one rule for the window and both briefing formats:
     * "1 Sep 2025 to 31 Mar 2028", "From 1 Sep 2025, end not set", "Until 31 Mar 2027", or "Dates not set".
     */
    public static String period(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "Dates not set";
        }
        if (start == null) {
            return "Until " + format(end);
        }
        if (end == null) {
            return "From " + format(start) + ", end not set";
        }
        return format(start) + " to " + format(end);
    }

    /**
     * A fact's period as people read it: "2018", "Jul 2020" or "15 Jul 2020"; anything else exactly as stored, and
     * empty for none.
     */
    public static String formatPeriod(String period) {
        if (period == null || period.isBlank()) {
            return "";
        }
        try {
            if (period.matches("\\d{4}")) {
                return period;
            }
            if (period.matches("\\d{4}-\\d{2}")) {
                return MONTH.format(YearMonth.parse(period));
            }
            return format(LocalDate.parse(period));
        } catch (DateTimeParseException notAPeriod) {
            return period;
        }
    }

    /**
     * Reads an optional date; blank is no date.
     *
     * @param what the field, as a sentence starts: "The start date"
     * @throws InvalidValueException with a message saying how to write it
     */
    public static LocalDate parseOptional(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        // "Sept" is how many people (and JDK 17's en-GB data) abbreviate September.
        t = t.replaceAll("(?i)\\bsept\\b", "Sep");
        for (DateTimeFormatter format : READ) {
            try {
                return LocalDate.parse(t, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next way of writing it
            }
        }
        throw new InvalidValueException(what + " \"" + text.strip() + "\" is not a date. Write it like 3 Mar 2025 or 2025-03-03.");
    }

    /** Reads a required date. */
    public static LocalDate parseRequired(String text, String what) {
        LocalDate date = parseOptional(text, what);
        if (date == null) {
            throw new InvalidValueException(what + " is required. Write it like 3 Mar 2025.");
        }
        return date;
    }

    private static DateTimeFormatter lenientCase(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
