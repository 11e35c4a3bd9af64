package org.innovationportfolio.logic.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;

/**
 * Reads themes and strands as people type them: the enum name in any case, with hyphens or spaces
 * ("early-intervention-and-early-help"), or the label ("Technological innovation").
 */
public final class CatalogueTerms {

    private CatalogueTerms() {
    }

    public static Optional<Theme> theme(String text) {
        return Arrays.stream(Theme.values()).filter(t -> same(text, t.name(), t.label())).findFirst();
    }

    public static Optional<Strand> strand(String text) {
        return Arrays.stream(Strand.values()).filter(s -> same(text, s.name(), s.label())).findFirst();
    }

    /** The short form of a name, as the command line shows it: "early-intervention-and-early-help". */
    public static String shortForm(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<String> themeNames() {
        return Arrays.stream(Theme.values()).map(CatalogueTerms::shortForm).toList();
    }

    public static List<String> strandNames() {
        return Arrays.stream(Strand.values()).map(CatalogueTerms::shortForm).toList();
    }

    private static boolean same(String text, String name, String label) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String typed = normalise(text);
        return typed.equals(normalise(name)) || typed.equals(normalise(label));
    }

    // Case, hyphens, underscores, commas and apostrophes are ignored: "children's" matches "CHILDRENS".
    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}
