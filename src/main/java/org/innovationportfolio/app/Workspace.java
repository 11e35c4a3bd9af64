package org.innovationportfolio.app;

import java.nio.file.Path;
import org.innovationportfolio.logic.Passwords;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.sample.CatalogueInstaller;
import org.innovationportfolio.store.Database;

/** An open portfolio for one command: the database in the data folder, closed when the command ends. */
final class Workspace implements AutoCloseable {

    private final Path folder;
    private final Database database;

    private Workspace(Path folder, Database database) {
        this.folder = folder;
        this.database = database;
    }

    /**
     * Opens the database, refusing if another copy has it open.
     *
     * @param installCatalogue true to install or update the shipped catalogue first, as every open does
     * @param context where a protected portfolio's password comes from (the environment, or the console)
     */
    static Workspace open(Path folder, boolean installCatalogue, CliContext context) {
        char[] password = PortfolioPassword.forFolder(context, folder);
        Database database;
        try {
            database = Database.open(folder, password);
        } finally {
            Passwords.clear(password);
        }
        try {
            if (installCatalogue) {
                installCatalogue(database);
            }
            return new Workspace(folder, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Cheap once installed: the installer only compares the stored catalogue version. */
    static void installCatalogue(Database database) {
        CatalogueInstaller.installOrUpdate(database.store());
    }

    Path folder() {
        return folder;
    }

    Database database() {
        return database;
    }

    Store store() {
        return database.store();
    }

    int projectCount() {
        return store().read(repositories -> repositories.projects().count());
    }

    int catalogueCount() {
        return store().read(repositories -> repositories.catalogue().count());
    }

    @Override
    public void close() {
        database.close();
    }
}
