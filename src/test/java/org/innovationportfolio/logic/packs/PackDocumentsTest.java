package org.innovationportfolio.logic.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.innovationportfolio.logic.project.DocumentType;
import org.innovationportfolio.logic.project.ProjectDocuments;
import org.innovationportfolio.logic.sample.CatalogueInstaller;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attached documents travel with their projects: the same bytes arrive, a re-import changes nothing,
 * undo takes the copies away again, and a pack whose documents are not what it says is refused with
 * the portfolio and the data folder exactly as they were.
 */
class PackDocumentsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path senderFolder;
    @TempDir
    Path receiverFolder;
    @TempDir
    Path files;
    Database sender;
    Database receiver;
    Project project;
    Project other;
    ProjectDocument evaluation;
    ProjectDocument minutes;
    Path pack;

    @BeforeEach
    void senderAttachesTwoDocumentsAndExports() throws IOException {
        sender = Database.open(senderFolder);
        SampleLoader.load(sender.store(), CLOCK);
        List<Project> all = sender.store().read(r -> r.projects().findAll());
        project = all.get(0);
        other = all.get(1);
        ProjectDocuments documents = new ProjectDocuments(sender.store(), senderFolder, CLOCK);
        evaluation = documents.attach(project.id(), write("Evaluation report.pdf", "%PDF-1.7 the evaluation"));
        minutes = documents.attach(project.id(), write("Board minutes.docx", "minutes of the board, March"));
        documents.attach(other.id(), write("Same bytes.pdf", "%PDF-1.7 the evaluation"));
        pack = files.resolve("with-documents.ippack");
        exporter().export(ExportRequest.all("Sam Patel"), pack);
        receiver = Database.open(receiverFolder);
        CatalogueInstaller.installOrUpdate(receiver.store());
    }

    @AfterEach
    void close() {
        sender.close();
        receiver.close();
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    PackExporter exporter() {
        return new PackExporter(sender.store(), CLOCK, "test", senderFolder);
    }

    PackImporter importer() {
        return new PackImporter(receiver.store(), receiver, receiverFolder, receiverFolder.resolve("backups"), CLOCK);
    }

    ImportResult importAll(Path file) {
        PackImporter importer = importer();
        return importer.apply(importer.plan(new PackReader().read(file)));
    }

    List<ProjectDocument> receivedDocuments() {
        return receiver.store().read(r -> r.documents().findByProjects(
                r.projects().findAll().stream().map(Project::id).toList()));
    }

    /** Every file and folder under the receiver's data folder except the database's own, with file contents. */
    Map<String, String> dataFolderFiles() {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> all = Files.walk(receiverFolder)) {
            all.filter(p -> !p.equals(receiverFolder))
                    .filter(p -> !receiverFolder.relativize(p).startsWith("db"))
                    .filter(p -> !p.getFileName().toString().equals("derby.log"))
                    .forEach(p -> found.put(receiverFolder.relativize(p).toString(), content(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String content(Path p) {
        try {
            return Files.isDirectory(p) ? "<folder>" : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thePreviewSaysWhichDocumentsGoAndTheOfficerMayKeepThemBack() {
        ExportSummary sent = exporter().preview(ExportRequest.all("Sam Patel"));
        assertThat(sent.documents()).isEqualTo(3);
        assertThat(sent.lines()).contains("3 attached documents (73 bytes) will be included.");

        ExportRequest without = new ExportRequest(List.of(), false, false, "Sam Patel", null, true);
        Path bare = files.resolve("bare.ippack");
        ExportSummary withheld = exporter().export(without, bare);

        assertThat(withheld.lines()).contains("3 attached documents (73 bytes) are withheld, as you chose.")
                .noneMatch(line -> line.contains("will be included"));
        assertThat(PackFiles.entries(bare).keySet()).noneMatch(name -> name.startsWith("documents/"));
        assertThat(new PackReader().read(bare).documents()).isEmpty();
    }

    @Test
    void identicalFilesTravelOnceAndEveryRecordIsListed() {
        Map<String, byte[]> entries = PackFiles.entries(pack);
        assertThat(entries.keySet().stream().filter(n -> n.startsWith("documents/"))).containsExactlyInAnyOrder(
                "documents/" + evaluation.sha256(), "documents/" + minutes.sha256());
        assertThat(new PackReader().read(pack).documents()).extracting(Pack.PackDocument::fileName)
                .containsExactlyInAnyOrder("Evaluation report.pdf", "Board minutes.docx", "Same bytes.pdf");
    }

    @Test
    void importedDocumentsHaveTheSameBytesAndLabels() throws IOException {
        ImportResult result = importAll(pack);

        assertThat(result.added()).isEqualTo(14);
        List<ProjectDocument> received = receivedDocuments();
        assertThat(received).extracting(ProjectDocument::id)
                .containsExactlyInAnyOrder(evaluation.id(), minutes.id(), sentDocumentOf(other).id());
        ProjectDocuments copies = new ProjectDocuments(receiver.store(), receiverFolder, CLOCK);
        ProjectDocuments originals = new ProjectDocuments(sender.store(), senderFolder, CLOCK);
        for (ProjectDocument document : received) {
            ProjectDocument original = sender.store().read(r -> r.documents().find(document.id())).orElseThrow();
            assertThat(document.fileName()).isEqualTo(original.fileName());
            assertThat(document.projectId()).isEqualTo(original.projectId());
            assertThat(document.sha256()).isEqualTo(original.sha256());
            assertThat(document.lastModified()).isEqualTo(original.lastModified());
            assertThat(Files.readAllBytes(copies.path(document))).isEqualTo(Files.readAllBytes(originals.path(original)));
            // The copy's name comes from the record's id and hash, never from the label.
            assertThat(document.storedName()).startsWith(document.id() + "-" + document.sha256().substring(0, 16));
        }
    }

    private ProjectDocument sentDocumentOf(Project p) {
        return sender.store().read(r -> r.documents().findByProject(p.id())).get(0);
    }

    @Test
    void reimportingTheSamePackFindsTheDocumentsUnchangedAndWritesNothing() {
        importAll(pack);
        Map<String, String> before = dataFolderFiles();
        List<ProjectDocument> recordsBefore = receivedDocuments();

        ImportPlan again = importer().plan(new PackReader().read(pack));
        ImportResult result = importer().apply(again);

        assertThat(again.projects()).allSatisfy(p -> assertThat(p.status()).isEqualTo(ProjectStatus.UNCHANGED));
        assertThat(result.changedAnything()).isFalse();
        assertThat(receivedDocuments()).isEqualTo(recordsBefore);
        assertThat(dataFolderFiles()).isEqualTo(before);
    }

    @Test
    void aDocumentAddedLaterArrivesAsANewRecordOfAnUpdatedProject() throws IOException {
        importAll(pack);
        ProjectDocument added = new ProjectDocuments(sender.store(), senderFolder, CLOCK)
                .attach(project.id(), write("Case study.txt", "what we learnt"));
        Path later = files.resolve("later.ippack");
        exporter().export(new ExportRequest(List.of(project.id()), false, false, "Sam Patel", null), later);

        ImportPlan plan = importer().plan(new PackReader().read(later));

        ProjectPlan planned = plan.projects().get(0);
        assertThat(planned.status()).isEqualTo(ProjectStatus.UPDATED);
        assertThat(planned.records()).containsExactly(
                new RecordPlan("Document", added.id(), "Case study.txt", RecordStatus.NEW));
        importer().apply(plan);
        ProjectDocument received = receiver.store().read(r -> r.documents().find(added.id())).orElseThrow();
        assertThat(new ProjectDocuments(receiver.store(), receiverFolder, CLOCK).path(received))
                .hasContent("what we learnt");
    }

    @Test
    void undoLastImportRemovesTheCopiesItAdded() {
        Map<String, String> before = dataFolderFiles();
        ImportResult result = importAll(pack);
        assertThat(receivedDocuments()).hasSize(3);

        new ImportUndo(receiver.store(), receiver, receiverFolder).undoLast();

        assertThat(receivedDocuments()).isEmpty();
        Map<String, String> after = dataFolderFiles();
        after.keySet().removeIf(name -> name.startsWith("backups"));
        assertThat(after).isEqualTo(before);
        assertThat(result.backup()).exists();
    }

    @Test
    void keepBothGivesTheCopyItsOwnDocumentsWithTheSameBytes() throws IOException {
        importAll(pack);
        UUID milestone = project.milestones().get(0).id();
        MergeMatrixTest.edit(receiver.store(), project.id(), milestone, "Mine", CLOCK.instant().plusSeconds(60));
        MergeMatrixTest.edit(sender.store(), project.id(), milestone, "Theirs", CLOCK.instant().plusSeconds(120));
        Path later = files.resolve("conflict.ippack");
        exporter().export(new ExportRequest(List.of(project.id()), false, false, "Sam Patel", null), later);

        ImportPlan plan = importer().plan(new PackReader().read(later)).settleConflicts(Resolution.KEEP_BOTH);
        assertThat(plan.projects().get(0).status()).isEqualTo(ProjectStatus.CONFLICT);
        importer().apply(plan);

        Project copy = receiver.store().read(r -> r.projects().findAll()).stream()
                .filter(p -> p.title().startsWith(project.title() + " (from")).findFirst().orElseThrow();
        List<ProjectDocument> copied = receiver.store().read(r -> r.documents().findByProject(copy.id()));
        assertThat(copied).extracting(ProjectDocument::fileName)
                .containsExactlyInAnyOrder("Evaluation report.pdf", "Board minutes.docx");
        assertThat(copied).extracting(ProjectDocument::id).doesNotContain(evaluation.id(), minutes.id());
        ProjectDocuments copies = new ProjectDocuments(receiver.store(), receiverFolder, CLOCK);
        for (ProjectDocument document : copied) {
            assertThat(PackWriter.sha256(Files.readAllBytes(copies.path(document)))).isEqualTo(document.sha256());
        }
        List<ProjectDocument> mine = receiver.store().read(r -> r.documents().findByProject(project.id()));
        assertThat(mine).hasSize(2);
    }

    // Hostile and broken documents: each refused, nothing changed.

    String refusal(Path file) {
        Map<String, String> before = dataFolderFiles();
        List<Project> projectsBefore = receiver.store().read(r -> r.projects().findAll());
        PackImporter importer = importer();
        Throwable thrown = catchThrowable(() -> importer.apply(importer.plan(new PackReader().read(file))));
        assertThat(thrown).isInstanceOf(PackRejectedException.class);
        assertThat(thrown.getMessage()).doesNotContain("Exception").endsWith(".");
        List<Project> projectsAfter = receiver.store().read(r -> r.projects().findAll());
        assertThat(projectsAfter).isEqualTo(projectsBefore);
        assertThat(receivedDocuments()).isEmpty();
        assertThat(dataFolderFiles()).isEqualTo(before);
        return thrown.getMessage();
    }

    @Test
    void refusesADocumentWhoseBytesAreNotTheOnesItsRecordNames() {
        Map<String, byte[]> entries = PackFiles.entries(pack);
        entries.put("documents/" + minutes.sha256(), PackFiles.utf8("minutes of the board, April"));
        // Resealed, so the manifest agrees with the new bytes: only the document's own hash can tell.
        String message = refusal(PackFiles.resealed(entries, files.resolve("swapped.ippack")));
        assertThat(message).startsWith("The pack's checksum does not match for \"documents/" + minutes.sha256()
                + "\" (the document \"Board minutes.docx\").").contains("ask the sender to export it again");
    }

    @Test
    void refusesADocumentEntryThatNoRecordLists() {
        Map<String, byte[]> entries = PackFiles.entries(pack);
        byte[] stowaway = PackFiles.utf8("not listed by any project");
        entries.put("documents/" + PackWriter.sha256(stowaway), stowaway);
        assertThat(refusal(PackFiles.resealed(entries, files.resolve("stowaway.ippack"))))
                .startsWith("The pack holds the document \"documents/" + PackWriter.sha256(stowaway)
                        + "\", which no project in it lists.");
    }

    @Test
    void refusesARecordWhoseDocumentEntryIsMissing() {
        Map<String, byte[]> entries = PackFiles.entries(pack);
        entries.remove("documents/" + minutes.sha256());
        assertThat(refusal(PackFiles.resealed(entries, files.resolve("lost.ippack"))))
                .contains("refers to the document \"Board minutes.docx\", which is not in the pack");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../.bashrc", "..\\..\\evil.bat", "C:\\Windows\\evil.dll", "C:evil", "/etc/passwd",
        "bell\u0007.pdf", ".."})
    void refusesADocumentNameThatLooksLikeAPath(String name) {
        Path sneaky = PackFiles.withFirstProject(pack, files.resolve("named.ippack"), p -> {
            if (p.withArray("documents").isEmpty()) {
                throw new IllegalStateException("the first project in the pack should have documents");
            }
            ((ObjectNode) p.withArray("documents").get(0)).put("fileName", name);
        });
        assertThat(refusal(sneaky)).contains("lists a document named").contains("$.documents[0].fileName")
                .contains("may not look like a path");
    }

    @Test
    void aCopysExtensionComesFromItsBytesNeverItsLabelAndBidiControlsLeaveTheLabel() throws IOException {
        ProjectDocument program = new ProjectDocuments(sender.store(), senderFolder, CLOCK).attach(other.id(),
                Files.write(files.resolve("agenda.pdf"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}));
        Path sent = files.resolve("program.ippack");
        exporter().export(ExportRequest.all("Sam Patel"), sent);
        Map<String, byte[]> entries = PackFiles.entries(sent);
        for (String name : List.copyOf(entries.keySet())) {
            if (name.startsWith("projects/")) {
                ObjectNode json = (ObjectNode) PackFiles.json(entries.get(name));
                json.withArray("documents").forEach(d -> {
                    if (d.path("sha256").asText().equals(evaluation.sha256())) {
                        ((ObjectNode) d).put("fileName", "invoice\u202Efdp.exe").put("mediaType", "application/x-msdownload");
                    }
                });
                entries.put(name, PackFiles.bytes(json));
            }
        }

        importAll(PackFiles.resealed(entries, files.resolve("disguised.ippack")));

        List<ProjectDocument> received = receivedDocuments();
        assertThat(received).filteredOn(d -> d.sha256().equals(evaluation.sha256())).hasSize(2).allSatisfy(d -> {
            assertThat(d.fileName()).isEqualTo("invoicefdp.exe");
            assertThat(d.storedName()).endsWith(".pdf");
        });
        assertThat(received).filteredOn(d -> d.sha256().equals(program.sha256())).singleElement().satisfies(d -> {
            assertThat(d.fileName()).isEqualTo("agenda.pdf");
            assertThat(d.storedName()).doesNotContain(".");
            assertThat(DocumentType.ofStored(d.storedName()).opensSafely()).isFalse();
        });
    }

    @Test
    void refusesAnAbsurdlyLongDocumentName() {
        Path sneaky = PackFiles.withFirstProject(pack, files.resolve("long.ippack"),
                p -> ((ObjectNode) p.withArray("documents").get(0)).put("fileName", "a".repeat(300) + ".pdf"));
        assertThat(refusal(sneaky)).contains("longer than 255 characters");
    }

    @Test
    void aPackChangedBetweenPreviewAndImportIsRefusedAndItsCopiesRemoved() {
        Map<String, String> before = dataFolderFiles();
        PackImporter importer = importer();
        ImportPlan plan = importer.plan(new PackReader().read(pack));
        // The file is swapped after the preview: same names, the second document's bytes changed, so the
        // first is copied in before the change is found.
        Map<String, byte[]> entries = PackFiles.entries(pack);
        entries.put("documents/" + evaluation.sha256(), PackFiles.utf8("%PDF-1.7 the evaluatioN"));
        PackFiles.resealed(entries, pack);

        Throwable thrown = catchThrowable(() -> importer.apply(plan));

        assertThat(thrown).isInstanceOf(PackRejectedException.class)
                .hasMessageStartingWith("The pack file changed after it was checked: the document \"Evaluation report.pdf\"");
        List<Project> projectsAfter = receiver.store().read(r -> r.projects().findAll());
        assertThat(projectsAfter).isEmpty();
        assertThat(receivedDocuments()).isEmpty();
        Map<String, String> after = dataFolderFiles();
        after.remove("backups");
        assertThat(after).isEqualTo(before);
    }
}
