package org.innovationportfolio.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import org.innovationportfolio.logic.RefusedException;

/**
 * Finds the folder the portfolio lives in ({@code --data-dir}, then {@code INNOVATION_PORTFOLIO_HOME},
 * then the operating system's per-user data folder) and makes sure it is a folder we can write to.
 */
final class DataFolder {

    static final String HOME_VARIABLE = "INNOVATION_PORTFOLIO_HOME";

    private DataFolder() {
    }

    /** The folder to use: the option if given, else the environment variable, else the OS default. */
    static Path choose(Path option, Map<String, String> env) {
        return choose(option, env, System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /** As {@link #choose(Path, Map)} on the system {@code osName} for a user whose home is {@code userHome}. */
    static Path choose(Path option, Map<String, String> env, String osName, String userHome) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(HOME_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv.strip()).toAbsolutePath().normalize();
        }
        return osDefault(osName, env, userHome);
    }

    /** The per-user application data folder each OS expects. */
    static Path osDefault(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = localAppData != null && !localAppData.isBlank()
                    ? Path.of(localAppData)
                    : Path.of(userHome, "AppData", "Local");
            return base.resolve("InnovationPortfolio");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Innovation Portfolio");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return base.resolve("innovation-portfolio");
    }

    /**
     * Creates the folder if needed (owner-only where the file system has POSIX permissions) and
     * checks that we can write there.
     *
     * @throws RefusedException saying what is wrong and how to choose another folder
     */
    static Path prepare(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new RefusedException(folder + " is a file, not a folder. Choose a folder with --data-dir.");
        }
        try {
            if (!Files.isDirectory(folder)) {
                if (folder.getParent() != null) {
                    Files.createDirectories(folder.getParent());
                }
                Files.createDirectory(folder, ownerOnly());
            }
            // Probe by writing: permission bits do not tell the whole story (root, ACLs, read-only mounts).
            Path probe = Files.createTempFile(folder, ".write-check-", ".tmp");
            Files.delete(probe);
        } catch (IOException | UnsupportedOperationException e) {
            throw cannotWrite(folder, e);
        }
        return folder;
    }

    /**
     * Refuses an output file ({@code --out}) inside the data folder: writing there could replace the
     * portfolio's own files (its database, documents, backups) while the app uses them. Links and
     * {@code ..} are resolved first, so a path that only looks elsewhere is caught too.
     *
     * @return the output file, absolute and normalised, for the caller to write
     * @throws RefusedException saying which folder to avoid
     */
    static Path outsideOf(Path dataFolder, Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path real = realPathOf(out);
        Path folder = realPathOf(dataFolder);
        if (real.startsWith(folder) || target.startsWith(dataFolder.toAbsolutePath().normalize())) {
            throw new RefusedException(out + " is inside the data folder " + dataFolder + ", where the portfolio "
                    + "keeps its own files, so writing it could overwrite them. Nothing was written. Choose a file "
                    + "outside that folder, for example in your Documents folder.");
        }
        return target;
    }

    /** The path with every link and {@code ..} resolved, as far as it exists; the rest appended as given. */
    private static Path realPathOf(Path path) {
        Path absolute = path.toAbsolutePath();
        Path existing = absolute;
        java.util.Deque<Path> rest = new java.util.ArrayDeque<>();
        while (existing != null && !Files.exists(existing)) {
            rest.push(existing.getFileName());
            existing = existing.getParent();
        }
        try {
            Path real = existing == null ? absolute.getRoot() : existing.toRealPath();
            for (Path name : rest) {
                real = real.resolve(name);
            }
            return real.normalize();
        } catch (IOException e) {
            return absolute.normalize(); // unreadable: compared as written, and the write itself will say why
        }
    }

    private static RefusedException cannotWrite(Path folder, Exception cause) {
        return new RefusedException("Innovation Portfolio cannot write to " + folder
                + " . Choose a folder you can write to with --data-dir, or fix its permissions.", cause);
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))};
        }
        // Windows: %LOCALAPPDATA% is already private to the user.
        return new FileAttribute<?>[0];
    }
}
