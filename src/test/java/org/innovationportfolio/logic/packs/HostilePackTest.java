package org.innovationportfolio.logic.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.innovationportfolio.app.Launcher;
import org.innovationportfolio.logic.backup.ZipLimits;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every hostile or broken pack is refused with a plain message, before the portfolio is touched: it
 * stays exactly as it was and no backup is even taken.
 */
class HostilePackTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path data;
    @TempDir
    static Path packs;
    static Database database;
    static Path valid;
    static List<Project> before;
    static List<PortfolioRow> listedBefore;

    @TempDir
    Path folder;

    /** A pack of two sample projects, one of which the portfolio no longer has: a good pack would change it. */
    @BeforeAll
    static void portfolioAndAGoodPack() {
        database = Database.open(data);
        SampleLoader.load(database.store(), CLOCK);
        List<Project> all = database.store().read(r -> r.projects().findAll());
        valid = packs.resolve("valid.ippack");
        new PackExporter(database.store(), CLOCK, "test", data).export(new ExportRequest(
                List.of(all.get(0).id(), all.get(1).id()), false, false, "Sam Patel", "Anyshire"), valid);
        database.store().writing(r -> r.projects().delete(all.get(0).id()));
        before = database.store().read(r -> r.projects().findAll());
        listedBefore = new PortfolioListing(database.store(), CLOCK).rows();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @AfterEach
    void portfolioIsExactlyAsItWas() {
        List<Project> after = database.store().read(r -> r.projects().findAll());
        assertThat(after).isEqualTo(before);
        assertThat(new PortfolioListing(database.store(), CLOCK).rows()).isEqualTo(listedBefore);
        assertThat(data.resolve("backups")).doesNotExist();
    }

    /** Reads and imports as the app does; the refusal must come before anything changes. */
    static String refusal(Path file) {
        String message = refusal(file, new PackReader());
        assertRefusedByTheCommandLine(file, message);
        return message;
    }

    /** The same with the reader's limits (the command line's are the defaults, so it is not run). */
    static String refusal(Path file, PackReader reader) {
        PackImporter importer = new PackImporter(database.store(), database, data, data.resolve("backups"), CLOCK);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> importer.apply(importer.plan(reader.read(file))));
        assertThat(thrown).isInstanceOf(PackRejectedException.class);
        assertThat(thrown.getMessage()).doesNotContain("Exception").endsWith(".");
        return thrown.getMessage();
    }

    /** The command line refuses the same file with exit code 1 and the same message, touching no data folder. */
    static void assertRefusedByTheCommandLine(Path file, String message) {
        Path elsewhere = packs.resolve("cli-data");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Launcher.run(new String[] {"--data-dir", elsewhere.toString(), "pack", "import", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo(message);
        assertThat(out.size()).isZero();
        assertThat(elsewhere.resolve("db")).doesNotExist();
    }

    Path file(String name) {
        return folder.resolve(name);
    }

    @Test
    void theGoodPackWouldImport() {
        ImportPlan plan = new PackImporter(database.store(), database, data, data.resolve("backups"), CLOCK)
                .plan(new PackReader().read(valid));
        assertThat(plan.count(ProjectStatus.NEW)).isEqualTo(1);
        assertThat(plan.changesPortfolio()).isTrue();
    }

    @Test
    void refusesAFileThatIsNotAZip() throws IOException {
        Path text = Files.writeString(file("notes.ippack"), "Minutes of the board, not a pack.");
        assertThat(refusal(text)).startsWith("The file is not a project pack: it is not a zip file, or it is incomplete.");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertThat(refusal(Files.createFile(file("empty.ippack")))).startsWith("The file is empty");
    }

    @Test
    void refusesATruncatedFile() throws IOException {
        byte[] bytes = Files.readAllBytes(valid);
        Path cut = Files.write(file("cut.ippack"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(refusal(cut)).contains("not a zip file, or it is incomplete");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.json", "projects/../../escape.json", "/etc/passwd", "C:/Windows/evil.dll",
        "projects\\..\\..\\evil.json"})
    void refusesEntryPathsThatEscape(String name) {
        Map<String, byte[]> entries = PackFiles.entries(valid);
        entries.put(name, PackFiles.utf8("{}"));
        String message = refusal(PackFiles.zip(file("slip.ippack"), entries));
        assertThat(message).contains("could write outside its folder").contains(name);
    }

    @Test
    void refusesAnEntryThatIsASymbolicLink() throws IOException {
        Map<String, byte[]> entries = PackFiles.entries(valid);
        entries.put("documents/link", PackFiles.utf8("/etc/passwd"));
        Path zip = PackFiles.zip(file("link.ippack"), entries);
        Files.write(zip, ZipBytes.markAsLink(Files.readAllBytes(zip), "documents/link"));
        assertThat(refusal(zip)).contains("is a symbolic link");
    }

    @Test
    void refusesAZipBombByItsCompressionRatio() throws IOException {
        Path bomb = file("bomb.ippack");
        Map<String, byte[]> entries = PackFiles.entries(valid);
        String project = PackFiles.firstProject(entries);
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getKey().equals(project)) {
                    byte[] zeros = new byte[1 << 20];
                    for (int i = 0; i < 64; i++) {
                        zip.write(zeros);
                    }
                } else {
                    zip.write(e.getValue());
                }
                zip.closeEntry();
            }
        }
        assertThat(refusal(bomb)).contains("more data than Innovation Portfolio will take").contains("zip bomb");
    }

    @Test
    void refusesMoreEntriesOrBytesThanTheLimitsAllow() {
        assertThat(refusal(valid, new PackReader(new ZipLimits(2, 1 << 20, 2 << 20, 200))))
                .contains("more data than Innovation Portfolio will take");
        assertThat(refusal(valid, new PackReader(new ZipLimits(100, 1_000, 1_000, 200))))
                .contains("more data than Innovation Portfolio will take");
    }

    @Test
    void refusesAChecksumThatDoesNotMatch() {
        Map<String, byte[]> entries = PackFiles.entries(valid);
        String project = PackFiles.firstProject(entries);
        byte[] changed = entries.get(project).clone();
        changed[changed.length / 2] ^= 1;
        entries.put(project, changed);
        assertThat(refusal(PackFiles.zip(file("tampered.ippack"), entries)))
                .startsWith("The pack's checksum does not match for \"" + project + "\".")
                .contains("ask the sender to export it again");
    }

    @Test
    void refusesAPackWithoutAManifest() {
        Map<String, byte[]> entries = PackFiles.entries(valid);
        entries.remove("manifest.json");
        assertThat(refusal(PackFiles.zip(file("nomanifest.ippack"), entries))).startsWith("The file has no manifest.json");
    }

    @Test
    void refusesAPackMissingAnEntryTheManifestLists() {
        Map<String, byte[]> entries = PackFiles.entries(valid);
        String project = PackFiles.firstProject(entries);
        entries.remove(project);
        assertThat(refusal(PackFiles.zip(file("missing.ippack"), entries)))
                .startsWith("The pack is missing \"" + project + "\", which its manifest lists.");
    }

    @Test
    void refusesAnEntryTheManifestDoesNotList() {
        Map<String, byte[]> entries = PackFiles.entries(valid);
        entries.put("documents/" + "a".repeat(64), PackFiles.utf8("stowaway"));
        assertThat(refusal(PackFiles.zip(file("extra.ippack"), entries))).contains("which its manifest does not list");
    }

    @Test
    void refusesMalformedJsonSayingWhere() {
        Map<String, byte[]> entries = PackFiles.entries(valid);
        String project = PackFiles.firstProject(entries);
        entries.put(project, PackFiles.utf8("{\n  \"id\": \"x\",\n  \"title\": oops\n}"));
        String message = refusal(PackFiles.resealed(entries, file("malformed.ippack")));
        assertThat(message).startsWith("The entry \"" + project + "\" is not valid JSON at line 3, column");
    }

    @Test
    void refusesMalformedManifestJson() {
        Map<String, byte[]> entries = PackFiles.entries(valid);
        entries.put("manifest.json", PackFiles.utf8("{\"format\": \"innovation-portfolio-pack\",,}"));
        assertThat(refusal(PackFiles.zip(file("badmanifest.ippack"), entries)))
                .startsWith("The entry \"manifest.json\" is not valid JSON at line 1, column");
    }

    @Test
    void refusesSchemaViolationsListingTheFieldPaths() {
        Path broken = PackFiles.withFirstProject(valid, file("schema.ippack"), p -> {
            p.remove("title");
            p.put("stage", "DREAMING");
            p.put("colour", "purple");
            ((ObjectNode) p.withArray("milestones").get(0)).put("status", 3);
        });
        String message = refusal(broken);
        assertThat(message).contains("does not follow the pack format")
                .contains("$.stage").contains("$.milestones[0].status").contains("title").contains("colour");
    }

    @Test
    void refusesDuplicateIds() {
        Path twice = PackFiles.withFirstProject(valid, file("dupe.ippack"), p -> {
            ArrayNode milestones = p.withArray("milestones");
            milestones.add(milestones.get(0).deepCopy());
        });
        assertThat(refusal(twice)).contains("for more than one record");
    }

    @Test
    void refusesDuplicateIdsAcrossProjects() {
        Map<String, byte[]> entries = PackFiles.entries(valid);
        List<String> projects = entries.keySet().stream().filter(n -> n.startsWith("projects/")).toList();
        ObjectNode first = (ObjectNode) PackFiles.json(entries.get(projects.get(0)));
        ObjectNode second = (ObjectNode) PackFiles.json(entries.get(projects.get(1)));
        ((ObjectNode) second.withArray("risks").get(0)).put("id", first.withArray("milestones").get(0).get("id").asText());
        entries.put(projects.get(1), PackFiles.bytes(second));
        assertThat(refusal(PackFiles.resealed(entries, file("dupe2.ippack")))).contains("for more than one record");
    }

    @Test
    void refusesAReferenceToADocumentThatIsNotThere() {
        Path dangling = PackFiles.withFirstProject(valid, file("dangling.ippack"), p -> p.withArray("documents")
                .addObject().put("id", UUID.randomUUID().toString()).put("fileName", "Evaluation.pdf")
                .put("mediaType", "application/pdf").put("size", 10).put("sha256", "b".repeat(64))
                .put("lastModified", "2025-01-01T00:00:00Z"));
        assertThat(refusal(dangling)).contains("refers to the document \"Evaluation.pdf\", which is not in the pack");
    }

    @Test
    void refusesADocumentNameThatLooksLikeAPath() {
        Path sneaky = PackFiles.withFirstProject(valid, file("docpath.ippack"), p -> p.withArray("documents")
                .addObject().put("id", UUID.randomUUID().toString()).put("fileName", "../../.bashrc")
                .put("mediaType", "text/plain").put("size", 1).put("sha256", "c".repeat(64))
                .put("lastModified", "2025-01-01T00:00:00Z"));
        assertThat(refusal(sneaky)).contains("$.documents[0].fileName");
    }

    @Test
    void refusesNegativePence() {
        Path negative = PackFiles.withFirstProject(valid, file("negative.ippack"),
                p -> ((ObjectNode) p.withArray("funding").get(0)).put("awardedPence", -100));
        assertThat(refusal(negative)).contains("$.funding[0].awardedPence");
    }

    @Test
    void refusesLikelihoodNine() {
        Path nine = PackFiles.withFirstProject(valid, file("nine.ippack"),
                p -> ((ObjectNode) p.withArray("risks").get(0)).put("likelihood", 9));
        assertThat(refusal(nine)).contains("$.risks[0].likelihood");
    }

    @Test
    void refusesADateThatDoesNotExist() {
        Path feb30 = PackFiles.withFirstProject(valid, file("feb30.ippack"),
                p -> ((ObjectNode) p.withArray("statusHistory").get(0)).put("date", "2025-02-30"));
        assertThat(refusal(feb30)).contains("$.statusHistory[0].date");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        Path backwards = PackFiles.withFirstProject(valid, file("backwards.ippack"), p -> {
            p.put("startDate", "2025-04-01");
            p.put("endDate", "2024-04-01");
        });
        assertThat(refusal(backwards)).contains("holds a value that is not possible").contains("ends before it starts");
    }

    @Test
    void refusesAnAbsurdlyLongTitle() {
        Path longTitle = PackFiles.withFirstProject(valid, file("long.ippack"), p -> p.put("title", "A".repeat(600)));
        assertThat(refusal(longTitle)).contains("$.title");
    }

    @Test
    void refusesAFiftyMegabyteTitle() {
        Path huge = PackFiles.withFirstProject(valid, file("huge.ippack"), p -> p.put("title", "A".repeat(50 << 20)));
        assertThat(refusal(huge)).contains("more data than Innovation Portfolio will take");
    }

    @Test
    void refusesMoreProjectDataThanCanBeCheckedInMemory() {
        Path claims = PackFiles.withManifest(valid, file("claims.ippack"),
                m -> ((ObjectNode) m.withArray("entries").get(0)).put("size", 300L << 20));
        assertThat(refusal(claims)).contains("more project data than Innovation Portfolio will take");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1", "2.0", "10.3"})
    void refusesAPackFromANewerVersion(String version) {
        Path newer = PackFiles.withManifest(valid, file("newer.ippack"), m -> m.put("formatVersion", version));
        assertThat(refusal(newer)).isEqualTo("This pack was made by a newer version (" + version
                + "). Update Innovation Portfolio to import it.");
    }

    @Test
    void refusesSomethingElsesManifest() {
        Path other = PackFiles.withManifest(valid, file("other.ippack"), m -> m.put("format", "innovation-portfolio-backup"));
        assertThat(refusal(other)).contains("does not say it is an Innovation Portfolio project pack");
    }

    @Test
    void refusesCountsThatDoNotMatchTheEntries() {
        Path counts = PackFiles.withManifest(valid, file("counts.ippack"),
                m -> ((ObjectNode) m.get("counts")).put("milestones", 999));
        assertThat(refusal(counts)).contains("does not hold what its manifest says");
    }

    @Test
    void refusesAProjectEntryHoldingAnotherProject() {
        Path swapped = PackFiles.withFirstProject(valid, file("swapped.ippack"),
                p -> p.put("id", UUID.randomUUID().toString()));
        assertThat(refusal(swapped)).contains("not " ).contains("as the manifest says");
    }

    static Map<String, byte[]> copy(Map<String, byte[]> entries) {
        return new LinkedHashMap<>(entries);
    }
}
