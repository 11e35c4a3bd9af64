package org.innovationportfolio.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.innovationportfolio.logic.PasswordNeededException;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.WrongPasswordException;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encryption at rest: what is on disk, the password's life, backups and restores of a protected portfolio. */
class EncryptionTest {

    /** ASCII, so Derby's modified UTF-8 stores it as these very bytes. */
    static final String TITLE = "Zebrafinch Outreach Pilot QX7";
    static final String NOTE = "Confidential: Mrs Quillborough-Vantz safeguarding concern";
    static final String PASSWORD = "correct horse 42";

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;
    @TempDir
    Path sources;

    static char[] password() {
        return PASSWORD.toCharArray();
    }

    private static Project secretProject() {
        return TestData.fullProject(TITLE, NOTE);
    }

    @Test
    void aProtectedPortfolioAndItsBackupHoldNeitherTheTitleNorThePrivateNoteInAnyFile() throws IOException {
        // The control: the same steps without a password, so the search is shown to find them.
        Path plain = Files.createDirectories(folder.resolve("plain"));
        try (Database database = Database.open(plain)) {
            Project project = secretProject();
            database.store().writing(r -> r.projects().save(project));
            attachSecretDocument(database, project);
            database.backupTo(elsewhere.resolve("plain.zip"));
        }
        assertThat(filesHoldingASecret(plain.resolve("documents"))).isNotEmpty();
        assertThat(filesHoldingASecret(plain)).isNotEmpty();
        assertThat(filesHoldingASecret(unzip(elsewhere.resolve("plain.zip")))).isNotEmpty();
        assertThat(Database.isProtected(plain)).isFalse();
        assertThat(Database.isProtectedBackup(elsewhere.resolve("plain.zip"))).isFalse();

        Path secret = Files.createDirectories(folder.resolve("secret"));
        Project project = secretProject();
        try (Database database = Database.open(secret)) {
            database.store().writing(r -> r.projects().save(project));
            // One attached before protecting (locked by it), one after (locked as it is attached).
            attachSecretDocument(database, project);
            assertThat(database.protect(password())).isEmpty();
            attachSecretDocument(database, project);
            assertThat(database.isProtected()).isTrue();
            // Still open and usable after protecting, without opening again.
            assertThat(projects(database)).containsExactly(project);
            database.store().writing(r -> r.settings().put("council.name", "Anyshire"));
            database.backupTo(elsewhere.resolve("secret.zip"));
        }

        assertThat(filesHoldingASecret(secret)).isEmpty();
        assertThat(filesHoldingASecret(unzip(elsewhere.resolve("secret.zip")))).isEmpty();
        assertThat(Database.isProtected(secret)).isTrue();
        assertThat(Database.isProtectedBackup(elsewhere.resolve("secret.zip"))).isTrue();
        // The manifest says how many projects, never what they are.
        try (ZipFile zip = new ZipFile(elsewhere.resolve("secret.zip").toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(), UTF_8);
            assertThat(manifest).doesNotContain(TITLE).doesNotContain(NOTE).contains("\"projects\" : 1");
        }
        try (Database again = Database.open(secret, password())) {
            assertThat(projects(again)).containsExactly(project);
        }
    }

    @Test
    void aWrongOrMissingPasswordIsRefusedInPlainEnglishAndTheRightOneOpensOnRetry() {
        Project project = protectedPortfolio(folder);

        assertThatThrownBy(() -> Database.open(folder, "not the password".toCharArray()))
                .isInstanceOf(WrongPasswordException.class)
                .hasMessageStartingWith("That password does not open this portfolio.")
                .message().doesNotContain("XBM06").doesNotContain("XJ040");
        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOf(PasswordNeededException.class)
                .hasMessageContaining("protected with a password")
                .hasMessageContaining("INNOVATION_PORTFOLIO_PASSWORD");
        // One claim, as the window does: a wrong try, then the right one.
        try (Database database = Database.claim(folder)) {
            database.usePassword("also wrong!".toCharArray());
            assertThatThrownBy(database::open).isInstanceOf(WrongPasswordException.class);
            database.usePassword(password());
            database.open();
            assertThat(projects(database)).containsExactly(project);
        }
    }

    @Test
    void theMessageForAForgottenPasswordIsPlain() {
        assertThat(org.innovationportfolio.logic.ports.Protection.FORGOTTEN_PASSWORD_WARNING)
                .contains("If you forget this password, nobody can open your portfolio or its backups again");
    }

