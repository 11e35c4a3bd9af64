package org.innovationportfolio.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A project moving from one stage to another on a day. A project keeps them all, newest first; its
 * first stage is not a change (the project's created time says when it began).
 */
public record StageChange(UUID id, Stage from, Stage to, LocalDate changedOn, Instant lastModified) {

    public StageChange {
        Checks.required(id, "A stage change's id");
        Checks.required(from, "The stage moved from");
        Checks.required(to, "The stage moved to");
        Checks.required(changedOn, "The date of the stage change");
        Checks.required(lastModified, "The last-modified time");
        if (from == to) {
            throw new InvalidValueException("A stage change must move to a different stage: it moves from "
                    + from.label() + " to " + to.label() + ".");
        }
    }

    /** A change made here on {@code day}, with a new id. */
    public static StageChange of(Stage from, Stage to, LocalDate day, Instant now) {
        return new StageChange(UUID.randomUUID(), from, to, day, now);
    }
}
