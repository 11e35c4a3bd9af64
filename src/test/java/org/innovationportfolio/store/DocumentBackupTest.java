package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.backup.SafeZipReader;
import org.innovationportfolio.logic.project.ProjectDocuments;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attached documents travel in the backup with their checksums and come back on restore, and nothing is lost. */
class DocumentBackupTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;
    Database database;
    ProjectDocuments documents;
    Project project;
    ProjectDocument attached;
    byte[] original;

    @BeforeEach
    void portfolioWithADocument() throws IOException {
        database = Database.open(folder);
        documents = new ProjectDocuments(database.store(), folder, CLOCK);
        project = TestData.bareProject("With a board paper");
        database.store().writing(r -> r.projects().save(project));
        original = new byte[300_000];
        for (int i = 0; i < original.length; i++) {
            original[i] = (byte) (i * 31 + i / 7);
        }
        attached = documents.attach(project.id(), Files.write(elsewhere.resolve("Board paper.pdf"), original));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theBackupListsEveryDocumentWithItsSizeAndChecksum() throws IOException {
        Path backup = backup();

        JsonNode manifest = new ObjectMapper().readTree(read(backup).get("manifest.json"));
        String name = "documents/" + project.id() + "/" + attached.storedName();
        JsonNode entry = null;
        for (JsonNode e : manifest.get("entries")) {
            if (e.get("path").asText().equals(name)) {
                entry = e;
            }
        }
        assertThat(entry).as(name).isNotNull();
        assertThat(entry.get("size").asLong()).isEqualTo(original.length);
        assertThat(entry.get("sha256").asText()).isEqualTo(attached.sha256());
        assertThat(read(backup).get(name)).isEqualTo(original);
    }

    @Test
    void aDocumentFileDeletedAfterTheBackupComesBackOnRestoreByteForByte() throws IOException {
        Path backup = backup();
        Files.delete(documents.path(attached));

        database.restoreFrom(backup);

        assertThat(documents.list(project.id())).containsExactly(attached);
        assertThat(Files.readAllBytes(documents.path(attached))).isEqualTo(original);
        assertThat(SafeZipReader.digestOf(documents.path(attached)).sha256()).isEqualTo(attached.sha256());
    }

    @Test
    void aDocumentAttachedAfterTheBackupKeepsItsFileThroughARestore() throws IOException {
        Path backup = backup();
        ProjectDocument later = documents.attach(project.id(),
                Files.writeString(elsewhere.resolve("Later.txt"), "Attached after the backup"));

        database.restoreFrom(backup);

        assertThat(documents.list(project.id())).containsExactly(attached);
        assertThat(documents.path(later)).as("never delete a file a record may point to").exists();
        assertThat(Files.readAllBytes(documents.path(attached))).isEqualTo(original);
    }

    @Test
    void aBackupWhoseDocumentWasChangedIsRefusedAndNothingIsTouched() throws IOException {
        Path backup = backup();
        String name = "documents/" + project.id() + "/" + attached.storedName();
        Map<String, byte[]> entries = read(backup);
        byte[] changed = entries.get(name).clone();
        changed[1000] ^= 1;
        entries.put(name, changed);
        Path tampered = elsewhere.resolve("tampered.zip");
        writeZip(tampered, entries);
        Files.delete(documents.path(attached));
        database.store().writing(r -> r.projects().save(TestData.bareProject("After the backup")));

        assertThatThrownBy(() -> database.restoreFrom(tampered)).isInstanceOf(RefusedException.class)
                .hasMessageContaining(name).hasMessageContaining("checksum").hasMessageContaining("Nothing was restored");

        assertThat(documents.path(attached)).doesNotExist();
        int count = database.store().read(r -> r.projects().count());
        assertThat(count).isEqualTo(2);
    }

    private Path backup() {
        Path backup = elsewhere.resolve("portfolio-backup.zip");
        database.backupTo(backup);
        return backup;
    }

    private static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                try (InputStream in = file.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static void writeZip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }
}
