package org.innovationportfolio.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.LoggerFactory;

/**
 * For the portable jar on a Mac: JavaFX's Mac natives for Intel and for Apple silicon have the same names, so
 * the portable jar keeps them apart under {@code natives/mac-x64/} and {@code natives/mac-aarch64/} (see
 * tools/PortableJar.java). Before JavaFX starts, the ones for this Mac are unpacked to a cache folder and put on
 * {@code java.library.path}, where JavaFX looks when the jar's root has none. Elsewhere, and in any other jar,
 * this does nothing.
 */
final class PortableNatives {

    static final String FOLDER = "natives/";

    private PortableNatives() {
    }

    /** Unpacks this Mac's natives from the running jar, if it is the portable one; never throws. */
    static void beforeJavaFx() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        try {
            Optional<Path> jar = runningJar();
            if (jar.isEmpty()) {
                return;
            }
            Path cache = Path.of(System.getProperty("user.home"), "Library", "Caches", "innovation-portfolio");
            prepare(System.getProperty("os.name", ""), System.getProperty("os.arch", ""), jar.get(),
                    cache.resolve("javafx-natives-" + AppVersion.current())).ifPresent(folder -> System.setProperty(
                            "java.library.path", libraryPath(folder, System.getProperty("java.library.path"))));
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(PortableNatives.class).warn("JavaFX's Mac natives could not be unpacked", e);
        }
    }

    /**
     * On a Mac, unpacks {@code natives/mac-<arch>/} of {@code jar} into {@code cache/<arch>} (files already there
     * with the same size are kept) and returns that folder; empty on other systems or when the jar has none.
     */
    static Optional<Path> prepare(String osName, String osArch, Path jar, Path cache) throws IOException {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            return Optional.empty();
        }
        String arch = osArch.equals("aarch64") || osArch.equals("arm64") ? "mac-aarch64" : "mac-x64";
        String prefix = FOLDER + arch + "/";
        Path folder = cache.resolve(arch);
        boolean found = false;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix) || name.indexOf('/', prefix.length()) >= 0) {
                    continue;
                }
                found = true;
                Files.createDirectories(folder);
                Path target = folder.resolve(name.substring(prefix.length()));
                if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) {
                    continue;
                }
                Path part = Files.createTempFile(folder, ".unpacking-", ".part");
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return found ? Optional.of(folder) : Optional.empty();
    }

    /** {@code folder} first, then what the path held. */
    static String libraryPath(Path folder, String before) {
        return before == null || before.isEmpty() ? folder.toString()
                : folder + System.getProperty("path.separator") + before;
    }

    private static Optional<Path> runningJar() {
        try {
            var source = PortableNatives.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
