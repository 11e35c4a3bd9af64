package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V7 moves an entry's one citation from two innovation columns into the citation table, keeping the user's edit. */
class CitationMigrationTest {

    @TempDir
    Path folder;

    @Test
    void anOldEntryKeepsItsCitationAndItsEditAcrossTheMigration() throws Exception {
        Path db = folder.resolve(Database.DATABASE_FOLDER);
        DerbyFiles.boot(db, true);
        UUID id = Innovation.stableId("news-csc-innovation-programme");
        try {
            Flyway.configure().dataSource(DerbyFiles.url(db), null, null).locations(Migrations.DERBY_LOCATIONS)
                    .target("5").load().migrate();
            try (Connection connection = DriverManager.getConnection(DerbyFiles.url(db));
                    Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO innovation (id, catalogue_key, title, programme, summary, source_id, "
                        + "source_section, shipped, edited_by_user, last_modified) VALUES ('" + id + "', "
                        + "'news-csc-innovation-programme', 'Children''s Social Care Innovation Programme', "
                        + "'DFE_NEWSLETTER', 'The officer''s own summary.', 'dfe-newsletter-2020-07', 'Foreword', "
                        + "TRUE, TRUE, '2026-11-23T09:00:00.000000000Z')");
            }
        } finally {
            DerbyFiles.shutdown(db);
        }

        try (Database database = Database.open(folder)) {
            Innovation entry = database.store().read(r -> r.catalogue().find(id)).orElseThrow();

            assertThat(entry.sources()).containsExactly(new SourceRef("dfe-newsletter-2020-07", "Foreword"));
            assertThat(entry.summary()).isEqualTo("The officer's own summary.");
            assertThat(entry.editedByUser()).isTrue();
            assertThat(StoreTestSupport.countRows(database, "innovation_citation")).isEqualTo(List.of(entry).size());
        }
    }
}
