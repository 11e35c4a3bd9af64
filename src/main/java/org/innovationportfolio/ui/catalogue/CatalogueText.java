package org.innovationportfolio.ui.catalogue;

import java.util.stream.Collectors;
import org.innovationportfolio.model.Evidence;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Programme;
import org.innovationportfolio.model.Theme;

/** The words the catalogue page shows for an entry, in one place so list, detail and screen reader agree. */
final class CatalogueText {

    private CatalogueText() {
    }

    /** "North Yorkshire · Rethinking support for adolescents… · DfE Children's Social Care Innovation Programme". */
    static String whoAndWhere(Innovation entry) {
        StringBuilder text = new StringBuilder();
        if (!entry.leadOrganisations().isEmpty()) {
            text.append(entry.leadOrganisationsText()).append(" · ");
        }
        String area = area(entry);
        if (!area.isEmpty()) {
            text.append(area).append(" · ");
        }
        return text.append(entry.programme().label()).toString();
    }

    /** The DfE strand, or the CII priority areas, or nothing. */
    static String area(Innovation entry) {
        if (entry.strand() != null) {
            return entry.strand().label();
        }
        return entry.themes().stream().sorted().map(Theme::label).collect(Collectors.joining("; "));
    }

    static String accessibleSummary(Innovation entry, boolean adopted) {
        return entry.title() + ". " + whoAndWhere(entry)
                + (entry.award() == null ? "" : ". Award " + entry.award().display())
                + (adopted ? ". Adopted in your portfolio." : ".");
    }

    /** "Evaluation published", "No evaluation published", or "Not known" when the sources do not say. */
    static String evaluation(Evidence evidence) {
        if (evidence.evaluationPublished() == null) {
            return "Not stated in the sources";
        }
        return evidence.evaluationPublished() ? "Evaluation published" : "No evaluation published";
    }

    static boolean isUserEntry(Innovation entry) {
        return entry.programme() == Programme.USER;
    }
}
