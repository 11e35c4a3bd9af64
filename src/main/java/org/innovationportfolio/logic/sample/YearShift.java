package org.innovationportfolio.logic.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.innovationportfolio.model.FinancialYear;

/**
 * Moves sample data forward by whole years, so a sample written for one day still looks current on a
 * later one: months, weekdays' rough place and financial-year structure stay as written.
 *
 * @param years whole years to add, never negative
 */
public record YearShift(int years) {

    public YearShift {
        if (years < 0) {
            throw new IllegalArgumentException("A year shift cannot be negative (" + years + ").");
        }
    }

    /** Full years elapsed from {@code asOf} to {@code today}; zero when today is earlier. */
    public static YearShift between(LocalDate asOf, LocalDate today) {
        long elapsed = ChronoUnit.YEARS.between(asOf, today);
        return new YearShift((int) Math.max(0, elapsed));
    }

    public LocalDate shift(LocalDate date) {
        return date == null ? null : date.plusYears(years);
    }

    public Instant shift(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
    }

    public FinancialYear shift(FinancialYear year) {
        return year == null ? null : new FinancialYear(year.startYear() + years);
    }
}
