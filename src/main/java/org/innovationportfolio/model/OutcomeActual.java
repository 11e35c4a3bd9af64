package org.innovationportfolio.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A measured value of an outcome on a date, e.g. 42 children safely remaining at home in 2019/20. */
public record OutcomeActual(UUID id, LocalDate date, BigDecimal value, String note, Instant lastModified) {

    public OutcomeActual {
        Checks.required(id, "An actual's id");
        Checks.required(date, "The date of the actual");
        Checks.required(value, "The actual value");
        note = Checks.optionalLong(note, "The note");
        Checks.required(lastModified, "The last-modified time");
    }
}
