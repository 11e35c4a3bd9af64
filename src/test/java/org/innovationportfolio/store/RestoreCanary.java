package org.innovationportfolio.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A function a hostile backup's database can name from the test class path: if a restore ever runs it,
 * it writes the canary file. Public, as Derby only calls public classes.
 */
public final class RestoreCanary {

    static volatile Path canary;

    private RestoreCanary() {
    }

    /** Called by Derby, by name, if a hostile database's function ever runs. */
    public static int touch() throws IOException {
        Files.writeString(canary, "the backup's code ran");
        return 1;
    }
}
