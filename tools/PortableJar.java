import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes target/innovation-portfolio-portable.jar: the app's jar plus JavaFX's classes and native libraries for
 * Windows x64, macOS x64 and arm64, and Linux x64, so that {@code java -jar} works on any of them with Java 17+.
 * Run by the Maven profile {@code portable} (a single-file program, as tools/CompileStylesheets.java).
 *
 * <p>JavaFX loads its natives from the jar's root by their plain names (glass.dll, libglass.so, libglass.dylib).
 * Windows and Linux names differ, so both sit at the root. The two Mac builds use the same names, so they cannot
 * both sit there: they go to {@code natives/mac-x64/} and {@code natives/mac-aarch64/}, and the app's
 * {@code PortableNatives} unpacks the right one before JavaFX starts and puts it on {@code java.library.path},
 * where JavaFX looks after the jar's root.
 *
 * <p>Arguments: the app's jar, the output jar, then PLATFORM=JAR pairs for every JavaFX jar with natives or
 * platform classes (PLATFORM is win, mac-x64, mac-aarch64 or linux). It checks the result and fails if any
 * platform's natives are missing.
 *
 * <pre>java tools/PortableJar.java app.jar portable.jar win=javafx-graphics-21-win.jar mac-x64=… …</pre>
 */
public final class PortableJar {

    /** The natives each platform must carry (JavaFX 21's graphics libraries). */
    static final List<String> WINDOWS = List.of("glass.dll", "prism_d3d.dll", "prism_sw.dll", "javafx_font.dll",
            "javafx_iio.dll", "decora_sse.dll");
    static final List<String> LINUX = List.of("libglass.so", "libglassgtk3.so", "libprism_es2.so", "libprism_sw.so",
            "libjavafx_font.so", "libjavafx_iio.so", "libdecora_sse.so");
    static final List<String> MAC = List.of("libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib",
            "libjavafx_font.dylib", "libjavafx_iio.dylib", "libdecora_sse.dylib");

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("Usage: PortableJar APP.jar OUT.jar PLATFORM=JAR…");
        }
        Path app = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        Set<String> written = new LinkedHashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            // The app jar's own natives are those of the machine that built it: each platform's come from its jar below.
            copy(app, "", zip, written, name -> !isNative(name));
            for (int i = 2; i < args.length; i++) {
                String[] pair = args[i].split("=", 2);
                String platform = pair[0];
                Path jar = Path.of(pair[1]);
                boolean mac = platform.startsWith("mac-");
                // Classes first seen here are the platform's own (com.sun.glass.ui.win, …); shared ones are kept once.
                copy(jar, "", zip, written, name -> !isNative(name) && !name.startsWith("META-INF/"));
                copy(jar, mac ? "natives/" + platform + "/" : "", zip, written, PortableJar::isNative);
            }
        }
        List<String> missing = check(partial);
        if (!missing.isEmpty()) {
            Files.deleteIfExists(partial);
            throw new IllegalStateException("The portable jar lacks natives: " + missing);
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Portable jar: " + out + " (" + Files.size(out) / (1024 * 1024) + " MB)");
    }

    /** The natives the portable jar at {@code jar} lacks; empty when every platform has all of its own. */
    static List<String> check(Path jar) throws IOException {
        Set<String> names = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().forEach(entry -> names.add(entry.getName()));
        }
        List<String> missing = new ArrayList<>();
        WINDOWS.stream().filter(n -> !names.contains(n)).forEach(missing::add);
        LINUX.stream().filter(n -> !names.contains(n)).forEach(missing::add);
        for (String arch : List.of("mac-x64", "mac-aarch64")) {
            MAC.stream().map(n -> "natives/" + arch + "/" + n).filter(n -> !names.contains(n)).forEach(missing::add);
        }
        MAC.stream().filter(names::contains).forEach(n -> missing.add("(no Mac native at the root: " + n + ")"));
        return missing;
    }

    static boolean isNative(String name) {
        return !name.contains("/") && (name.endsWith(".dll") || name.endsWith(".so") || name.endsWith(".dylib"));
    }

    private static void copy(Path jar, String prefix, ZipOutputStream out, Set<String> written,
            java.util.function.Predicate<String> wanted) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = prefix + entry.getName();
                // Folders too: class-path scanners (Flyway's, for db/migration) find a folder only by its own entry.
                if (!(entry.isDirectory() || wanted.test(entry.getName())) || !written.add(name)) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
