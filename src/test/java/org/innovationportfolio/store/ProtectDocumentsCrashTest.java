package org.innovationportfolio.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationportfolio.store.EncryptionTest.PASSWORD;
import static org.innovationportfolio.store.EncryptionTest.filesHoldingASecret;
import static org.innovationportfolio.store.EncryptionTest.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.innovationportfolio.logic.project.ProjectDocuments;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM protects a portfolio with attached documents and is killed (as by a power cut) once it has begun
 * locking their copies. Wherever the kill fell, every document reads whole afterwards, and the next start leaves
 * none of them readable in the data folder.
 */
class ProtectDocumentsCrashTest {

    static final String CONTENT = "Minutes for " + EncryptionTest.TITLE + ". " + EncryptionTest.NOTE + ". ";

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    @Test
    void aCrashWhileLockingTheDocumentsLeavesEveryOneReadable() throws Exception {
        List<ProjectDocument> attached = new ArrayList<>();
        try (Database database = Database.open(folder)) {
            Project project = TestData.bareProject("With documents");
            database.store().writing(r -> r.projects().save(project));
            ProjectDocuments documents = new ProjectDocuments(database.store(), folder, Clock.systemUTC());
            for (int i = 0; i < 40; i++) {
                Path source = Files.writeString(elsewhere.resolve("paper " + i + ".txt"),
                        CONTENT + i + " " + "padding ".repeat(20_000), UTF_8);
                attached.add(documents.attach(project.id(), source));
            }
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dderby.stream.error.file=" + elsewhere.resolve("child-derby.log"),
                "-cp", System.getProperty("java.class.path"), ProtectInAnotherProcess.class.getName(),
                folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            try (OutputStream in = child.getOutputStream()) {
                in.write((PASSWORD + "\n").getBytes(UTF_8));
            }
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8));
            String said = out.readLine();
            assertThat(said).isIn(ProtectInAnotherProcess.LOCKING, "done");
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        boolean encrypted = Database.isProtected(folder);
        try (Database database = Database.open(folder, encrypted ? password() : null)) {
            ProjectDocuments documents = new ProjectDocuments(database.store(), folder, Clock.systemUTC());
            for (ProjectDocument d : attached) {
                try (InputStream in = documents.read(d, documents.key())) {
                    assertThat(new String(in.readAllBytes(), UTF_8)).startsWith(CONTENT);
                }
            }
            if (!encrypted) {
                database.protect(password());
            }
        }
        assertThat(filesHoldingASecret(folder)).isEmpty();
    }

    /** Opens the portfolio in args[0], reads the password from standard input, and protects it. */
    public static final class ProtectInAnotherProcess {
        static final String LOCKING = "locking";

        public static void main(String[] args) throws IOException {
            char[] password = new BufferedReader(new InputStreamReader(System.in, UTF_8)).readLine().toCharArray();
            PrintStream out = new PrintStream(System.out, true, UTF_8);
            Path documents = Path.of(args[0]).resolve("documents");
            // The first locked copy moved into place says the database is encrypted and the copies are being locked.
            Thread watcher = new Thread(() -> {
                while (!anyLocked(documents)) {
                    Thread.onSpinWait();
                }
                out.println(LOCKING);
            });
            watcher.setDaemon(true);
            watcher.start();
            try (Database database = Database.open(Path.of(args[0]))) {
                database.protect(password);
                out.println("done");
            }
        }

        private static boolean anyLocked(Path documents) {
            try (Stream<Path> walk = Files.walk(documents)) {
                return walk.anyMatch(f -> f.getFileName().toString().endsWith(".aes"));
            } catch (IOException | java.io.UncheckedIOException e) {
                return false;
            }
        }
    }
}
