package org.innovationportfolio.store;

import java.nio.file.Path;
import org.innovationportfolio.logic.AlreadyOpenException;

/** Run in a second JVM by {@link DatabaseTest}: tries to open the folder and reports how it went. */
public final class OpenFromAnotherProcess {

    static final int OPENED = 0;
    static final int REFUSED = 3;

    private OpenFromAnotherProcess() {
    }

    public static void main(String[] args) {
        try (Database database = Database.open(Path.of(args[0]))) {
            System.out.println("opened schema " + database.schemaVersion());
            System.exit(OPENED);
        } catch (AlreadyOpenException e) {
            System.out.println(e.getMessage());
            System.exit(REFUSED);
        }
    }
}