    @Test
    void unacceptablePasswordsAreRefusedAndNothingChanges() {
        try (Database database = Database.open(folder)) {
            assertThatThrownBy(() -> database.protect("short".toCharArray()))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("at least 8 characters");
            assertThatThrownBy(() -> database.protect("has,a comma".toCharArray()))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("comma");
            assertThat(database.isProtected()).isFalse();
        }
        assertThat(Database.isProtected(folder)).isFalse();
    }

    @Test
    void changingThePasswordMeansOnlyTheNewOneOpensIt() {
        Project project = protectedPortfolio(folder);
        char[] replacement = "a new one, then".replace(",", "").toCharArray();
        try (Database database = Database.open(folder, password())) {
            assertThatThrownBy(() -> database.changePassword("wrong password".toCharArray(), replacement.clone()))
                    .isInstanceOf(WrongPasswordException.class);
            database.changePassword(password(), replacement.clone());
            assertThat(projects(database)).containsExactly(project);
        }
        assertThatThrownBy(() -> Database.open(folder, password())).isInstanceOf(WrongPasswordException.class);
        try (Database database = Database.open(folder, replacement)) {
            assertThat(projects(database)).containsExactly(project);
        }
        assertThat(filesHoldingASecret(folder)).isEmpty();
    }

    @Test
    void removingTheProtectionDecryptsInPlace() {
        Project project = protectedPortfolio(folder);
        try (Database database = Database.open(folder, password())) {
            assertThatThrownBy(() -> database.removeProtection("wrong password".toCharArray()))
                    .isInstanceOf(WrongPasswordException.class);
            database.removeProtection(password());
            assertThat(database.isProtected()).isFalse();
            assertThat(projects(database)).containsExactly(project);
        }
        assertThat(Database.isProtected(folder)).isFalse();
        try (Database database = Database.open(folder)) {
            assertThat(projects(database)).containsExactly(project);
        }
    }

    @Test
    void anEncryptedBackupRestoresWithThePasswordAndIsRefusedWithoutIt() throws IOException {
        Project project = protectedPortfolio(folder);
        Path backup = elsewhere.resolve("protected.zip");
        try (Database database = Database.open(folder, password())) {
            database.backupTo(backup);
            database.store().writing(r -> r.projects().delete(project.id()));
            database.restoreFrom(backup);
            assertThat(projects(database)).containsExactly(project);
            assertThat(database.isProtected()).isTrue();
        }
        // Into another, new portfolio: without the password it is refused, with it restored and still protected.
        Path other = Files.createDirectories(folder.resolve("other"));
        try (Database database = Database.claim(other)) {
            assertThatThrownBy(() -> database.restoreFrom(backup))
                    .isInstanceOf(WrongPasswordException.class)
                    .hasMessageContaining("This backup is protected with a password")
                    .hasMessageEndingWith("Nothing was restored.");
            database.usePassword("not the password".toCharArray());
            assertThatThrownBy(() -> database.restoreFrom(backup)).isInstanceOf(WrongPasswordException.class);
            database.usePassword(password());
            database.restoreFrom(backup);
            assertThat(projects(database)).containsExactly(project);
        }
        assertThat(Database.isProtected(other)).isTrue();
        assertThat(filesHoldingASecret(other)).isEmpty();
    }

    @Test
    void aPlainBackupRestoredIntoAProtectedPortfolioIsProtectedToo() throws IOException {
        Path plainFolder = Files.createDirectories(folder.resolve("plain"));
        Project project = secretProject();
        Path backup = elsewhere.resolve("plain.zip");
        try (Database database = Database.open(plainFolder)) {
            database.store().writing(r -> r.projects().save(project));
            database.backupTo(backup);
        }
        Path protectedFolder = Files.createDirectories(folder.resolve("protected"));
        protectedPortfolio(protectedFolder);
        try (Database database = Database.open(protectedFolder, password())) {
            database.restoreFrom(backup);
            assertThat(database.isProtected()).isTrue();
            assertThat(projects(database)).containsExactly(project);
        }
        assertThat(filesHoldingASecret(protectedFolder.resolve("db"))).isEmpty();
    }

