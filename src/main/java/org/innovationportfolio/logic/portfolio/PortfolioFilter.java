package org.innovationportfolio.logic.portfolio;

import java.util.Set;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;

/**
 * What the portfolio table is narrowed to. Empty sets mean "any"; text is matched, ignoring case,
 * against titles, leads, partners and commentary. Themes and strands are read from the adopted
 * catalogue entry and count as one choice of areas (see {@link #coversArea}).
 *
 * @param overdueOnly only projects with a milestone overdue today
 * @param dueWithinDays only projects with a milestone due within this many days, or null for any
 * @param strands DfE Innovation Programme strands
 */
public record PortfolioFilter(Set<Stage> stages, Set<Rag> rags, Set<Theme> themes, Set<String> tags, String text,
        boolean overdueOnly, Integer dueWithinDays, Set<Strand> strands) {

    public static final PortfolioFilter NONE = new PortfolioFilter(Set.of(), Set.of(), Set.of(), Set.of(), "", false, null,
            Set.of());

    public PortfolioFilter {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        rags = rags == null ? Set.of() : Set.copyOf(rags);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        text = text == null ? "" : text.strip();
        strands = strands == null ? Set.of() : Set.copyOf(strands);
    }

    /** A filter with no strands chosen. */
    public PortfolioFilter(Set<Stage> stages, Set<Rag> rags, Set<Theme> themes, Set<String> tags, String text,
            boolean overdueOnly, Integer dueWithinDays) {
        this(stages, rags, themes, tags, text, overdueOnly, dueWithinDays, Set.of());
    }

    public static PortfolioFilter stage(Stage stage) {
        return new PortfolioFilter(Set.of(stage), Set.of(), Set.of(), Set.of(), "", false, null);
    }

    public static PortfolioFilter rag(Rag rag) {
        return new PortfolioFilter(Set.of(), Set.of(rag), Set.of(), Set.of(), "", false, null);
    }

    public static PortfolioFilter strand(Strand strand) {
        return new PortfolioFilter(Set.of(), Set.of(), Set.of(), Set.of(), "", false, null, Set.of(strand));
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * Whether a project whose adopted entry has {@code entryThemes} and {@code entryStrand} (null for none)
     * passes the theme and strand choice. The CII Collective files entries by priority area (theme) and the
     * DfE programme by strand, so no entry has both: the two lists are alternatives, and a project passes when
     * its entry has any theme or the strand chosen. With neither chosen every project passes.
     */
    public boolean coversArea(Set<Theme> entryThemes, Strand entryStrand) {
        if (themes.isEmpty() && strands.isEmpty()) {
            return true;
        }
        if (entryStrand != null && strands.contains(entryStrand)) {
            return true;
        }
        for (Theme theme : entryThemes) {
            if (themes.contains(theme)) {
                return true;
            }
        }
        return false;
    }
}
