package org.innovationportfolio.logic.portfolio;

import java.util.Set;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.Theme;

/**
 * What the portfolio table is narrowed to. Empty sets mean "any"; text is matched, ignoring case,
 * against titles, leads, partners and commentary.
 *
 * @param overdueOnly only projects with a milestone overdue today
 * @param dueWithinDays only projects with a milestone due within this many days, or null for any
 */
public record PortfolioFilter(Set<Stage> stages, Set<Rag> rags, Set<Theme> themes, Set<String> tags, String text,
        boolean overdueOnly, Integer dueWithinDays) {

    public static final PortfolioFilter NONE = new PortfolioFilter(Set.of(), Set.of(), Set.of(), Set.of(), "", false, null);

    public PortfolioFilter {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        rags = rags == null ? Set.of() : Set.copyOf(rags);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        text = text == null ? "" : text.strip();
    }

    public static PortfolioFilter stage(Stage stage) {
        return new PortfolioFilter(Set.of(stage), Set.of(), Set.of(), Set.of(), "", false, null);
    }

    public static PortfolioFilter rag(Rag rag) {
        return new PortfolioFilter(Set.of(), Set.of(rag), Set.of(), Set.of(), "", false, null);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
