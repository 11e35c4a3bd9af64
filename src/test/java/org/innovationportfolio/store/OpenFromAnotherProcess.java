package org.innovationportfolio.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.innovationportfolio.logic.AlreadyOpenException;

/**
 * Run in a second JVM by {@link DatabaseTest}: tries to open the folder and reports how it went, or
 * with "--derby-only" boots the bare Derby database (no folder lock) and holds it until stdin closes.
 */
public final class OpenFromAnotherProcess {

    static final int OPENED = 0;
    static final int REFUSED = 3;

    private OpenFromAnotherProcess() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("--derby-only")) {
            Path db = Path.of(args[0], "db");
            try (Connection c = DriverManager.getConnection("jdbc:derby:" + db + ";create=true")) {
                System.out.println("booted");
                System.out.flush();
                System.in.read(); // hold the database until the test closes our stdin
            }
            return;
        }
        try (Database database = Database.open(Path.of(args[0]))) {
            System.out.println("opened schema " + database.schemaVersion());
            System.exit(OPENED);
        } catch (AlreadyOpenException e) {
            System.out.println(e.getMessage());
            System.exit(REFUSED);
        }
    }
}
