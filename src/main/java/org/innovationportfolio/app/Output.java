package org.innovationportfolio.app;

import java.nio.file.Path;
import java.util.Locale;
import org.innovationportfolio.logic.export.AtomicFile;

/** Delivers a command's data: to standard output as UTF-8 bytes, or atomically to the --out file. */
final class Output {

    private Output() {
    }

    /**
     * Writes {@code data} to {@code file}, or to standard output when {@code file} is null.
     *
     * @param what what was written, for the confirmation line, e.g. "12 projects"
     */
    static void deliver(CliContext context, Path file, byte[] data, String what) {
        if (file == null) {
            // Bytes, not a Writer: the data is UTF-8 whatever the console's encoding.
            context.out().write(data, 0, data.length);
            context.out().flush();
            return;
        }
        Path target = file.toAbsolutePath().normalize();
        AtomicFile.write(target, data);
        context.out().println("Wrote " + what + " to " + target + ".");
    }

    /** "1.2 MB", "340 KB", "512 bytes". */
    static String size(long bytes) {
        if (bytes >= 1024L * 1024) {
            return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.UK, "%.0f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
