package org.innovationportfolio.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup}: the whole database to one file, written beside its final name and moved into place. */
@Command(name = "backup", description = "Backs up the whole portfolio and catalogue to one file.")
final class BackupCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write.")
    private Path out;

    BackupCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        Path folder = root.dataFolder();
        Path target = DataFolder.outsideOf(folder, out);
        try (Workspace workspace = Workspace.open(folder, false, context)) {
            // The database writes the backup atomically itself: no half file on failure.
            workspace.database().backupTo(target);
            context.out().println("Backed up " + workspace.projectCount() + " projects and "
                    + workspace.catalogueCount() + " catalogue entries from " + workspace.folder() + " to " + target
                    + " (" + Output.size(sizeOf(target)) + ").");
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
