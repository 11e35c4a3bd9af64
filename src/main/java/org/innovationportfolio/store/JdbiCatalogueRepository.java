package org.innovationportfolio.store;

import static org.innovationportfolio.store.SqlValues.instant;
import static org.innovationportfolio.store.SqlValues.name;
import static org.innovationportfolio.store.SqlValues.uuid;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.logic.ports.CatalogueRepository;
import org.innovationportfolio.model.Award;
import org.innovationportfolio.model.CatalogueSource;
import org.innovationportfolio.model.Fact;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.SourceRef;
import org.innovationportfolio.model.Theme;
import org.innovationportfolio.store.CatalogueMappers.InnovationHead;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/** The catalogue's innovations (with their lists and facts) and source documents, within the caller's transaction. */
final class JdbiCatalogueRepository implements CatalogueRepository {

    private static final List<String> CHILD_TABLES = List.of(
            "innovation_lead_org", "innovation_partner", "innovation_theme", "innovation_fact", "innovation_citation");
    private static final Comparator<Innovation> BY_TITLE = Comparator
            .comparing(Innovation::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Innovation::title)
            .thenComparing(Innovation::id);

    private final Handle handle;

    JdbiCatalogueRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public List<Innovation> findAll() {
        return load(null);
    }

    /**
     * The innovation rows and their themes: two queries, not five. For lists and search only, never to
     * be saved (see the interface).
     */
    @Override
    public List<Innovation> findAllForListing() {
        List<InnovationHead> heads = query("SELECT * FROM innovation", null, new CatalogueMappers.InnovationMapper());
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Theme>> themes = Child.byParent(query("SELECT innovation_id, theme FROM innovation_theme",
                null, new CatalogueMappers.ThemeMapper()));
        return heads.stream()
                .map(h -> h.with(Set.copyOf(themes.getOrDefault(h.id(), List.of())), List.of(), List.of(), List.of(),
                        List.of()))
                .sorted(BY_TITLE)
                .toList();
    }

    @Override
    public Optional<Innovation> find(UUID id) {
        return load(id).stream().findFirst();
    }

