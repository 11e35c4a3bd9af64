package org.innovationportfolio.store;

import static org.innovationportfolio.store.SqlValues.enumValue;
import static org.innovationportfolio.store.SqlValues.instant;
import static org.innovationportfolio.store.SqlValues.nullableBoolean;
import static org.innovationportfolio.store.SqlValues.nullableLong;
import static org.innovationportfolio.store.SqlValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.model.Award;
import org.innovationportfolio.model.CatalogueSource;
import org.innovationportfolio.model.Evidence;
import org.innovationportfolio.model.Fact;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Programme;
import org.innovationportfolio.model.SourceRef;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** One {@link RowMapper} per catalogue table, reading columns by name. */
final class CatalogueMappers {

    private CatalogueMappers() {
    }

    /** An innovation row: everything but its lists, which are loaded table by table. */
    record InnovationHead(UUID id, String key, String title, Programme programme, Strand strand, String summary,
            String targetGroup, Evidence evidence, Award award, boolean shipped, boolean editedByUser,
            Instant lastModified) {

        Innovation with(Set<Theme> themes, List<String> leadOrganisations, List<String> partners, List<Fact> facts,
                List<SourceRef> sources) {
            return new Innovation(id, key, title, programme, strand, themes, leadOrganisations, partners, summary,
                    targetGroup, evidence, award, facts, sources, shipped, editedByUser, lastModified);
        }
    }

    static final class InnovationMapper implements RowMapper<InnovationHead> {
        @Override
        public InnovationHead map(ResultSet rs, StatementContext ctx) throws SQLException {
            Evidence evidence = new Evidence(nullableBoolean(rs, "evaluation_published"), rs.getString("evaluator"),
                    rs.getString("findings"), rs.getString("evidence_link"));
            Long awardPence = nullableLong(rs, "award_pence");
            Award award = awardPence == null ? null
                    : new Award(Money.ofPence(awardPence), rs.getBoolean("award_up_to"),
                            rs.getString("award_as_written"));
            return new InnovationHead(uuid(rs, "id"), rs.getString("catalogue_key"), rs.getString("title"),
                    enumValue(rs, "programme", Programme.class), enumValue(rs, "strand", Strand.class),
                    rs.getString("summary"), rs.getString("target_group"), evidence, award,
                    rs.getBoolean("shipped"), rs.getBoolean("edited_by_user"), instant(rs, "last_modified"));
        }
    }

    /** Lead organisations and partners share a shape: an ordered list of organisation names. */
    static final class OrganisationMapper implements RowMapper<Child<String>> {
        @Override
        public Child<String> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Child<>(uuid(rs, "innovation_id"), rs.getString("organisation"));
        }
    }

    static final class ThemeMapper implements RowMapper<Child<Theme>> {
        @Override
        public Child<Theme> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Child<>(uuid(rs, "innovation_id"), enumValue(rs, "theme", Theme.class));
        }
    }

    static final class FactMapper implements RowMapper<Child<Fact>> {
        @Override
        public Child<Fact> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Child<>(uuid(rs, "innovation_id"), new Fact(rs.getString("fact_text"), rs.getString("figure"),
                    rs.getString("fact_date"), new SourceRef(rs.getString("source_id"),
                            rs.getString("source_section"))));
        }
    }

    /** One of the sources an entry cites, in the order cited. */
    static final class CitationMapper implements RowMapper<Child<SourceRef>> {
        @Override
        public Child<SourceRef> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Child<>(uuid(rs, "innovation_id"), new SourceRef(rs.getString("source_id"),
                    rs.getString("source_section")));
        }
    }

    static final class SourceMapper implements RowMapper<CatalogueSource> {
        @Override
        public CatalogueSource map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CatalogueSource(rs.getString("id"), rs.getString("file_name"), rs.getString("title"),
                    rs.getString("published"));
        }
    }
}
