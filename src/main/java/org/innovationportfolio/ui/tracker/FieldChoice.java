package org.innovationportfolio.ui.tracker;

import org.innovationportfolio.logic.tracker.TrackerField;
import org.innovationportfolio.model.FinancialYear;

/**
 * What a column is imported as, in the officer's words: a field, funding in a year, or nothing.
 *
 * @param field the field, null for "Not imported"
 * @param year the financial year, for funding
 */
public record FieldChoice(TrackerField field, FinancialYear year) {

    public static final FieldChoice NOT_IMPORTED = new FieldChoice(null, null);

    public static FieldChoice of(TrackerField field) {
        return new FieldChoice(field, null);
    }

    public static FieldChoice funding(FinancialYear year) {
        return new FieldChoice(TrackerField.FUNDING, year);
    }

    public boolean imported() {
        return field != null;
    }

    /** As the drop-down shows it: "Project title", "Awarded in 2024/25", "Not imported". */
    public String label() {
        if (field == null) {
            return "Not imported";
        }
        return switch (field) {
            case ID -> "Project id (from export)";
            case TITLE -> "Project title";
            case COMMENTARY -> "RAG commentary";
            case FUNDING -> "Awarded in " + year;
            default -> field.label();
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
