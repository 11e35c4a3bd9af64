package org.innovationportfolio.logic.portfolio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** A {@link PortfolioFilter} in words, for saying what a filtered view shows: "RAG: Red; Stage: Delivering". */
public final class FilterWords {

    private FilterWords() {
    }

    /** Each choice of the filter, in the order of the portfolio's filter row, joined by "; "; empty for none. */
    public static String describe(PortfolioFilter filter) {
        List<String> parts = new ArrayList<>();
        addList(parts, "Stage", filter.stages(), stage -> stage.label());
        addList(parts, "RAG", filter.rags(), rag -> rag.label());
        // Themes and strands are one either-or choice (see PortfolioFilter#coversArea), so both read as one list.
        if (!filter.themes().isEmpty() && !filter.strands().isEmpty()) {
            List<String> areas = new ArrayList<>(sorted(filter.themes(), theme -> theme.label()));
            areas.addAll(sorted(filter.strands(), strand -> strand.label()));
            parts.add("Theme or strand: " + String.join(", ", areas));
        } else {
            addList(parts, "Theme", filter.themes(), theme -> theme.label());
            addList(parts, "Strand", filter.strands(), strand -> strand.label());
        }
        List<String> tags = filter.tags().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        if (!tags.isEmpty()) {
            parts.add((tags.size() == 1 ? "Tag: " : "Tags: ") + String.join(", ", tags));
        }
        if (!filter.text().isEmpty()) {
            parts.add("Search: \u201c" + filter.text() + "\u201d");
        }
        if (filter.overdueOnly()) {
            parts.add("Overdue milestones only");
        }
        if (filter.dueWithinDays() != null) {
            parts.add("Milestones due in " + filter.dueWithinDays() + (filter.dueWithinDays() == 1 ? " day" : " days"));
        }
        return String.join("; ", parts);
    }

    private static <E extends Enum<E>> void addList(List<String> parts, String name, Collection<E> chosen,
            Function<E, String> label) {
        if (!chosen.isEmpty()) {
            parts.add(name + ": " + String.join(", ", sorted(chosen, label)));
        }
    }

    private static <E extends Enum<E>> List<String> sorted(Collection<E> chosen, Function<E, String> label) {
        return chosen.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(label).toList();
    }
}
