package org.innovationportfolio.logic.catalogue;

import java.util.Set;
import org.innovationportfolio.model.Programme;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;

/**
 * What the catalogue is narrowed to: empty sets mean "any"; text is matched, ignoring case, against
 * titles, organisations, summaries, target groups and facts.
 */
public record CatalogueQuery(Set<Theme> themes, Set<Strand> strands, Set<Programme> programmes, String text,
        AdoptionState adoption) {

    public static final CatalogueQuery ALL = new CatalogueQuery(Set.of(), Set.of(), Set.of(), "", AdoptionState.ANY);

    public CatalogueQuery {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        strands = strands == null ? Set.of() : Set.copyOf(strands);
        programmes = programmes == null ? Set.of() : Set.copyOf(programmes);
        text = text == null ? "" : text.strip();
        adoption = adoption == null ? AdoptionState.ANY : adoption;
    }

    public CatalogueQuery withText(String newText) {
        return new CatalogueQuery(themes, strands, programmes, newText, adoption);
    }

    public CatalogueQuery withThemes(Set<Theme> newThemes) {
        return new CatalogueQuery(newThemes, strands, programmes, text, adoption);
    }

    public CatalogueQuery withStrands(Set<Strand> newStrands) {
        return new CatalogueQuery(themes, newStrands, programmes, text, adoption);
    }

    public CatalogueQuery withProgrammes(Set<Programme> newProgrammes) {
        return new CatalogueQuery(themes, strands, newProgrammes, text, adoption);
    }

    public CatalogueQuery withAdoption(AdoptionState newAdoption) {
        return new CatalogueQuery(themes, strands, programmes, text, newAdoption);
    }

    /** Whether entries must already be adopted into the portfolio, must not be, or either. */
    public enum AdoptionState {
        ANY("Adopted or not"),
        ADOPTED("Adopted"),
        NOT_ADOPTED("Not adopted");

        private final String label;

        AdoptionState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
