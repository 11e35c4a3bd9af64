package org.innovationportfolio.app;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Programme;
import org.innovationportfolio.model.Theme;

/** Writes catalogue entries as a fixed-width text table for a terminal, with a count at the end. */
final class CatalogueTable {

    private static final int TITLE = 46;
    private static final int LEAD = 32;
    private static final int AREA = 40;
    private static final int AWARD = 11;
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
            out.append(row("Title", "Lead organisation", "Strand or theme", "Award")).append(NL);
            out.append(row("-".repeat(TITLE), "-".repeat(LEAD), "-".repeat(AREA), "-".repeat(AWARD))).append(NL);
            for (Innovation entry : entries) {
                String title = (adopted.contains(entry.id()) ? "* " : "") + entry.title();
                out.append(row(title, entry.leadOrganisationsText(), area(entry),
                        entry.award() == null ? "" : entry.award().display())).append(NL);
            }
            out.append(NL);
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

    private static String row(String title, String lead, String area, String award) {
        return (fit(title, TITLE) + "  " + fit(lead, LEAD) + "  " + fit(area, AREA) + "  "
                + String.format("%" + AWARD + "s", fit(award, AWARD))).stripTrailing();
    }

    /** Pads to {@code width}, or cuts with an ellipsis so the columns stay in line. */
    private static String fit(String text, int width) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (t.length() > width) {
            return t.substring(0, width - 1) + "…";
        }
        return t + " ".repeat(width - t.length());
    }
}
