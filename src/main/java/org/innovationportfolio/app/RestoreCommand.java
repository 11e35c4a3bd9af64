package org.innovationportfolio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.innovationportfolio.logic.Passwords;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE}: replaces the database with a backup, without asking (it is for scripts);
 * a file that is not a good backup is refused and the database is left as it was. Works when the
 * current database no longer opens, and keeps it as a backup first.
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
        Path folder = root.dataFolder();
        // Claimed, not opened: a database that no longer opens is exactly what a restore is for.
        try (Database database = Database.claim(folder)) {
            if (Database.isProtected(folder) || Database.isProtectedBackup(backup)) {
                char[] password = PortfolioPassword.obtain(context, Database.isProtected(folder)
                        ? "the portfolio in " + folder : "the backup " + backup);
                database.usePassword(password);
                Passwords.clear(password);
            }
            Path kept = database.restoreFrom(backup);
            Store store = database.store();
            int projects = store.read(repositories -> repositories.projects().count());
            int entries = store.read(repositories -> repositories.catalogue().count());
            context.out().println("Restored " + projects + " projects and " + entries + " catalogue entries from "
                    + backup + " into " + folder + ".");
            if (kept != null) {
                context.out().println("Your previous portfolio was kept as " + kept + ".");
            }
        }
        return 0;
    }
}
