package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.ports.PackRecord;
import org.innovationportfolio.logic.ports.ProjectSnapshot;
import org.innovationportfolio.logic.ports.ProjectSnapshot.MilestoneSnapshot;
import org.innovationportfolio.logic.ports.ImportRecord;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The briefing history and the pack history (bases, imports), on Derby and on PostgreSQL. */
@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
class HistoryRepositoriesTest {

    @TempDir
    static Path folder;
    static TestPortfolio database;
    Store store;

    // Set by JUnit for each run of the class: once on Derby, once on PostgreSQL.
    @Parameter
    Engine engine;

    /** Opens the engine's portfolio for the first test of each run of the class. */
    void open() {
        if (database == null) {
            database = TestPortfolio.open(engine, folder);
        }
    }

    @AfterParameterizedClassInvocation
    static void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    @BeforeEach
    void empty() {
        open();
        store = database.store();
        store.writing(r -> r.projects().findAll().forEach(p -> r.projects().delete(p.id())));
        try (var connection = database.connect(); var sql = connection.createStatement()) {
            sql.executeUpdate("DELETE FROM briefing_pack");
            sql.executeUpdate("DELETE FROM pack_import");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBriefingPackComesBackWithItsSnapshotAndTheLatestEarlierOneIsFound() {
        PackRecord march = pack("Children's Services Board", LocalDate.of(2025, 3, 3), Instant.parse(
                "2025-02-28T09:00:00.000000001Z"), true);
        PackRecord april = pack("Children's Services Board", LocalDate.of(2025, 4, 7), Instant.parse(
                "2025-04-01T09:00:00Z"), false);
        PackRecord otherBoard = pack("Corporate Parenting Panel", LocalDate.of(2025, 4, 1), Instant.parse(
                "2025-03-30T09:00:00Z"), false);
        store.writing(r -> List.of(march, april, otherBoard).forEach(r.briefingHistory()::record));

        List<PackRecord> all = store.read(r -> r.briefingHistory().findAll());
        Optional<PackRecord> sameBoard = store.read(r -> r.briefingHistory().latestBefore(
                "Children's Services Board", LocalDate.of(2025, 4, 7)));
        Optional<PackRecord> anyBoard = store.read(r -> r.briefingHistory().latestBefore("A board never briefed",
                LocalDate.of(2025, 4, 7)));
        Optional<PackRecord> none = store.read(r -> r.briefingHistory().latestBefore("Children's Services Board",
                LocalDate.of(2025, 3, 3)));

        assertThat(all).containsExactly(april, otherBoard, march);
        assertThat(sameBoard).contains(march);
        assertThat(anyBoard).contains(otherBoard);
        assertThat(none).isEmpty();
    }

    @Test
    void packBasesAndImportsRoundTripAndTheLastImportIsTheHighestNumbered() {
        Project first = TestData.bareProject("First");
        Project second = TestData.bareProject("Second");
        UUID record = UUID.randomUUID();
        Instant theirs = Instant.parse("2025-03-03T10:15:30.123456789Z");
        store.writing(r -> {
            r.projects().save(first);
            r.projects().save(second);
            r.packHistory().saveBases(Map.of(first.id(), Map.of(first.id(), theirs, record, theirs.plusNanos(1)),
                    second.id(), Map.of(second.id(), theirs)));
        });
        ImportRecord one = importRecord("First import");
        ImportRecord two = importRecord("Second import");
        store.writing(r -> {
            r.packHistory().recordImport(one);
            r.packHistory().recordImport(two);
        });

        Map<UUID, Instant> bases = store.read(r -> r.packHistory().bases());
        Map<UUID, Instant> secondsBases = store.read(r -> r.packHistory().bases(List.of(second.id())));
        Optional<ImportRecord> last = store.read(r -> r.packHistory().lastImport());
        boolean firstImported = store.read(r -> r.packHistory().imported(one.packId()));
        boolean otherImported = store.read(r -> r.packHistory().imported(UUID.randomUUID()));

        assertThat(bases).containsOnly(Map.entry(first.id(), theirs), Map.entry(record, theirs.plusNanos(1)),
                Map.entry(second.id(), theirs));
        assertThat(secondsBases).containsOnly(Map.entry(second.id(), theirs));
        assertThat(last).contains(two);
        assertThat(firstImported).isTrue();
        assertThat(otherImported).isFalse();

        store.writing(r -> r.projects().delete(first.id()));
        Map<UUID, Instant> afterDelete = store.read(r -> r.packHistory().bases());
        assertThat(afterDelete).containsOnlyKeys(second.id());
    }

    private static PackRecord pack(String board, LocalDate meeting, Instant produced, boolean done) {
        MilestoneSnapshot milestone = new MilestoneSnapshot(UUID.randomUUID(), "Panel agrees the model",
                LocalDate.of(2025, 5, 1), done);
        MilestoneSnapshot undated = new MilestoneSnapshot(UUID.randomUUID(), "No date yet", null, !done);
        return new PackRecord(UUID.randomUUID(), produced, board, meeting, Marking.OFFICIAL_SENSITIVE, List.of(
                new ProjectSnapshot(UUID.randomUUID(), "Family Safeguarding", Stage.EMBEDDING, Rag.AMBER,
                        List.of(milestone, undated)),
                new ProjectSnapshot(UUID.randomUUID(), "No RAG yet", Stage.EMBEDDING, null, List.of())));
    }

    private static ImportRecord importRecord(String sender) {
        return new ImportRecord(UUID.randomUUID(), UUID.randomUUID(), sender, null,
                Instant.parse("2025-03-01T09:00:00Z"), Instant.parse("2025-03-02T09:00:00Z"),
                "/home/officer/backups/before-import.zip", 1, 2, 3, 4);
    }
}
