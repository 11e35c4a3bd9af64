package org.innovationportfolio.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a project's history: who changed which field of which record, when, from what to what. Values are as
 * the store keeps them (dates {@code 2025-03-03}, money in pence, choices by name); a private note's text is never
 * among them.
 *
 * @param at when the change was saved
 * @param user who saved it: the database role on a team portfolio, the login and officer's name on a laptop
 * @param recordTable the kind of record: {@code project} for the project's own fields, else its table
 *     ({@code milestone}, {@code funding_line}, {@code note}…)
 * @param recordId the record's id (the project's for its own fields and tags)
 * @param recordLabel what the record is known by (a milestone's title), as it was; null for none
 * @param field the column changed, or {@link #WHOLE_RECORD} when the record was added or removed
 * @param oldValue before; null for none (or a private note's text)
 * @param newValue after; null for none (or a private note's text)
 */
public record ChangeEntry(Instant at, String user, UUID projectId, String recordTable, UUID recordId,
        String recordLabel, String field, String oldValue, String newValue) {

    /** The field of a line that says a whole record was added ({@code oldValue} null) or removed. */
    public static final String WHOLE_RECORD = "*";

    public ChangeEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(recordTable, "recordTable");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(field, "field");
    }

    /** True when the line says the whole record was added or removed, not one field changed. */
    public boolean wholeRecord() {
        return WHOLE_RECORD.equals(field);
    }
}
