package org.innovationportfolio.logic.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.project.ProjectDocuments;
import org.innovationportfolio.model.ProjectDocument;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import's documents meeting a full disk: the user is told the disk is full and how much is needed, never
 * that the pack is damaged or changed, and nothing is left behind in the data folder.
 */
class DocumentFilesDiskFullTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataFolder;
    @TempDir
    Path files;
    Database database;
    Path pack;
    ProjectDocument document;

    /** A pack holding one 1.5 MB document (random bytes, so it does not compress). */
    @BeforeEach
    void aPackWithOneDocument() {
        database = Database.open(dataFolder);
        byte[] content = new byte[1_500_000];
        new Random(7).nextBytes(content);
        String sha256 = PackWriter.sha256(content);
        pack = PackFiles.zip(files.resolve("one.ippack"), Map.of(PackFormat.documentEntry(sha256), content));
        UUID id = UUID.randomUUID();
        document = new ProjectDocument(id, UUID.randomUUID(), "Evaluation.pdf",
                id + "-" + sha256.substring(0, 16) + ".pdf", content.length, sha256, CLOCK.instant(), CLOCK.instant());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Throwable writingWith(DocumentFiles.TemporaryFiles temporaryFiles) {
        DocumentFiles copies = new DocumentFiles(pack, new ProjectDocuments(database.store(), dataFolder, CLOCK),
                temporaryFiles);
        copies.add(document);
        Throwable thrown = catchThrowable(copies::writeAll);
        copies.removeWritten();
        return thrown;
    }

    private void saysTheDiskIsFullAndLeavesNothing(Throwable thrown) throws IOException {
        assertThat(thrown).isInstanceOf(DiskFullException.class).hasMessage("There is no space left on the disk with "
                + "the data folder (2 MB needed). Nothing was changed, and no backup or pack is damaged: free some "
                + "space on that disk and try again.");
        try (Stream<Path> left = Files.walk(dataFolder.resolve("documents"))) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        } catch (java.nio.file.NoSuchFileException gone) {
            // the documents folder was made for the copy and removed again
        }
    }

    /** Writing to /dev/full fails as a full disk does, with the operating system's own error. */
    @Test
    void aRealFullDeviceIsReportedAsAFullDiskNotADamagedPack() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs Linux's /dev/full");

        saysTheDiskIsFullAndLeavesNothing(writingWith(temporary -> Files.newOutputStream(full)));
    }

    /** Windows says it in other words, and may say it when the file is made. */
    @Test
    void windowsWordsForAFullDiskAreAFullDiskToo() throws IOException {
        saysTheDiskIsFullAndLeavesNothing(writingWith(temporary -> {
            throw new FileSystemException(temporary.toString(), null, "There is not enough space on the disk");
        }));
    }

    @Test
    void anotherWriteFailureIsNotCalledAFullDisk() {
        Throwable thrown = writingWith(temporary -> {
            throw new java.nio.file.AccessDeniedException(temporary.toString());
        });

        assertThat(thrown).isNotInstanceOf(DiskFullException.class)
                .hasMessageStartingWith("The attached documents could not be copied into the data folder");
    }
}
