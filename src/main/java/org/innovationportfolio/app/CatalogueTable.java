package org.innovationportfolio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Programme;
import org.innovationportfolio.model.Theme;

/** Writes catalogue entries as a fixed-width text table for a terminal, with a count at the end. */
final class CatalogueTable {

    private static final TextTable TABLE = new TextTable(TextTable.Column.left("Title", 46),
            TextTable.Column.left("Lead organisation", 32), TextTable.Column.left("Strand or theme", 40),
            TextTable.Column.right("Award", 11));
    private static final String NL = System.lineSeparator();

    private CatalogueTable() {
    }

    /**
     * The table; an adopted entry's title is marked with {@code *}.
     *
     * @param total how many entries the whole catalogue has, for "12 of 160 entries"
     */
    static String render(List<Innovation> entries, Set<UUID> adopted, int total) {
        StringBuilder out = new StringBuilder();
        if (!entries.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Innovation entry : entries) {
                String title = (adopted.contains(entry.id()) ? "* " : "") + entry.title();
                rows.add(List.of(title, entry.leadOrganisationsText(), area(entry),
                        entry.award() == null ? "" : entry.award().display()));
            }
            out.append(TABLE.render(rows)).append(NL);
        }
        out.append(count(entries.size(), total));
        long adoptedShown = entries.stream().filter(e -> adopted.contains(e.id())).count();
        if (adoptedShown > 0) {
            out.append("; * ").append(adoptedShown).append(" already adopted in your portfolio");
        }
        return out.append('.').append(NL).toString();
    }

    /** The strand for a DfE-funded project, the priority areas for a CII entry, else the programme. */
    static String area(Innovation entry) {
        if (entry.strand() != null) {
            return entry.strand().label();
        }
        if (!entry.themes().isEmpty()) {
            return entry.themes().stream().sorted().map(Theme::label).collect(Collectors.joining("; "));
        }
        return entry.programme() == Programme.USER ? "" : entry.programme().label();
    }

    private static String count(int shown, int total) {
        String noun = total == 1 ? " catalogue entry" : " catalogue entries";
        if (shown == total) {
            return total + noun;
        }
        return (shown == 0 ? "No" : String.valueOf(shown)) + " of " + total + noun + " match";
    }
}
