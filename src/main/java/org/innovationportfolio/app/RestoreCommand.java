package org.innovationportfolio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.innovationportfolio.logic.RefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE}: replaces the database with a backup, without asking (it is for scripts);
 * a file that is not a good backup is refused and the database is left as it was.
 */
@Command(name = "restore", description = "Replaces the portfolio and catalogue with a backup made by 'backup'. Does not "
        + "ask for confirmation.")
final class RestoreCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    @Parameters(paramLabel = "FILE", description = "The backup file to restore.")
    private Path file;

    RestoreCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        Path backup = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup)) {
            throw new RefusedException("There is no backup file at " + backup + ". Nothing was restored.");
        }
        try (Workspace workspace = Workspace.open(root.dataFolder(), false)) {
            workspace.database().restoreFrom(backup);
            context.out().println("Restored " + workspace.projectCount() + " projects and "
                    + workspace.catalogueCount() + " catalogue entries from " + backup + " into " + workspace.folder()
                    + ".");
        }
        return 0;
    }
}
