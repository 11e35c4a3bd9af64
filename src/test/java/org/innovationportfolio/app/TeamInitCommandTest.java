package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code team init} without --apply prints the roles' SQL and connects to nothing; without --database it refuses. */
class TeamInitCommandTest {

    @Test
    void withoutApplyItPrintsTheScriptAndRunsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // Port 9 on this computer has no server: printing must not need one.
        int code = Launcher.run(new String[] {"team", "init", "--database", "postgresql://owner@localhost:9/council",
            "--editor", "jo.smith", "--viewer", "head.of.service"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("CREATE ROLE \"council_editor\" NOLOGIN", "CREATE ROLE \"council_viewer\" NOLOGIN",
                "REVOKE UPDATE, DELETE, TRUNCATE ON change_history FROM PUBLIC", "ALTER TABLE note FORCE ROW LEVEL SECURITY",
                "GRANT \"council_editor\" TO \"jo.smith\";", "GRANT \"council_viewer\" TO \"head.of.service\";",
                "-- Nothing was run. To run it: add --apply.");
    }

    @Test
    void withoutADatabaseItSaysWhatItNeeds() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Launcher.run(new String[] {"team", "init"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("team init works on a team portfolio: give its "
                + "address with --database");
    }
}