    @Override
    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM innovation").mapTo(Integer.class).one();
    }

    @Override
    public List<CatalogueSource> sources() {
        return handle.createQuery("SELECT * FROM catalogue_source ORDER BY id")
                .map(new CatalogueMappers.SourceMapper()).list();
    }

    @Override
    public void saveSource(CatalogueSource source) {
        String set = "file_name = :file, title = :title, published = :published";
        int updated = bindSource(handle.createUpdate("UPDATE catalogue_source SET " + set + " WHERE id = :id"), source)
                .execute();
        if (updated == 0) {
            bindSource(handle.createUpdate("INSERT INTO catalogue_source (id, file_name, title, published) "
                    + "VALUES (:id, :file, :title, :published)"), source).execute();
        }
    }

    private static <S extends SqlStatement<S>> S bindSource(S statement, CatalogueSource source) {
        return statement.bind("id", source.id())
                .bind("file", source.file())
                .bind("title", source.title())
                .bind("published", source.published());
    }

    @Override
    public void save(Innovation innovation) {
        String id = uuid(innovation.id());
        int updated = bindInnovation(handle.createUpdate("UPDATE innovation SET catalogue_key = :key, title = :title, "
                + "programme = :programme, strand = :strand, summary = :summary, target_group = :targetGroup, "
                + "evaluation_published = :published, evaluator = :evaluator, findings = :findings, "
                + "evidence_link = :link, award_pence = :awardPence, award_up_to = :awardUpTo, "
                + "award_as_written = :awardAsWritten, "
                + "shipped = :shipped, edited_by_user = :edited, last_modified = :lastModified WHERE id = :id"),
                innovation).execute();
        if (updated == 0) {
            bindInnovation(handle.createUpdate("INSERT INTO innovation (id, catalogue_key, title, programme, strand, "
                    + "summary, target_group, evaluation_published, evaluator, findings, evidence_link, award_pence, "
                    + "award_up_to, award_as_written, shipped, edited_by_user, last_modified) VALUES (:id, :key, "
                    + ":title, :programme, :strand, :summary, :targetGroup, :published, :evaluator, :findings, :link, "
                    + ":awardPence, :awardUpTo, :awardAsWritten, :shipped, :edited, :lastModified)"), innovation)
                    .execute();
        }
        for (String table : CHILD_TABLES) {
            handle.createUpdate("DELETE FROM " + table + " WHERE innovation_id = :id").bind("id", id).execute();
        }
        organisations("innovation_lead_org", id, innovation.leadOrganisations());
        organisations("innovation_partner", id, innovation.partners());
        insertThemes(id, innovation);
        insertFacts(id, innovation.facts());
        insertCitations(id, innovation.sources());
    }

    private static <S extends SqlStatement<S>> S bindInnovation(S statement, Innovation i) {
        Award award = i.award();
        return statement.bind("id", uuid(i.id()))
                .bind("key", i.key())
                .bind("title", i.title())
                .bind("programme", name(i.programme()))
                .bind("strand", name(i.strand()))
                .bind("summary", i.summary())
                .bind("targetGroup", i.targetGroup())
                .bind("published", i.evidence().evaluationPublished())
                .bind("evaluator", i.evidence().evaluator())
                .bind("findings", i.evidence().findings())
                .bind("link", i.evidence().link())
                .bind("awardPence", award == null ? null : award.amount().pence())
                .bind("awardUpTo", award == null ? null : award.upTo())
                .bind("awardAsWritten", award == null ? null : award.asWritten())
                .bind("shipped", i.shipped())
                .bind("edited", i.editedByUser())
                .bind("lastModified", instant(i.lastModified()));
    }

    private void organisations(String table, String id, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        try (PreparedBatch batch = handle.prepareBatch("INSERT INTO " + table
                + " (innovation_id, list_index, organisation) VALUES (:id, :index, :organisation)")) {
            int index = 0;
            for (String organisation : names) {
                batch.bind("id", id).bind("index", index++).bind("organisation", organisation).add();
            }
            batch.execute();
        }
    }

    private void insertThemes(String id, Innovation innovation) {
        if (innovation.themes().isEmpty()) {
            return;
        }
        try (PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO innovation_theme (innovation_id, theme) VALUES (:id, :theme)")) {
            // EnumSet iterates in declaration order, so the insert order never depends on Set.copyOf's hashing.
            for (Theme theme : EnumSet.copyOf(innovation.themes())) {
                batch.bind("id", id).bind("theme", theme.name()).add();
            }
            batch.execute();
        }
    }

    private void insertFacts(String id, List<Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        try (PreparedBatch batch = handle.prepareBatch("INSERT INTO innovation_fact (innovation_id, list_index, "
                + "fact_text, figure, fact_date, source_id, source_section) VALUES (:id, :index, :text, :figure, "
                + ":date, :sourceId, :sourceSection)")) {
            int index = 0;
            for (Fact fact : facts) {
                batch.bind("id", id)
                        .bind("index", index++)
                        .bind("text", fact.text())
                        .bind("figure", fact.figure())
                        .bind("date", fact.date())
                        .bind("sourceId", fact.source().sourceId())
                        .bind("sourceSection", fact.source().section())
                        .add();
            }
            batch.execute();
        }
    }

    private void insertCitations(String id, List<SourceRef> sources) {
        if (sources.isEmpty()) {
            return;
        }
        try (PreparedBatch batch = handle.prepareBatch("INSERT INTO innovation_citation (innovation_id, list_index, "
                + "source_id, source_section) VALUES (:id, :index, :sourceId, :sourceSection)")) {
            int index = 0;
            for (SourceRef source : sources) {
                batch.bind("id", id)
                        .bind("index", index++)
                        .bind("sourceId", source.sourceId())
                        .bind("sourceSection", source.section())
                        .add();
            }
            batch.execute();
        }
    }

    /** Loads innovations with one query per table, grouping child rows by innovation id. */
    private List<Innovation> load(UUID only) {
        String whereParent = only == null ? "" : " WHERE innovation_id = :id";
        List<InnovationHead> heads = query("SELECT * FROM innovation" + (only == null ? "" : " WHERE id = :id"),
                only, new CatalogueMappers.InnovationMapper());
        if (heads.isEmpty()) {
            return List.of();
        }
        String order = " ORDER BY innovation_id, list_index";
        Map<UUID, List<String>> leads = Child.byParent(query("SELECT innovation_id, organisation FROM "
                + "innovation_lead_org" + whereParent + order, only, new CatalogueMappers.OrganisationMapper()));
        Map<UUID, List<String>> partners = Child.byParent(query("SELECT innovation_id, organisation FROM "
                + "innovation_partner" + whereParent + order, only, new CatalogueMappers.OrganisationMapper()));
        Map<UUID, List<Theme>> themes = Child.byParent(query("SELECT innovation_id, theme FROM innovation_theme"
                + whereParent, only, new CatalogueMappers.ThemeMapper()));
        Map<UUID, List<Fact>> facts = Child.byParent(query("SELECT * FROM innovation_fact" + whereParent + order,
                only, new CatalogueMappers.FactMapper()));
        Map<UUID, List<SourceRef>> citations = Child.byParent(query("SELECT * FROM innovation_citation"
                + whereParent + order, only, new CatalogueMappers.CitationMapper()));
        return heads.stream()
                .map(h -> h.with(Set.copyOf(themes.getOrDefault(h.id(), List.of())),
                        leads.getOrDefault(h.id(), List.of()), partners.getOrDefault(h.id(), List.of()),
                        facts.getOrDefault(h.id(), List.of()), citations.getOrDefault(h.id(), List.of())))
                .sorted(BY_TITLE)
                .toList();
    }

    private <T> List<T> query(String sql, UUID only, RowMapper<T> mapper) {
        try (Query query = handle.createQuery(sql)) {
            if (only != null) {
                query.bind("id", only.toString());
            }
            return query.map(mapper).list();
        }
    }
}
