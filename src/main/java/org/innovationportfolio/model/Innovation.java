package org.innovationportfolio.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A catalogue entry: a practice model or project an innovation lead might adopt, with who ran it,
 * its evidence and funding, and where each fact came from.
 *
 * @param key a stable slug; shipped entries derive their id from it
 * @param sources the documents (and sections) the entry's prose comes from, in the order cited
 * @param shipped true for entries that came with the application
 * @param editedByUser true once the user has changed a shipped entry, so updates leave it alone
 */
public record Innovation(
        UUID id,
        String key,
        String title,
        Programme programme,
        Strand strand,
        Set<Theme> themes,
        List<String> leadOrganisations,
        List<String> partners,
        String summary,
        String targetGroup,
        Evidence evidence,
        Award award,
        List<Fact> facts,
        List<SourceRef> sources,
        boolean shipped,
        boolean editedByUser,
        Instant lastModified) {

    private static final String ID_NAMESPACE = "innovation-portfolio:catalogue:";

    public Innovation {
        Checks.required(id, "An innovation's id");
        key = Checks.requiredText(key, "The catalogue key");
        title = Checks.requiredText(title, "The innovation title");
        Checks.required(programme, "The programme");
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        leadOrganisations = Checks.shortTexts(leadOrganisations, "A lead organisation");
        partners = Checks.shortTexts(partners, "A partner");
        summary = Checks.optionalLong(summary, "The summary");
        targetGroup = Checks.optionalLong(targetGroup, "The target group");
        evidence = evidence == null ? Evidence.UNKNOWN : evidence;
        facts = Checks.list(facts);
        sources = Checks.list(sources);
        Checks.required(lastModified, "The last-modified time");
    }

    /** The id a shipped entry has on every install and release, derived from its key. */
    public static UUID stableId(String key) {
        return UUID.nameUUIDFromBytes((ID_NAMESPACE + key).getBytes(StandardCharsets.UTF_8));
    }

    public String leadOrganisationsText() {
        return String.join("; ", leadOrganisations);
    }
}
