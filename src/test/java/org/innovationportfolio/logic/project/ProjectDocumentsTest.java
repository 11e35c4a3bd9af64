package org.innovationportfolio.logic.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attached documents on a real Derby store: copied, recorded, removed, and gone with their project. */
class ProjectDocumentsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataFolder;

    @TempDir
    Path elsewhere;

    @Test
    void attachesUnderASafeNameAndRemovesCopyAndRecord() throws Exception {
        try (Database database = Database.open(dataFolder)) {
            Project project = Project.create("Lifelong Links", null, CLOCK.instant());
            database.store().writing(r -> r.projects().save(project));
            ProjectDocuments documents = new ProjectDocuments(database.store(), dataFolder, CLOCK);
            Path original = Files.write(elsewhere.resolve("../evil name; rm -rf.DOCX"),
                    "PK\u0003\u0004 board paper".getBytes(StandardCharsets.ISO_8859_1));

            ProjectDocument document = documents.attach(project.id(), original.normalize());

            assertThat(document.storedName()).matches("[0-9a-f-]{36}\\.docx");
            assertThat(documents.path(document)).startsWith(dataFolder.resolve("documents")).exists();
            assertThat(documents.list(project.id())).containsExactly(document);

            documents.remove(document);
            assertThat(documents.path(document)).doesNotExist();
            assertThat(documents.list(project.id())).isEmpty();
            Files.delete(original.normalize());
        }
    }

    @Test
    void aProgramDisguisedByARightToLeftOverrideIsKeptWithNoExtensionUnderItsPlainName() throws Exception {
        try (Database database = Database.open(dataFolder)) {
            Project project = Project.create("Lifelong Links", null, CLOCK.instant());
            database.store().writing(r -> r.projects().save(project));
            ProjectDocuments documents = new ProjectDocuments(database.store(), dataFolder, CLOCK);
            Path program = Files.write(elsewhere.resolve("invoice\u202Efdp.exe"),
                    new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
            Path pdf = Files.writeString(elsewhere.resolve("minutes.exe"), "%PDF-1.7 minutes");

            ProjectDocument kept = documents.attach(project.id(), program);
            ProjectDocument minutes = documents.attach(project.id(), pdf);

            assertThat(kept.fileName()).isEqualTo("invoicefdp.exe");
            assertThat(kept.storedName()).matches("[0-9a-f-]{36}");
            assertThat(DocumentType.ofStored(kept.storedName()).opensSafely()).isFalse();
            assertThat(minutes.storedName()).endsWith(".pdf");
            assertThat(DocumentType.ofStored(minutes.storedName()).opensSafely()).isTrue();
        }
    }

    @Test
    void refusesAFolderAndLeavesNothingBehind() {
        try (Database database = Database.open(dataFolder)) {
            Project project = Project.create("Pause", null, CLOCK.instant());
            database.store().writing(r -> r.projects().save(project));
            ProjectDocuments documents = new ProjectDocuments(database.store(), dataFolder, CLOCK);

            assertThatThrownBy(() -> documents.attach(project.id(), elsewhere)).isInstanceOf(RefusedException.class);
            assertThat(documents.list(project.id())).isEmpty();
        }
    }

    @Test
    void recordsGoWithTheirProject() throws Exception {
        try (Database database = Database.open(dataFolder)) {
            Project project = Project.create("Safe Families", null, CLOCK.instant());
            database.store().writing(r -> r.projects().save(project));
            ProjectDocuments documents = new ProjectDocuments(database.store(), dataFolder, CLOCK);
            documents.attach(project.id(), Files.writeString(elsewhere.resolve("plan.pdf"), "plan"));

            database.store().writing(r -> r.projects().delete(project.id()));

            List<ProjectDocument> left = database.store().read(r -> r.documents().findByProject(project.id()));
            assertThat(left).isEmpty();
        }
    }
}
