package org.innovationportfolio.logic.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.innovationportfolio.logic.backup.UnsafeZipException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeZipReaderTest {

    private static final ZipLimits SMALL = new ZipLimits(10, 1_000_000, 2_000_000);

    @TempDir
    Path folder;

    @Test
    void extractsEveryEntryAndReportsItsRealSizeAndChecksum() throws Exception {
        Path zip = zip("good.zip", Map.of("db/a.txt", bytes("hello"), "db/sub/b.txt", bytes("")));

        try (SafeZipReader reader = SafeZipReader.open(zip, SMALL)) {
            Map<String, EntryDigest> digests = reader.extractTo(folder.resolve("out"));

            assertThat(reader.fileNames()).containsExactlyInAnyOrder("db/a.txt", "db/sub/b.txt");
            assertThat(digests.get("db/a.txt")).isEqualTo(new EntryDigest(5,
                    "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"));
            assertThat(folder.resolve("out/db/a.txt")).hasContent("hello");
            assertThat(folder.resolve("out/db/sub/b.txt")).isEmptyFile();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escaped.txt", "db/../../escaped.txt", "/etc/passwd", "C:/Windows/evil.dll",
        "c:evil", "db\\..\\..\\evil.txt", "db//double.txt", "./here.txt", "db/./here.txt"})
    void refusesNamesThatCouldEscapeTheTargetFolder(String name) throws IOException {
        Path zip = zip("slip.zip", Map.of("db/ok.txt", bytes("ok"), name, bytes("evil")));

        assertThatThrownBy(() -> SafeZipReader.open(zip, SMALL))
                .isInstanceOfSatisfying(UnsafeZipException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNSAFE_NAME);
                    assertThat(e.entry()).isEqualTo(name);
                });
    }

    @Test
    void anEntryIsCutOffAtThePromisedSizeWhenDigestedOrUnpacked() throws Exception {
        // 900 KB of zeros: within the reader's limits, but far more than the 1,000 bytes a manifest promised.
        Path zip = zip("promised.zip", Map.of("db/seg0/c1.dat", new byte[900_000]));

        try (SafeZipReader reader = SafeZipReader.open(zip, SMALL)) {
            assertThatThrownBy(() -> reader.digest("db/seg0/c1.dat", 1_000))
                    .isInstanceOfSatisfying(UnsafeZipException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
            assertThat(reader.digest("db/seg0/c1.dat", 900_000).size()).isEqualTo(900_000);
        }
        try (SafeZipReader reader = SafeZipReader.open(zip, SMALL)) {
            assertThatThrownBy(() -> reader.extractTo(folder.resolve("out"), name -> 1_000))
                    .isInstanceOf(UnsafeZipException.class);
            // Refused within one read buffer of the promise, not after writing all 900 KB.
            assertThat(Files.size(folder.resolve("out/db/seg0/c1.dat"))).isLessThanOrEqualTo(1_000 + 64 * 1024);
        }
    }

    @Test
    void refusesAZipBombByCountingWhatIsActuallyInflated() throws Exception {
        // 5 MB of zeros deflates to a few kilobytes and the header claims 100 bytes: only counting inflated bytes catches it.
        Path bomb = zip("bomb.zip", Map.of("zeros.bin", new byte[5_000_000]));

        assertThat(Files.size(bomb)).isLessThan(100_000);
        declareSizeInCentralDirectory(bomb, 100);
        try (SafeZipReader reader = SafeZipReader.open(bomb, SMALL)) {
            assertThatThrownBy(() -> reader.extractTo(folder.resolve("out")))
                    .isInstanceOfSatisfying(UnsafeZipException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
        }
    }

    @Test
    void refusesAnEntryWhoseDeclaredSizeIsOverTheLimit() throws IOException {
        Path big = zip("big.zip", Map.of("big.bin", new byte[1_500_000]));

        assertThatThrownBy(() -> SafeZipReader.open(big, SMALL))
                .isInstanceOfSatisfying(UnsafeZipException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
    }

    @Test
    void refusesTooManyEntries() throws IOException {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            many.put("f" + i + ".txt", bytes("x"));
        }
        Path zip = zip("many.zip", many);

        assertThatThrownBy(() -> SafeZipReader.open(zip, SMALL))
                .isInstanceOfSatisfying(UnsafeZipException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_ENTRIES));
    }

    @Test
    void refusesDuplicateNames() throws IOException {
        Path zip = zip("dup.zip", Map.of("db/a.txt", bytes("one"), "db/b.txt", bytes("two")));
        byte[] raw = Files.readAllBytes(zip);
        // Rename b.txt to a.txt in both the local and central headers: ZipOutputStream would not write it.
        Files.write(zip, new String(raw, StandardCharsets.ISO_8859_1).replace("db/b.txt", "db/a.txt")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> SafeZipReader.open(zip, SMALL))
                .isInstanceOfSatisfying(UnsafeZipException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.DUPLICATE_NAME));
    }

    @Test
    void refusesEmptyTruncatedAndNonZipFiles() throws IOException {
        Path empty = Files.write(folder.resolve("empty.zip"), new byte[0]);
        Path text = Files.writeString(folder.resolve("text.zip"), "not a zip at all");
        Path good = zip("good.zip", Map.of("a.txt", bytes("hello ".repeat(1000))));
        byte[] whole = Files.readAllBytes(good);
        Path truncated = Files.write(folder.resolve("cut.zip"), Arrays.copyOf(whole, whole.length - 30));

        assertThatThrownBy(() -> SafeZipReader.open(empty, SMALL)).isInstanceOfSatisfying(UnsafeZipException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.EMPTY));
        assertThatThrownBy(() -> SafeZipReader.open(text, SMALL)).isInstanceOfSatisfying(UnsafeZipException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_ZIP));
        assertThatThrownBy(() -> SafeZipReader.open(truncated, SMALL)).isInstanceOfSatisfying(
                UnsafeZipException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_ZIP));
    }

    @Test
    void readAllRefusesAnEntryLargerThanAsked() throws Exception {
        Path zip = zip("manifest.zip", Map.of("manifest.json", bytes("x".repeat(2_000))));

        try (SafeZipReader reader = SafeZipReader.open(zip, SMALL)) {
            assertThat(reader.readAll("manifest.json", 5_000)).hasSize(2_000);
            assertThatThrownBy(() -> reader.readAll("manifest.json", 1_000))
                    .isInstanceOfSatisfying(UnsafeZipException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
        }
    }

    /** Makes the zip lie about its first entry's uncompressed size, as a hostile file would. */
    private static void declareSizeInCentralDirectory(Path zip, int size) throws IOException {
        byte[] raw = Files.readAllBytes(zip);
        for (int i = 0; i + 28 < raw.length; i++) {
            if (raw[i] == 'P' && raw[i + 1] == 'K' && raw[i + 2] == 1 && raw[i + 3] == 2) {
                ByteBuffer.wrap(raw, i + 24, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(size);
                Files.write(zip, raw);
                return;
            }
        }
        throw new IllegalStateException("No central directory in " + zip);
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
