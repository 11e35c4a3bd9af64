package org.innovationportfolio.logic.catalogue;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.innovationportfolio.model.Fact;
import org.innovationportfolio.model.Innovation;

/** Narrows the catalogue to the entries a {@link CatalogueQuery} asks for, keeping their order. */
public final class CatalogueSearch {

    private CatalogueSearch() {
    }

    /**
     * The entries matching {@code query}, in the order given.
     *
     * @param adopted ids of the entries some project already adopts
     */
    public static List<Innovation> filter(Collection<Innovation> entries, CatalogueQuery query, Set<UUID> adopted) {
        return entries.stream().filter(entry -> matches(entry, query, adopted)).toList();
    }

    public static boolean matches(Innovation entry, CatalogueQuery query, Set<UUID> adopted) {
        if (!coversArea(entry, query)) {
            return false;
        }
        if (!query.programmes().isEmpty() && !query.programmes().contains(entry.programme())) {
            return false;
        }
        boolean isAdopted = adopted.contains(entry.id());
        switch (query.adoption()) {
            case ADOPTED -> {
                if (!isAdopted) {
                    return false;
                }
            }
            case NOT_ADOPTED -> {
                if (isAdopted) {
                    return false;
                }
            }
            default -> { }
        }
        return query.text().isEmpty() || containsEveryWord(entry, query.text());
    }

    /**
     * Themes (the CII Collective's priority areas) and strands (the DfE programme's) classify different entries,
     * never the same one, so they are alternatives: an entry passes with any theme or strand checked. Requiring
     * both would always find nothing.
     */
    private static boolean coversArea(Innovation entry, CatalogueQuery query) {
        if (query.themes().isEmpty() && query.strands().isEmpty()) {
            return true;
        }
        return (entry.strand() != null && query.strands().contains(entry.strand()))
                || entry.themes().stream().anyMatch(query.themes()::contains);
    }

    /** Every word of {@code text} must appear somewhere in the entry, so "care leavers Leeds" narrows as typed. */
    private static boolean containsEveryWord(Innovation entry, String text) {
        String haystack = searchableText(entry);
        return words(text).stream().allMatch(haystack::contains);
    }

    /** The words searched for, in lower case: what an entry must contain, and what {@link MatchReason} looks for. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static String searchableText(Innovation entry) {
        Stream<String> fields = Stream.of(entry.title(), entry.summary(), entry.targetGroup());
        Stream<String> organisations = Stream.concat(entry.leadOrganisations().stream(), entry.partners().stream());
        Stream<String> facts = entry.facts().stream().map(Fact::text);
        return Stream.of(fields, organisations, facts).flatMap(s -> s)
                .filter(s -> s != null)
                .map(s -> s.toLowerCase(Locale.ROOT))
                .reduce(new StringBuilder(), (all, s) -> all.append(s).append('\n'), StringBuilder::append)
                .toString();
    }
}
