package org.innovationportfolio.logic.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.innovationportfolio.model.Award;
import org.innovationportfolio.model.CatalogueSource;
import org.innovationportfolio.model.Evidence;
import org.innovationportfolio.model.Fact;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.SourceRef;
import org.innovationportfolio.model.Theme;

/**
 * Writes the catalogue with every field: JSON nests evidence, award, facts and the source
 * documents; CSV has one row per entry with lists joined, and each fact and each cited source on its own line in
 * one cell.
 */
public final class CatalogueExport {

    public static final List<String> CSV_COLUMNS = List.of("id", "key", "title", "programme", "strand", "themes",
            "leadOrganisations", "partners", "summary", "targetGroup", "evaluationPublished", "evaluator", "findings",
            "evidenceLink", "award", "awardUpTo", "awardAsWritten", "sources", "facts", "shipped",
            "editedByUser", "lastModified");

    private CatalogueExport() {
    }

    public static byte[] json(List<Innovation> innovations, List<CatalogueSource> sources) {
        ObjectNode root = Json.object();
        ArrayNode sourceArray = root.putArray("sources");
        for (CatalogueSource source : sortedSources(sources)) {
            ObjectNode node = sourceArray.addObject();
            Json.put(node, "id", source.id());
            Json.put(node, "title", source.title());
            Json.put(node, "file", source.file());
            Json.put(node, "published", source.published());
        }
        ArrayNode entries = root.putArray("innovations");
        for (Innovation innovation : sorted(innovations)) {
            innovationJson(entries.addObject(), innovation);
        }
        return Json.bytes(root);
    }

    public static byte[] csv(List<Innovation> innovations, List<CatalogueSource> sources) {
        Map<String, CatalogueSource> byId = sources.stream()
                .collect(Collectors.toMap(CatalogueSource::id, Function.identity(), (a, b) -> a));
        return Csv.bytes(CSV_COLUMNS, sorted(innovations).stream().map(i -> csvRow(i, byId)).toList());
    }

    private static void innovationJson(ObjectNode node, Innovation innovation) {
        Json.put(node, "id", innovation.id());
        Json.put(node, "key", innovation.key());
        Json.put(node, "title", innovation.title());
        Json.put(node, "programme", innovation.programme());
        Json.put(node, "strand", innovation.strand());
        ArrayNode themes = node.putArray("themes");
        sortedThemes(innovation).forEach(theme -> themes.add(theme.name()));
        Json.putStrings(node, "leadOrganisations", innovation.leadOrganisations());
        Json.putStrings(node, "partners", innovation.partners());
        Json.put(node, "summary", innovation.summary());
        Json.put(node, "targetGroup", innovation.targetGroup());
        Evidence evidence = innovation.evidence();
        ObjectNode evidenceNode = node.putObject("evidence");
        evidenceNode.put("evaluationPublished", evidence.evaluationPublished());
        Json.put(evidenceNode, "evaluator", evidence.evaluator());
        Json.put(evidenceNode, "findings", evidence.findings());
        Json.put(evidenceNode, "link", evidence.link());
        Award award = innovation.award();
        if (award == null) {
            node.putNull("award");
        } else {
            ObjectNode awardNode = node.putObject("award");
            Json.put(awardNode, "amount", award.amount());
            awardNode.put("upTo", award.upTo());
            Json.put(awardNode, "asWritten", award.asWritten());
        }
        ArrayNode facts = node.putArray("facts");
        for (Fact fact : innovation.facts()) {
            ObjectNode factNode = facts.addObject();
            Json.put(factNode, "text", fact.text());
            Json.put(factNode, "figure", fact.figure());
            Json.put(factNode, "date", fact.date());
            sourceJson(factNode, fact.source());
        }
        ArrayNode citations = node.putArray("sources");
        for (SourceRef source : innovation.sources()) {
            refJson(citations.addObject(), source);
        }
        node.put("shipped", innovation.shipped());
        node.put("editedByUser", innovation.editedByUser());
        Json.put(node, "lastModified", innovation.lastModified());
    }

    private static void sourceJson(ObjectNode node, SourceRef source) {
        if (source == null) {
            node.putNull("source");
            return;
        }
        refJson(node.putObject("source"), source);
    }

    private static void refJson(ObjectNode node, SourceRef source) {
        Json.put(node, "sourceId", source.sourceId());
        Json.put(node, "section", source.section());
    }

    private static List<String> csvRow(Innovation innovation, Map<String, CatalogueSource> sources) {
        Evidence evidence = innovation.evidence();
        Award award = innovation.award();
        return List.of(
                innovation.id().toString(),
                Csv.text(innovation.key()),
                Csv.text(innovation.title()),
                innovation.programme().label(),
                innovation.strand() == null ? "" : innovation.strand().label(),
                String.join("; ", sortedThemes(innovation).stream().map(Theme::label).toList()),
                Csv.text(String.join("; ", innovation.leadOrganisations())),
                Csv.text(String.join("; ", innovation.partners())),
                Csv.text(innovation.summary()),
                Csv.text(innovation.targetGroup()),
                Csv.yesNo(evidence.evaluationPublished()),
                Csv.text(evidence.evaluator()),
                Csv.text(evidence.findings()),
                Csv.text(evidence.link()),
                award == null ? "" : Csv.pounds(award.amount()),
                award == null ? "" : Csv.yesNo(award.upTo()),
                award == null ? "" : Csv.text(award.asWritten()),
                Csv.text(String.join("\n", innovation.sources().stream().map(s -> citation(s, sources)).toList())),
                Csv.text(String.join("\n", innovation.facts().stream().map(f -> factLine(f, sources)).toList())),
                Csv.yesNo(innovation.shipped()),
                Csv.yesNo(innovation.editedByUser()),
                innovation.lastModified().toString());
    }

    /** One fact as a line: "text (figure; date) [source title, section]". */
    private static String factLine(Fact fact, Map<String, CatalogueSource> sources) {
        StringBuilder line = new StringBuilder(fact.text());
        String detail = String.join("; ", Stream.of(fact.figure(), fact.date())
                .filter(Objects::nonNull).toList());
        if (!detail.isEmpty()) {
            line.append(" (").append(detail).append(')');
        }
        return line.append(" [").append(citation(fact.source(), sources)).append(']').toString();
    }

    /** "source title, section", or the title alone when no section is given. */
    private static String citation(SourceRef ref, Map<String, CatalogueSource> sources) {
        String title = sourceTitle(ref, sources);
        return ref.section() == null ? title : title + ", " + ref.section();
    }

    private static String sourceTitle(SourceRef ref, Map<String, CatalogueSource> sources) {
        CatalogueSource source = sources.get(ref.sourceId());
        return source == null ? ref.sourceId() : source.title();
    }

    private static List<Theme> sortedThemes(Innovation innovation) {
        // Themes are a Set with no fixed order: sort so the same catalogue always gives the same bytes.
        return innovation.themes().stream().sorted().toList();
    }

    private static List<Innovation> sorted(List<Innovation> innovations) {
        return innovations.stream()
                .sorted(Comparator.comparing(Innovation::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Innovation::id))
                .toList();
    }

    private static List<CatalogueSource> sortedSources(List<CatalogueSource> sources) {
        return sources.stream().sorted(Comparator.comparing(CatalogueSource::id)).toList();
    }
}
