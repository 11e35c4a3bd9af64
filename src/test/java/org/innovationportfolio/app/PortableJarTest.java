package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portable jar's layout, made by tools/PortableJar.java from small stand-ins for JavaFX's platform jars (the
 * real ones are fetched only by the {@code portable} profile), and how a Mac finds its own natives in it.
 */
class PortableJarTest {

    @TempDir
    Path temp;

    @Test
    void eachPlatformsNativesAreInTheJarAndTheTwoMacBuildsAreKeptApart() throws Exception {
        Path portable = temp.resolve("portable.jar");

        Run run = portableJar(portable, true);

        assertThat(run.exitCode()).as(run.output()).isZero();
        List<String> names = names(portable);
        assertThat(names).as("folders kept, for class-path scanners such as Flyway's").contains("db/migration/");
        assertThat(names).contains("app/Main.class", "glass.dll", "prism_d3d.dll", "libglass.so", "libglassgtk3.so",
                "natives/mac-x64/libglass.dylib", "natives/mac-aarch64/libglass.dylib",
                "com/sun/glass/ui/win/WinApplication.class", "com/sun/glass/ui/mac/MacApplication.class",
                "com/sun/glass/ui/gtk/GtkApplication.class");
        assertThat(names).as("no Mac native at the root, where the two builds would collide")
                .noneMatch(name -> !name.contains("/") && name.endsWith(".dylib"));
        assertThat(names).as("the building machine's natives come only from its platform jar")
                .filteredOn("libglass.so"::equals).hasSize(1);
        try (ZipFile zip = new ZipFile(portable.toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("natives/mac-aarch64/libglass.dylib")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("mac-aarch64 libglass.dylib");
        }
    }

    @Test
    void aPlatformWithoutItsNativesFailsTheBuild() throws Exception {
        Path portable = temp.resolve("portable.jar");

        Run run = portableJar(portable, false);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("The portable jar lacks natives").contains("natives/mac-x64/libglass.dylib");
        assertThat(portable).doesNotExist();
    }

    @Test
    void aMacUnpacksTheNativesOfItsOwnArchitectureAndOtherSystemsNothing() throws Exception {
        Path jar = temp.resolve("app.jar");
        writeJar(jar, Map.of("natives/mac-x64/libglass.dylib", "intel", "natives/mac-aarch64/libglass.dylib", "arm",
                "natives/mac-aarch64/libprism_es2.dylib", "arm es2"));
        Path cache = temp.resolve("cache");

        Path arm = PortableNatives.prepare("Mac OS X", "aarch64", jar, cache).orElseThrow();
        Path intel = PortableNatives.prepare("Mac OS X", "x86_64", jar, cache).orElseThrow();

        assertThat(Files.readString(arm.resolve("libglass.dylib"))).isEqualTo("arm");
        assertThat(Files.readString(arm.resolve("libprism_es2.dylib"))).isEqualTo("arm es2");
        assertThat(Files.readString(intel.resolve("libglass.dylib"))).isEqualTo("intel");
        assertThat(PortableNatives.prepare("Linux", "amd64", jar, temp.resolve("linux"))).isEmpty();
        assertThat(PortableNatives.prepare("Windows 11", "amd64", jar, temp.resolve("windows"))).isEmpty();
        assertThat(temp.resolve("linux")).doesNotExist();
        assertThat(PortableNatives.libraryPath(arm, "/usr/lib")).startsWith(arm.toString()).endsWith("/usr/lib");
    }

    @Test
    void aJarWithoutMacNativesChangesNothingOnAMac() throws Exception {
        Path jar = temp.resolve("normal.jar");
        writeJar(jar, Map.of("libglass.so", "linux"));

        assertThat(PortableNatives.prepare("Mac OS X", "aarch64", jar, temp.resolve("cache"))).isEmpty();
    }

    private Run portableJar(Path portable, boolean withMacIntel) throws Exception {
        Path app = temp.resolve("innovation-portfolio.jar");
        // The app jar as built on Linux: JavaFX's Linux natives at its root, which must not be taken from it.
        writeJar(app, Map.of("app/Main.class", "main", "libglass.so", "from the app jar", "db/migration/", "",
                "db/migration/V1__start.sql", "CREATE TABLE t (x INT)"));
        List<String> args = new ArrayList<>(List.of(app.toString(), portable.toString()));
        args.add("win=" + platformJar("win", "com/sun/glass/ui/win/WinApplication.class",
                "glass.dll", "prism_d3d.dll", "prism_sw.dll", "javafx_font.dll", "javafx_iio.dll", "decora_sse.dll"));
        args.add("linux=" + platformJar("linux", "com/sun/glass/ui/gtk/GtkApplication.class", "libglass.so",
                "libglassgtk3.so", "libprism_es2.so", "libprism_sw.so", "libjavafx_font.so", "libjavafx_iio.so",
                "libdecora_sse.so"));
        String[] mac = {"libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib", "libjavafx_font.dylib",
                "libjavafx_iio.dylib", "libdecora_sse.dylib"};
        if (withMacIntel) {
            args.add("mac-x64=" + platformJar("mac-x64", "com/sun/glass/ui/mac/MacApplication.class", mac));
        }
        args.add("mac-aarch64=" + platformJar("mac-aarch64", "com/sun/glass/ui/mac/MacApplication.class", mac));
        List<String> command = new ArrayList<>(List.of(ChildProcesses.javaCommand(),
                Path.of("tools", "PortableJar.java").toAbsolutePath().toString()));
        command.addAll(args);
        Path output = temp.resolve("output.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("tools/PortableJar.java did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(output));
    }

    private Path platformJar(String platform, String ownClass, String... natives) throws IOException {
        Map<String, String> entries = new java.util.HashMap<>();
        entries.put("javafx/scene/Node.class", "shared");
        entries.put(ownClass, platform);
        for (String name : natives) {
            entries.put(name, platform + " " + name);
        }
        Path jar = temp.resolve("javafx-graphics-" + platform + ".jar");
        writeJar(jar, entries);
        return jar;
    }

    private static void writeJar(Path jar, Map<String, String> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static List<String> names(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }

    private record Run(int exitCode, String output) {
    }
}
