package org.innovationportfolio.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.innovationportfolio.store.FolderBackup;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backup --out FILE} or {@code backup --to FOLDER}: the whole database to one file, written beside its final
 * name and moved into place; into a folder, it is also read back and checked before it gets its name.
 */
@Command(name = "backup", description = {"Backs up the whole portfolio and catalogue to one file.",
    "With --to, the backup goes into a folder (for example a USB stick or a network share), named for the time it "
            + "was taken (portfolio-backup-2025-03-03-091200.zip), and is read back and checked before it gets that "
            + "name; a missing, read-only or full folder is refused (exit code 1) and leaves no file."})
final class BackupCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Where where;

    /** Exactly one of a file or a folder. */
    static final class Where {
        @Option(names = "--out", paramLabel = "FILE", description = "The backup file to write.")
        private Path out;

        @Option(names = "--to", paramLabel = "FOLDER", description = "The folder to write a checked, dated backup "
                + "into.")
        private Path to;
    }

    BackupCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        Path folder = root.dataFolder();
        Path target = DataFolder.outsideOf(folder, where.out != null ? where.out : where.to);
        try (Workspace workspace = Workspace.open(folder, false, context)) {
            Path written;
            if (where.out != null) {
                // The database writes the backup atomically itself: no half file on failure.
                workspace.database().backupTo(target);
                written = target;
            } else {
                written = FolderBackup.into(workspace.database(), target, context.clock());
            }
            context.out().println("Backed up " + workspace.projectCount() + " projects and "
                    + workspace.catalogueCount() + " catalogue entries from " + workspace.folder() + " to " + written
                    + " (" + Output.size(sizeOf(written)) + (where.to != null ? ", checked" : "") + ").");
        }
        return 0;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
