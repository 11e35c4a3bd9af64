package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // One portfolio and its backup, made once and copied for each test: creating a database is the slow part.
    @TempDir
    static Path template;
    static Project kept;
    /** The catalogue table's data file in the backup, and its page size: for damaging one page of it. */
    static String innovationFile;
    static int innovationPageSize;

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;
    Database database;
    Path backup;

    @BeforeAll
    static void makeATemplatePortfolioAndBackup() {
        kept = TestData.fullProject("In the backup");
        try (Database made = Database.open(Files.createDirectories(template.resolve("data")))) {
            made.store().writing(r -> {
                r.projects().save(kept);
                r.catalogue().save(TestData.fullInnovation("backed-up"));
                r.settings().put("council.name", "Anyshire");
            });
            made.backupTo(template.resolve("portfolio-backup.zip"));
            try (Connection c = DriverManager.getConnection(DerbyFiles.url(made.databaseFolder()));
                    Statement s = c.createStatement();
                    ResultSet file = s.executeQuery("SELECT g.CONGLOMERATENUMBER FROM SYS.SYSCONGLOMERATES g "
                            + "JOIN SYS.SYSTABLES t ON t.TABLEID = g.TABLEID "
                            + "WHERE t.TABLENAME = 'INNOVATION' AND g.ISINDEX = FALSE")) {
                file.next();
                innovationFile = "db/seg0/c" + Long.toHexString(file.getLong(1)) + ".dat";
                try (ResultSet size = s.executeQuery("SELECT PAGESIZE FROM TABLE (SYSCS_DIAG.SPACE_TABLE('APP', "
                        + "'INNOVATION')) t WHERE ISINDEX = 0")) {
                    size.next();
                    innovationPageSize = size.getInt(1);
                }
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void portfolioWithABackup() throws IOException {
        copyTree(template.resolve("data").resolve("db"), folder.resolve("db"));
        backup = Files.copy(template.resolve("portfolio-backup.zip"), elsewhere.resolve("portfolio-backup.zip"));
        database = Database.open(folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void backupThenChangeThenRestoreGivesTheEarlierData() {
        Project later = TestData.fullProject("Made after the backup");
        database.store().writing(r -> {
            r.projects().delete(kept.id());
            r.projects().save(later);
            r.settings().put("council.name", "Changed");
        });

        Path previous = database.restoreFrom(backup);

        assertThat(projects()).containsExactly(kept);
        assertThat(previous.getParent()).isEqualTo(folder.resolve("backups"));
        assertThat(previous.getFileName().toString()).startsWith("before-restore-").endsWith(".zip");
        Optional<String> council = database.store().read(r -> r.settings().get("council.name"));
        assertThat(council).contains("Anyshire");
        assertThat(database.schemaVersion()).isEqualTo(StoreTestSupport.latestSchemaVersion());
        // Still usable for writing, and nothing set aside is left behind.
        database.store().writing(r -> r.projects().save(later));
        assertThat(projects()).containsExactly(kept, later);
        assertThat(leftovers()).isEmpty();
        // The portfolio the restore replaced is a backup like any other: restoring it brings it back.
        database.restoreFrom(previous);
        assertThat(projects()).containsExactly(later);
    }

    @Test
    void restoreRefusesABackupWithAZeroedPageEvenWhenItsChecksumsWereRecomputed() throws IOException {
        Path damaged = rewrite("zeroed-page.zip", entries -> {
            byte[] data = entries.get(innovationFile);
            assertThat(data.length).as(innovationFile).isGreaterThanOrEqualTo(2 * innovationPageSize);
            Arrays.fill(data, innovationPageSize, 2 * innovationPageSize, (byte) 0);
            return withRecomputedManifest(entries);
        });

        assertRefusedAndUnchanged(damaged, "The backup is damaged: its database does not open or cannot be read in full");
    }

    @Test
    void restoredDataSurvivesClosingAndReopening() {
        database.store().writing(r -> r.projects().delete(kept.id()));
        database.restoreFrom(backup);
        database.close();

        database = Database.open(folder);

        assertThat(projects()).containsExactly(kept);
    }

    @Test
    void backupFileHoldsAManifestWithTheChecksumOfEveryEntry() throws Exception {
        Map<String, byte[]> entries = read(backup);
        JsonNode manifest = JSON.readTree(entries.get("manifest.json"));

        assertThat(manifest.get("format").asText()).isEqualTo("innovation-portfolio-backup");
        assertThat(manifest.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(manifest.get("schemaVersion").asInt()).isEqualTo(StoreTestSupport.latestSchemaVersion());
        assertThat(manifest.get("appVersion").asText()).isNotBlank();
        assertThat(manifest.get("createdAt").asText()).endsWith("Z");
        assertThat(manifest.get("counts").get("projects").asInt()).isEqualTo(1);
        assertThat(manifest.get("counts").get("innovations").asInt()).isEqualTo(1);
        assertThat(manifest.get("entries")).hasSize(entries.size() - 1);
        for (JsonNode entry : manifest.get("entries")) {
            byte[] content = entries.get(entry.get("path").asText());
            assertThat(content).as(entry.get("path").asText()).isNotNull();
            assertThat(entry.get("size").asLong()).isEqualTo(content.length);
            assertThat(entry.get("sha256").asText()).isEqualTo(sha256(content));
        }
        assertThat(entries).containsKey("db/service.properties");
    }

    @Test
    void backupToAMissingFolderIsRefusedAndLeavesNoFile() {
        Path target = elsewhere.resolve("no-such-folder").resolve("backup.zip");

        assertThatThrownBy(() -> database.backupTo(target))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("does not exist");

        assertThat(target).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void backupOverAnExistingFileReplacesItWholeAndLeavesNoTemporaryFile() throws IOException {
        Files.writeString(backup, "an older backup");

        database.backupTo(backup);

        assertThat(read(backup)).containsKey("manifest.json");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).containsExactly(backup);
        }
    }

    @Test
    void restoreRefusesATruncatedBackup() throws IOException {
        byte[] whole = Files.readAllBytes(backup);
        Path truncated = write("truncated.zip", Arrays.copyOf(whole, whole.length / 2));

        assertRefusedAndUnchanged(truncated, "not an Innovation Portfolio backup, or it is incomplete");
    }

    @Test
    void restoreRefusesAFileThatIsNotAZip() throws IOException {
        Path text = write("notes.zip", "Dear colleague, here is the backup".getBytes(StandardCharsets.UTF_8));

        assertRefusedAndUnchanged(text, "not an Innovation Portfolio backup");
    }

    @Test
    void restoreRefusesAnEmptyFile() throws IOException {
        assertRefusedAndUnchanged(write("empty.zip", new byte[0]), "This file is empty");
    }

    @Test
    void restoreRefusesAForeignZip() throws IOException {
        Path foreign = elsewhere.resolve("holiday-photos.zip");
        writeZip(foreign, Map.of("photo.jpg", new byte[] {1, 2, 3}));

        assertRefusedAndUnchanged(foreign,
                "This file is not an Innovation Portfolio backup (no manifest). Nothing was restored.");
    }

    @Test
    void restoreRefusesATamperedBackup() throws IOException {
        Path tampered = rewrite("tampered.zip", entries -> {
            byte[] properties = entries.get("db/service.properties");
            entries.put("db/service.properties", Arrays.copyOf(properties, properties.length + 1));
            return entries;
        });

        assertRefusedAndUnchanged(tampered,
                "The backup is damaged: db/service.properties does not match its checksum. Nothing was restored.");
    }

    @Test
    void restoreRefusesABackupWithAnEntryItsManifestDoesNotList() throws IOException {
        Path extra = rewrite("extra.zip", entries -> {
            entries.put("db/seg0/extra.dat", new byte[] {42});
            return entries;
        });

        assertRefusedAndUnchanged(extra, "db/seg0/extra.dat, which its manifest does not list");
    }

    @Test
    void restoreRefusesAZipSlipEntry() throws IOException {
        Path evil = rewrite("zip-slip.zip", entries -> {
            entries.put("db/../../escaped.txt", "gotcha".getBytes(StandardCharsets.UTF_8));
            return entries;
        });

        assertRefusedAndUnchanged(evil, "would be written outside the restore folder");
        assertThat(folder.getParent().resolve("escaped.txt")).doesNotExist();
        assertThat(folder.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void restoreRefusesABackupFromANewerSchema() throws IOException {
        int newerSchema = StoreTestSupport.latestSchemaVersion() + 1;
        Path newer = rewrite("newer.zip", entries -> {
            entries.put("manifest.json", editedManifest(entries.get("manifest.json"),
                    m -> m.put("schemaVersion", newerSchema)));
            return entries;
        });

        assertRefusedAndUnchanged(newer, "This backup was made by a newer version of Innovation Portfolio (schema "
                + newerSchema + "). Update the app to restore it.");
    }

    @Test
    void restoreRefusesABackupWhoseManifestIsSomeoneElses() throws IOException {
        Path other = rewrite("other.zip", entries -> {
            entries.put("manifest.json", editedManifest(entries.get("manifest.json"),
                    m -> m.put("format", "someone-elses-backup")));
            return entries;
        });

        assertRefusedAndUnchanged(other, "not an Innovation Portfolio backup");
    }

    @Test
    void restoreRefusesABackupWhoseDatabaseDoesNotOpenAndKeepsTheCurrentOne() throws IOException {
        // Checksums all match, but the database inside lacks its data files: only booting it finds out.
        Path hollow = rewrite("hollow.zip", entries -> {
            entries.keySet().removeIf(name -> name.startsWith("db/seg0/"));
            return withRecomputedManifest(entries);
        });

        assertRefusedAndUnchanged(hollow, "its database does not open");
    }

    private void assertRefusedAndUnchanged(Path file, String message) {
        List<Project> before = projects();

        assertThatThrownBy(() -> database.restoreFrom(file))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining(message)
                .hasMessageContaining("Nothing was restored.");

        assertThat(projects()).isEqualTo(before).containsExactly(kept);
        assertThat(leftovers()).isEmpty();
    }

    private List<Project> projects() {
        return database.store().read(r -> r.projects().findAll());
    }

    /** Anything a backup or restore may leave in the data folder besides the database and the lock. */
    private List<Path> leftovers() {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> !p.getFileName().toString().equals("db")
                    && !p.getFileName().toString().equals(".lock")
                    && !p.getFileName().toString().equals("backups")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(elsewhere.resolve(name), content);
    }

    private Path rewrite(String name, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Path file = elsewhere.resolve(name);
        writeZip(file, change.apply(read(backup)));
        return file;
    }

    /** The entries with a manifest whose sizes and checksums are made to match them, as a forger would. */
    private static Map<String, byte[]> withRecomputedManifest(Map<String, byte[]> entries) {
        List<Map<String, Object>> listed = entries.entrySet().stream()
                .filter(e -> !e.getKey().equals("manifest.json"))
                .map(e -> Map.<String, Object>of("path", e.getKey(), "size", e.getValue().length,
                        "sha256", sha256Unchecked(e.getValue())))
                .toList();
        entries.put("manifest.json", editedManifest(entries.get("manifest.json"),
                m -> m.set("entries", JSON.valueToTree(listed))));
        return entries;
    }

    private static byte[] editedManifest(byte[] json, Consumer<ObjectNode> edit) {
        try {
            ObjectNode manifest = (ObjectNode) JSON.readTree(json);
            edit.accept(manifest);
            return JSON.writeValueAsBytes(manifest);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static String sha256Unchecked(byte[] content) {
        try {
            return sha256(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
