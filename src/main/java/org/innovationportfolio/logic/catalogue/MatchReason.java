package org.innovationportfolio.logic.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.innovationportfolio.model.Fact;
import org.innovationportfolio.model.Innovation;

/**
 * Why a catalogue entry matched the words searched for: the fields they were found in and a few words around the
 * first one found beyond the title, as in "Matched in: summary — ‘…to make restorative practice the norm…’".
 *
 * @param fields where the words were found, in the order the entry reads ("title", "summary", "facts"…)
 * @param excerpt the words around the first match outside the title, or empty when every word is in the title
 */
public record MatchReason(List<String> fields, String excerpt) {

    /** Characters kept before the matched word: few, so the word itself shows in a narrow list. */
    static final int BEFORE = 20;
    /** Characters kept after the matched word. */
    static final int AFTER = 32;

    public MatchReason {
        fields = List.copyOf(fields);
        excerpt = excerpt == null ? "" : excerpt;
    }

    /** "Matched in: title, summary — ‘…restorative practice…’". */
    public String text() {
        return "Matched in: " + String.join(", ", fields) + (excerpt.isEmpty() ? "" : " — ‘" + excerpt + "’");
    }

    /** Why {@code entry} matches the words of {@code searched}; empty when nothing was searched for or nothing matched. */
    public static Optional<MatchReason> of(Innovation entry, String searched) {
        List<String> words = CatalogueSearch.words(searched);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<Field> fields = fields(entry);
        Set<String> found = new LinkedHashSet<>();
        String excerpt = "";
        for (Field field : fields) {
            String lower = field.text().toLowerCase(Locale.ROOT);
            for (String word : words) {
                int at = lower.indexOf(word);
                if (at < 0) {
                    continue;
                }
                found.add(field.name());
                if (excerpt.isEmpty() && !field.name().equals("title")) {
                    excerpt = excerpt(field.text(), at, word.length());
                }
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(new MatchReason(new ArrayList<>(found), excerpt));
    }

    private record Field(String name, String text) {
    }

    private static List<Field> fields(Innovation entry) {
        List<Field> fields = new ArrayList<>();
        add(fields, "title", entry.title());
        add(fields, "lead organisation", String.join("; ", entry.leadOrganisations()));
        add(fields, "partners", String.join("; ", entry.partners()));
        add(fields, "summary", entry.summary());
        add(fields, "target group", entry.targetGroup());
        add(fields, "facts", String.join(" ", entry.facts().stream().map(Fact::text).toList()));
        return fields;
    }

    private static void add(List<Field> fields, String name, String text) {
        if (text != null && !text.isBlank()) {
            fields.add(new Field(name, text));
        }
    }

    /** The word at {@code at} with a few words each side (cut at spaces), and "…" where the text was cut. */
    static String excerpt(String text, int at, int length) {
        int from = Math.max(0, at - BEFORE);
        int to = Math.min(text.length(), at + length + AFTER);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < at ? space + 1 : from;
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > at + length ? space : to;
        }
        String middle = text.substring(from, to).strip();
        return (from > 0 ? "…" : "") + middle + (to < text.length() ? "…" : "");
    }
}
