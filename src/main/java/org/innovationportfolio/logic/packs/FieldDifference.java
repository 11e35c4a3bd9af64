package org.innovationportfolio.logic.packs;

/**
 * One field of a record that differs between my copy and theirs, in words for people.
 *
 * @param field the field's plain name: "Forecast date", "Owner"…
 * @param mine my value as text ("(blank)" when there is none)
 * @param theirs their value as text
 */
public record FieldDifference(String field, String mine, String theirs) {
}
