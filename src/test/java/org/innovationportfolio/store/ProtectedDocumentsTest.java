package org.innovationportfolio.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationportfolio.store.EncryptionTest.NOTE;
import static org.innovationportfolio.store.EncryptionTest.TITLE;
import static org.innovationportfolio.store.EncryptionTest.filesHoldingASecret;
import static org.innovationportfolio.store.EncryptionTest.password;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.innovationportfolio.logic.project.DocumentCipher;
import org.innovationportfolio.logic.project.DocumentKey;
import org.innovationportfolio.logic.project.ProjectDocuments;
import org.innovationportfolio.logic.packs.ExportRequest;
import org.innovationportfolio.logic.packs.ImportUndo;
import org.innovationportfolio.logic.packs.PackExporter;
import org.innovationportfolio.logic.packs.PackImporter;
import org.innovationportfolio.logic.packs.PackReader;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attached documents of a portfolio protected with a password: kept locked in the data folder and in
 * backups, readable on every path (open, pack export and import, backup, restore, undo), and brought in
 * line when the protection is set, changed or removed.
 */
class ProtectedDocumentsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    /** The document's text holds the project's title; the user's file name does too. */
    static final String CONTENT = "Board paper for " + TITLE + ". " + NOTE + ". " + "Padding. ".repeat(2_000);

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;
    @TempDir
    Path sources;

    private Path source() throws IOException {
        return Files.writeString(sources.resolve(TITLE + " board paper.txt"), CONTENT, UTF_8);
    }

    private static Project project(Database database) {
        Project project = TestData.bareProject("A project");
        database.store().writing(r -> r.projects().save(project));
        return project;
    }

    private static ProjectDocuments documents(Database database) {
        return new ProjectDocuments(database.store(), database.dataFolder(), CLOCK);
    }

    private static String read(ProjectDocuments documents, ProjectDocument document) throws IOException {
        try (InputStream in = documents.read(document, documents.key())) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    /** The names of every file under the documents folder. */
    private static List<String> documentFiles(Path dataFolder) throws IOException {
        Path documents = dataFolder.resolve("documents");
        if (!Files.isDirectory(documents)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(documents)) {
            return walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void attachedBeforeOrAfterProtectingNoDocumentIsReadableInTheDataFolderNorItsBackups() throws IOException {
        // The control: unprotected, the search finds the document's text and its name is the record's.
        Path plain = Files.createDirectories(folder.resolve("plain"));
        try (Database database = Database.open(plain)) {
            documents(database).attach(project(database).id(), source());
        }
        assertThat(filesHoldingASecret(plain.resolve("documents"))).isNotEmpty();

        Path secret = Files.createDirectories(folder.resolve("secret"));
        ProjectDocument before;
        ProjectDocument after;
        Path folderBackup = Files.createDirectories(elsewhere.resolve("usb"));
        try (Database database = Database.open(secret)) {
            database.store().writing(r -> r.projects().save(TestData.fullProject(TITLE, NOTE)));
            Project project = project(database);
            before = documents(database).attach(project.id(), source());
            database.protect(password());
            after = documents(database).attach(project.id(), source());
            assertThat(read(documents(database), before)).isEqualTo(CONTENT);
            assertThat(read(documents(database), after)).isEqualTo(CONTENT);
            database.backupTo(elsewhere.resolve("secret.zip"));
            FolderBackup.into(database, folderBackup, CLOCK);
            // Opened for viewing: a decrypted copy exists only while the app runs.
            Path viewable = documents(database).viewable(after);
            assertThat(Files.readString(viewable, UTF_8)).isEqualTo(CONTENT);
        }
        assertThat(filesHoldingASecret(secret)).isEmpty();
        assertThat(filesHoldingASecret(unzip(elsewhere.resolve("secret.zip")))).isEmpty();
        try (Stream<Path> written = Files.list(folderBackup)) {
            for (Path backup : written.toList()) {
                assertThat(filesHoldingASecret(unzip(backup))).as(backup.toString()).isEmpty();
            }
        }
        // No file name in the data folder or the backup carries the user's file name.
        assertThat(documentFiles(secret)).hasSize(2).allMatch(n -> !n.contains("Zebrafinch") && n.endsWith(".aes"));
        try (ZipFile zip = new ZipFile(elsewhere.resolve("secret.zip").toFile())) {
            assertThat(zip.stream().map(e -> e.getName())).noneMatch(n -> n.contains("Zebrafinch"))
                    .anyMatch(n -> n.startsWith("documents/") && n.endsWith(".aes"));
        }
    }

    @Test
    void openingAProtectedDocumentDecryptsAnOwnerOnlyCopyThatIsGoneOnExitAndAtTheNextStart() throws IOException {
        Path viewable;
        try (Database database = Database.open(folder)) {
            database.protect(password());
            ProjectDocument document = documents(database).attach(project(database).id(), source());
            viewable = documents(database).viewable(document);
            assertThat(viewable).startsWith(folder.resolve(ProjectDocuments.OPENED_FOLDER));
            assertThat(viewable.getFileName().toString()).isEqualTo(document.storedName());
            assertThat(Files.readString(viewable, UTF_8)).isEqualTo(CONTENT);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(viewable))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(viewable.getParent())))
                    .isEqualTo("rwx------");
        }
        assertThat(folder.resolve(ProjectDocuments.OPENED_FOLDER)).doesNotExist();

        // A crash leaves one behind: the next start deletes it, before anything else.
        Path left = Files.createDirectories(folder.resolve(ProjectDocuments.OPENED_FOLDER).resolve("x"));
        Files.writeString(left.resolve("copy.txt"), CONTENT);
        try (Database database = Database.claim(folder)) {
            assertThat(folder.resolve(ProjectDocuments.OPENED_FOLDER)).doesNotExist();
        }
    }

    @Test
    void anUnprotectedDocumentOpensInPlaceAsBefore() throws IOException {
        try (Database database = Database.open(folder)) {
            ProjectDocument document = documents(database).attach(project(database).id(), source());
            assertThat(documents(database).viewable(document)).isEqualTo(documents(database).path(document));
            assertThat(documentFiles(folder)).containsExactly(document.storedName());
        }
    }

    @Test
    void protectingLocksEachCopyChangingThePasswordLeavesThemAsTheyAreAndRemovingItUnlocksThem() throws IOException {
        ProjectDocument document;
        try (Database database = Database.open(folder)) {
            document = documents(database).attach(project(database).id(), source());
            byte[] plainCopy = Files.readAllBytes(documents(database).path(document));

            database.protect(password());
            Optional<DocumentKey> key = documents(database).key();
            assertThat(key).isPresent();
            assertThat(documentFiles(folder)).containsExactly(document.storedName() + "." + key.get().id() + ".aes");
            byte[] locked = Files.readAllBytes(documents(database).copyOf(document, key));
            assertThat(locked).isNotEqualTo(plainCopy);

            char[] replacement = "another good one".toCharArray();
            database.changePassword(password(), replacement.clone());
            assertThat(Files.readAllBytes(documents(database).copyOf(document, key))).isEqualTo(locked);
            assertThat(read(documents(database), document)).isEqualTo(CONTENT);

            database.removeProtection(replacement);
            assertThat(documents(database).key()).isEmpty();
            assertThat(documentFiles(folder)).containsExactly(document.storedName());
            assertThat(Files.readAllBytes(documents(database).path(document))).isEqualTo(plainCopy);
        }
    }

    @Test
    void aProtectedBackupRestoresItsDocumentsHereAndIntoAnotherPortfolio() throws IOException {
        Path backup = elsewhere.resolve("protected.zip");
        ProjectDocument document;
        try (Database database = Database.open(folder)) {
            database.protect(password());
            document = documents(database).attach(project(database).id(), source());
            database.backupTo(backup);
            documents(database).remove(document);
            assertThat(documentFiles(folder)).isEmpty();
            database.restoreFrom(backup);
            assertThat(read(documents(database), document)).isEqualTo(CONTENT);
        }
        Path other = Files.createDirectories(elsewhere.resolve("other"));
        try (Database database = Database.claim(other)) {
            database.usePassword(password());
            database.restoreFrom(backup);
            assertThat(read(documents(database), document)).isEqualTo(CONTENT);
        }
        assertThat(filesHoldingASecret(other)).isEmpty();
    }

    @Test
    void aPlainBackupRestoredIntoAProtectedPortfolioHasItsDocumentsLockedAndStaleCopiesGo() throws IOException {
        Path backup = elsewhere.resolve("plain.zip");
        ProjectDocument document;
        try (Database database = Database.open(folder)) {
            document = documents(database).attach(project(database).id(), source());
            database.backupTo(backup);
            database.protect(password());
            String oldKey = documents(database).key().orElseThrow().id();

            database.restoreFrom(backup);

            assertThat(database.isProtected()).isTrue();
            DocumentKey key = documents(database).key().orElseThrow();
            assertThat(key.id()).isNotEqualTo(oldKey); // the plain backup had none: a new one was made
            assertThat(documentFiles(folder)).containsExactly(document.storedName() + "." + key.id() + ".aes");
            assertThat(read(documents(database), document)).isEqualTo(CONTENT);
        }
        assertThat(filesHoldingASecret(folder.resolve("documents"))).isEmpty();
    }

    @Test
    void packsCarryProtectedDocumentsDecryptedAndAnImportIntoAProtectedPortfolioLocksThemAndUndoRemovesThem()
            throws IOException {
        Path pack = elsewhere.resolve("out.ippack");
        ProjectDocument document;
        try (Database sender = Database.open(folder)) {
            sender.protect(password());
            Project project = TestData.fullProject(TITLE, NOTE);
            sender.store().writing(r -> r.projects().save(project));
            document = documents(sender).attach(project.id(), source());
            new PackExporter(sender.store(), CLOCK, "test", folder).export(ExportRequest.all("Sam Patel"), pack);
        }
        try (ZipFile zip = new ZipFile(pack.toFile())) {
            byte[] sent = zip.getInputStream(zip.stream().filter(e -> e.getName().startsWith("documents/"))
                    .findFirst().orElseThrow()).readAllBytes();
            assertThat(new String(sent, UTF_8)).isEqualTo(CONTENT);
        }

        Path receiverFolder = Files.createDirectories(elsewhere.resolve("receiver"));
        try (Database receiver = Database.open(receiverFolder)) {
            org.innovationportfolio.logic.sample.CatalogueInstaller.installOrUpdate(receiver.store());
            receiver.protect(password());
            PackImporter importer = new PackImporter(receiver.store(), receiver, receiverFolder,
                    receiverFolder.resolve("backups"), CLOCK);
            importer.apply(importer.plan(new PackReader().read(pack)));
            ProjectDocument received = receiver.store().read(r -> r.documents().find(document.id())).orElseThrow();
            assertThat(read(documents(receiver), received)).isEqualTo(CONTENT);
            assertThat(documentFiles(receiverFolder)).singleElement().satisfies(n -> assertThat(n).endsWith(".aes"));
            assertThat(filesHoldingASecret(receiverFolder.resolve("documents"))).isEmpty();
            // The same pack again: the locked copy is recognised as the same document and left as it is.
            Path copy = documents(receiver).copyOf(received, documents(receiver).key());
            byte[] lockedBefore = Files.readAllBytes(copy);
            PackImporter again = new PackImporter(receiver.store(), receiver, receiverFolder,
                    receiverFolder.resolve("backups"), CLOCK);
            again.apply(again.plan(new PackReader().read(pack)));
            assertThat(Files.readAllBytes(copy)).isEqualTo(lockedBefore);

            ImportUndo undo = new ImportUndo(receiver.store(), receiver, receiverFolder);
            undo.undoLast(); // the second import changed nothing, so it recorded no import of its own
            Optional<ProjectDocument> gone = receiver.store().read(r -> r.documents().find(document.id()));
            assertThat(gone).isEmpty();
            assertThat(documentFiles(receiverFolder)).isEmpty();
        }
    }

    /**
     * A crash while the copies were being locked leaves some locked, some plain, a locked copy beside its plain
     * one (moved in, the plain one not yet deleted) and a half-written temporary file: every document still reads,
     * and the next start finishes the job.
     */
    @Test
    void aProtectionCutShortLeavesEveryDocumentReadableAndTheNextStartFinishesIt() throws IOException {
        List<ProjectDocument> attached;
        try (Database database = Database.open(folder)) {
            Project project = project(database);
            ProjectDocuments documents = documents(database);
            attached = List.of(documents.attach(project.id(), source()), documents.attach(project.id(), source()),
                    documents.attach(project.id(), source()));
            database.protect(password());
            DocumentKey key = documents.key().orElseThrow();
            // As the crash left it: the first back to plain only, the second both ways, the third locked.
            unlockByHand(documents, attached.get(0), key, true);
            unlockByHand(documents, attached.get(1), key, false);
            Files.writeString(documents.path(attached.get(2)).resolveSibling("." + java.util.UUID.randomUUID()
                    + ".part"), "half");
            for (ProjectDocument d : attached) {
                assertThat(read(documents, d)).isEqualTo(CONTENT);
            }
        }
        try (Database database = Database.open(folder, password())) {
            DocumentKey key = documents(database).key().orElseThrow();
            assertThat(documentFiles(folder)).hasSize(3)
                    .allMatch(n -> n.endsWith("." + key.id() + DocumentCipher.SUFFIX));
            for (ProjectDocument d : attached) {
                assertThat(read(documents(database), d)).isEqualTo(CONTENT);
            }
        }
        assertThat(filesHoldingASecret(folder)).isEmpty();
    }

    /** Writes the plain copy beside the locked one, deleting the locked one when {@code deleteLocked}. */
    private static void unlockByHand(ProjectDocuments documents, ProjectDocument document, DocumentKey key,
            boolean deleteLocked) throws IOException {
        Path locked = documents.copyOf(document, Optional.of(key));
        try (InputStream in = documents.read(document, Optional.of(key))) {
            Files.write(documents.path(document), in.readAllBytes());
        }
        if (deleteLocked) {
            Files.delete(locked);
        }
    }

    /** A removal cut short leaves plain copies beside locked ones and the key: the next start finishes it. */
    @Test
    void removingTheProtectionCutShortIsFinishedAtTheNextStart() throws IOException {
        ProjectDocument document;
        try (Database database = Database.open(folder)) {
            document = documents(database).attach(project(database).id(), source());
            database.protect(password());
            DocumentKey key = documents(database).key().orElseThrow();
            database.removeProtection(password());
            // As if the crash came after the database was decrypted but before the copies were: locked again.
            database.store().writing(r -> r.settings().put(DocumentKey.SETTING, key.value()));
            Path plainCopy = documents(database).path(document);
            try (InputStream in = Files.newInputStream(plainCopy);
                    var out = ProjectDocuments.writing(DocumentCipher.locked(plainCopy, key), Optional.of(key),
                            Files.size(plainCopy))) {
                in.transferTo(out);
            }
            Files.delete(plainCopy);
            assertThat(read(documents(database), document)).isEqualTo(CONTENT);
        }
        try (Database database = Database.open(folder)) {
            assertThat(documents(database).key()).isEmpty();
            assertThat(documentFiles(folder)).containsExactly(document.storedName());
            assertThat(read(documents(database), document)).isEqualTo(CONTENT);
        }
    }

    @Test
    void aDamagedLockedCopyIsRefusedNotReadAsSomethingElse() throws IOException {
        try (Database database = Database.open(folder)) {
            database.protect(password());
            ProjectDocument document = documents(database).attach(project(database).id(), source());
            Path copy = documents(database).copyOf(document, documents(database).key());
            byte[] bytes = Files.readAllBytes(copy);
            bytes[bytes.length / 2] ^= 0x55;
            Files.write(copy, bytes);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents(database).viewable(document))
                    .isInstanceOf(org.innovationportfolio.logic.RefusedException.class)
                    .hasMessageContaining("could not be decrypted");
            assertThat(folder.resolve(ProjectDocuments.OPENED_FOLDER)).satisfiesAnyOf(
                    p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
        }
    }

    @Test
    void theStartTidiesTheHalfWrittenCopiesACrashLeft() throws IOException {
        Path projectFolder;
        try (Database database = Database.open(folder)) {
            ProjectDocument document = documents(database).attach(project(database).id(), source());
            projectFolder = documents(database).path(document).getParent();
        }
        Path attaching = Files.writeString(projectFolder.resolve(java.util.UUID.randomUUID() + ".part"), CONTENT);
        Path converting = Files.writeString(projectFolder.resolve("." + java.util.UUID.randomUUID() + ".part"), "x");
        Path notOurs = Files.writeString(projectFolder.resolve("notes.part"), "kept");
        try (Database database = Database.claim(folder)) {
            assertThat(attaching).doesNotExist();
            assertThat(converting).doesNotExist();
            assertThat(notOurs).exists();
        }
    }

    private Path unzip(Path zipFile) throws IOException {
        Path into = Files.createTempDirectory(elsewhere, "unzipped-");
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            for (var entry : zip.stream().toList()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
        return into;
    }
}