    @Test
    void unprotectedBackupsInTheDataFolderAreListedAndCanBeDeleted() {
        try (Database database = Database.open(folder)) {
            database.store().writing(r -> r.projects().save(secretProject()));
            Path old = folder.resolve("backups").resolve("before-import-old.zip");
            try {
                Files.createDirectories(old.getParent());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            database.backupTo(old);

            List<Path> unprotected = database.protect(password());

            assertThat(unprotected).containsExactly(old);
            assertThat(database.deleteUnprotectedBackups(unprotected)).isEqualTo(1);
            assertThat(old).doesNotExist();
        }
        assertThat(filesHoldingASecret(folder)).isEmpty();
    }

    /**
     * The child encrypts a portfolio and is killed (as by a power cut) once it has started. Wherever the kill
     * fell, the portfolio opens afterwards with all its data: unencrypted as before, or (if the conversion
     * had finished) with the password.
     */
    @Test
    void aCrashWhileEncryptingLeavesTheDataUsable() throws Exception {
        List<Project> projects = new ArrayList<>();
        try (Database database = Database.open(folder)) {
            for (int i = 0; i < 40; i++) {
                Project project = TestData.fullProject(TITLE + " " + i, NOTE);
                projects.add(project);
                database.store().writing(r -> r.projects().save(project));
            }
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dderby.stream.error.file=" + elsewhere.resolve("child-derby.log"),
                "-cp", System.getProperty("java.class.path"), EncryptInAnotherProcess.class.getName(),
                folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            // The password goes over a pipe, never on the command line a process list shows.
            try (OutputStream in = child.getOutputStream()) {
                in.write((PASSWORD + "\n").getBytes(UTF_8));
            }
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8));
            assertThat(out.readLine()).isEqualTo(EncryptInAnotherProcess.STARTED);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        boolean encrypted = Database.isProtected(folder);
        System.out.println("After the kill the portfolio was " + (encrypted ? "encrypted" : "not encrypted"));
        try (Database database = Database.open(folder, encrypted ? password() : null)) {
            assertThat(projects(database))
                    .containsExactlyInAnyOrderElementsOf(projects);
            if (!encrypted) {
                // Not protected: protecting again works.
                database.protect(password());
            }
        }
        // Either way the plain copy taken before protecting is gone once the portfolio is protected.
        assertThat(filesHoldingASecret(folder)).isEmpty();
    }

    /** Opens the portfolio named in args[0], reads the password from standard input, and protects it. */
    public static final class EncryptInAnotherProcess {
        static final String STARTED = "encrypting";

        public static void main(String[] args) throws IOException {
            char[] password = new BufferedReader(new InputStreamReader(System.in, UTF_8)).readLine().toCharArray();
            PrintStream out = new PrintStream(System.out, true, UTF_8);
            Path data = Path.of(args[0]);
            // The safety backup appears (moved into place whole) just before Derby starts encrypting: say so then,
            // so the parent's kill lands in the encryption itself or after it, not in the backup before it.
            Thread watcher = new Thread(() -> {
                while (!safetyBackupWritten(data.resolve("backups"))) {
                    Thread.onSpinWait();
                }
                out.println(STARTED);
            });
            watcher.setDaemon(true);
            watcher.start();
            try (Database database = Database.open(data)) {
                database.protect(password);
                out.println("done");
            }
        }

        private static boolean safetyBackupWritten(Path backups) {
            try (Stream<Path> files = Files.list(backups)) {
                return files.anyMatch(f -> f.getFileName().toString().startsWith("before-protection-")
                        && f.getFileName().toString().endsWith(".zip"));
            } catch (IOException e) {
                return false; // not made yet
            }
        }
    }

    /** A document whose text holds the title and the private note, attached from a file named after the title. */
    private void attachSecretDocument(Database database, Project project) {
        try {
            Path source = Files.createTempDirectory(sources, "source-").resolve(TITLE + ".txt");
            Files.writeString(source, "Minutes: " + TITLE + ". " + NOTE + ".", UTF_8);
            new org.innovationportfolio.logic.project.ProjectDocuments(database.store(), database.dataFolder(),
                    java.time.Clock.systemUTC()).attach(project.id(), source);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Project> projects(Database database) {
        List<Project> all = database.store().read(r -> r.projects().findAll());
        return all;
    }

    private static Project protectedPortfolio(Path data) {
        Project project = secretProject();
        try (Database database = Database.open(data)) {
            database.store().writing(r -> r.projects().save(project));
            database.protect(password());
        }
        return project;
    }

    /** Every file under {@code root} holding the title or the note, as UTF-8 or UTF-16 (either byte order). */
    static List<String> filesHoldingASecret(Path root) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                // The password too: it must never be written anywhere.
                for (String secret : List.of(TITLE, NOTE, PASSWORD)) {
                    for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                            StandardCharsets.UTF_16BE)) {
                        if (indexOf(bytes, secret.getBytes(charset)) >= 0) {
                            found.add(root.relativize(file) + " holds \"" + secret + "\" as " + charset);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private Path unzip(Path zipFile) throws IOException {
        Path into = Files.createTempDirectory(elsewhere, "unzipped-");
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
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
