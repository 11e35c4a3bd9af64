package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portfolio whose database is damaged says what to do (restore a backup), never only a code, and
 * {@code restore} then mends it, whatever the damage: it does not need the damaged database to open.
 */
class DamagedDatabaseTest {

    @TempDir
    Path temp;

    private Path data;
    private Path database;
    private Cli cli;
    private Path backup;
    private byte[] listing;

    @BeforeEach
    void sampleAndItsBackup() {
        data = temp.resolve("data");
        database = data.resolve("db");
        cli = Cli.on(data);
        assertThat(cli.run("sample", "load").exitCode()).isZero();
        backup = temp.resolve("portfolio.backup");
        assertThat(cli.run("backup", "--out", backup.toString()).exitCode()).isZero();
        listing = list().outBytes();
    }

    @Test
    void aZeroedPageIsReportedWithAdviceAndRestoreMendsIt() throws Exception {
        zeroFirstDataPageOf("PROJECT");

        assertDamageIsExplainedThenRestoreMendsIt();
    }

    @Test
    void aGarbledServicePropertiesIsReportedWithAdviceAndRestoreMendsIt() throws IOException {
        Files.writeString(database.resolve("service.properties"), "\u0000\u0013garbled by a bad disk\n=\n",
                StandardCharsets.ISO_8859_1);

        assertDamageIsExplainedThenRestoreMendsIt();
    }

    @Test
    void aMissingLogFolderIsReportedWithAdviceAndRestoreMendsIt() throws IOException {
        try (Stream<Path> walk = Files.walk(database.resolve("log"))) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }

        assertDamageIsExplainedThenRestoreMendsIt();
    }

    private void assertDamageIsExplainedThenRestoreMendsIt() {
        Cli.Result broken = list();
        assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(1);
        assertThat(broken.err()).containsIgnoringCase("restore").contains("backup")
                .doesNotContain("XJ040").doesNotContain("\tat ");

        Cli.Result restored = cli.run("restore", backup.toString());

        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(restored.out()).contains("Your previous portfolio was kept as " + data.resolve("backups"));
        assertThat(list().outBytes()).isEqualTo(listing);
    }

    private Cli.Result list() {
        return cli.run("portfolio", "list", "--format", "json");
    }

    /** Overwrites page 1 (the first after the header page) of a table's file with zeros, as a bad disk might. */
    private void zeroFirstDataPageOf(String table) throws SQLException, IOException {
        String url = "jdbc:derby:" + database.toAbsolutePath();
        long conglomerate;
        int pageSize;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT g.CONGLOMERATENUMBER FROM SYS.SYSCONGLOMERATES g JOIN SYS.SYSTABLES t "
                    + "ON t.TABLEID = g.TABLEID WHERE t.TABLENAME = '" + table + "' AND g.ISINDEX = FALSE")) {
                r.next();
                conglomerate = r.getLong(1);
            }
            try (ResultSet r = s.executeQuery("SELECT PAGESIZE FROM TABLE (SYSCS_DIAG.SPACE_TABLE('APP', '" + table
                    + "')) t WHERE ISINDEX = 0")) {
                r.next();
                pageSize = r.getInt(1);
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException shutDown) {
                // Derby reports a clean shutdown as an exception.
            }
        }
        Path file = database.resolve("seg0").resolve("c" + Long.toHexString(conglomerate) + ".dat");
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            assertThat(out.length()).isGreaterThanOrEqualTo(2L * pageSize);
            out.seek(pageSize);
            out.write(new byte[pageSize]);
        }
    }
}
