package org.innovationportfolio.logic.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.innovationportfolio.logic.ports.ImportRecord;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.logic.sample.CatalogueInstaller;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export from one portfolio, import into another: whole, idempotent, undoable. */
class PackImportTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path senderFolder;
    @TempDir
    Path receiverFolder;
    @TempDir
    Path files;
    Database sender;
    Database receiver;
    Path pack;

    @BeforeEach
    void senderExportsTheSamplePortfolio() {
        sender = Database.open(senderFolder);
        SampleLoader.load(sender.store(), CLOCK);
        pack = files.resolve("sample.ippack");
        new PackExporter(sender.store(), CLOCK, "test", senderFolder).export(ExportRequest.all("Sam Patel"), pack);
        receiver = Database.open(receiverFolder);
        CatalogueInstaller.installOrUpdate(receiver.store());
    }

    @AfterEach
    void close() {
        sender.close();
        receiver.close();
    }

    PackImporter importer() {
        return new PackImporter(receiver.store(), receiver, receiverFolder, receiverFolder.resolve("backups"), CLOCK);
    }

    ImportResult importAll(Path file) {
        PackImporter importer = importer();
        return importer.apply(importer.plan(new PackReader().read(file)));
    }

    @Test
    void importIntoAnEmptyPortfolioGivesTheSameListingAndTheSameRecords() {
        ImportPlan plan = importer().plan(new PackReader().read(pack));
        assertThat(plan.projects()).allSatisfy(p -> assertThat(p.status()).isEqualTo(ProjectStatus.NEW));

        ImportResult result = importer().apply(plan);

        assertThat(result.added()).isEqualTo(14);
        List<PortfolioRow> theirs = new PortfolioListing(sender.store(), CLOCK).rows();
        List<PortfolioRow> mine = new PortfolioListing(receiver.store(), CLOCK).rows();
        assertThat(mine).isEqualTo(theirs);
        List<Project> sent = sender.store().read(r -> r.projects().findAll());
        List<Project> received = receiver.store().read(r -> r.projects().findAll());
        // Packs do not carry stage history yet (format 1 has no field for it): see issue 5's hand-over.
        assertThat(received).usingRecursiveFieldByFieldElementComparatorIgnoringFields("provenance", "notes",
                "stageHistory").containsExactlyElementsOf(sent);
        for (Project project : received) {
            Project original = sent.stream().filter(p -> p.id().equals(project.id())).findFirst().orElseThrow();
            assertThat(project.notes()).isEqualTo(original.notes().stream().filter(n -> !n.privateNote()).toList());
            assertThat(project.provenance().origin()).isEqualTo(Provenance.Origin.IMPORTED);
            assertThat(project.provenance().sender()).isEqualTo("Sam Patel");
            assertThat(project.provenance().packId()).isEqualTo(plan.pack().packId());
        }
        assertThat(received.stream().flatMap(p -> p.notes().stream())).noneMatch(Note::privateNote);
    }

    @Test
    void importingTheSamePackAgainFindsEverythingUnchangedAndChangesNothing() {
        importAll(pack);
        List<Project> before = receiver.store().read(r -> r.projects().findAll());

        ImportPlan again = importer().plan(new PackReader().read(pack));
        ImportResult result = importer().apply(again);

        assertThat(again.importedBefore()).isTrue();
        assertThat(again.projects()).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(ProjectStatus.UNCHANGED);
            assertThat(p.records()).isEmpty();
        });
        assertThat(result.changedAnything()).isFalse();
        assertThat(result.backup()).isNull();
        List<Project> after = receiver.store().read(r -> r.projects().findAll());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void undoLastImportRestoresThePortfolioAsItWas() {
        List<PortfolioRow> before = new PortfolioListing(receiver.store(), CLOCK).rows();
        ImportResult result = importAll(pack);
        assertThat(result.backup()).exists();
        ImportUndo undo = new ImportUndo(receiver.store(), receiver, receiverFolder);
        assertThat(undo.lastImport()).isPresent();

        ImportRecord undone = undo.undoLast();

        assertThat(undone.sender()).isEqualTo("Sam Patel");
        assertThat(new PortfolioListing(receiver.store(), CLOCK).rows()).isEqualTo(before).isEmpty();
        assertThat(undo.lastImport()).isEmpty();
        assertThatThrownBy(undo::undoLast).isInstanceOf(RefusedException.class)
                .hasMessage("There is no pack import to undo.");
    }

    @Test
    void undoIsRefusedWhenItsBackupHasGone() throws Exception {
        ImportResult result = importAll(pack);
        Files.delete(result.backup());
        List<PortfolioRow> imported = new PortfolioListing(receiver.store(), CLOCK).rows();

        assertThatThrownBy(() -> new ImportUndo(receiver.store(), receiver, receiverFolder).undoLast())
                .isInstanceOf(RefusedException.class).hasMessageContaining("is missing");
        assertThat(new PortfolioListing(receiver.store(), CLOCK).rows()).isEqualTo(imported);
    }
}
