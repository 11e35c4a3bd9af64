package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.innovationportfolio.logic.RefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a team portfolio's address, the TLS rule, and finding its password as PostgreSQL's tools do. */
class PostgresAddressTest {

    @TempDir
    Path home;

    @Test
    void aRemoteServerIsReachedOverTlsWithItsCertificateCheckedUnlessTheAddressSaysRequire() {
        PostgresAddress address = PostgresAddress.parse("postgresql://portfolio.anyshire.gov.uk/innovation");

        assertThat(address).isEqualTo(new PostgresAddress("portfolio.anyshire.gov.uk", 5432, "innovation", null,
                "verify-full", null));
        assertThat(address.requiresTls()).isTrue();
        assertThat(PostgresAddress.parse("postgres://sam@10.0.0.7:6543/team?sslmode=require&sslrootcert=/etc/ca.pem"))
                .isEqualTo(new PostgresAddress("10.0.0.7", 6543, "team", "sam", "require", "/etc/ca.pem"));
    }

    @Test
    void aPlainConnectionIsRefusedToAnotherComputerButAllowedOnThisOne() {
        for (String mode : new String[] {"disable", "allow", "prefer"}) {
            assertThatThrownBy(() -> PostgresAddress.parse("postgresql://db.anyshire.gov.uk/innovation?sslmode="
                    + mode)).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("only reached over an encrypted connection (TLS)");
        }
        assertThat(PostgresAddress.parse("postgresql://localhost:55432/innovation?sslmode=disable").sslMode())
                .isEqualTo("disable");
        assertThat(PostgresAddress.parse("postgresql://127.0.0.1/innovation").isLocal()).isTrue();
        PostgresAddress ipv6 = PostgresAddress.parse("postgresql://[::1]:5433/innovation");
        assertThat(ipv6.isLocal()).isTrue();
        assertThat(ipv6.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/innovation");
        assertThat(ipv6.sslMode()).isEqualTo("prefer");
    }

    @Test
    void anAddressWithAPasswordOrWithoutADatabaseIsRefusedSayingWhatToWrite() {
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://sam:secret@db.anyshire.gov.uk/innovation"))
                .hasMessageContaining("has a password in it").hasMessageContaining("~/.pgpass")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://db.anyshire.gov.uk"))
                .hasMessageContaining("does not name the database");
        assertThatThrownBy(() -> PostgresAddress.parse("jdbc:derby:/tmp/x"))
                .hasMessageContaining("is not the address of a PostgreSQL database");
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://db.anyshire.gov.uk:99999/innovation"))
                .hasMessageContaining("is not a port number");
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://db.anyshire.gov.uk/innovation?password=x"))
                .hasMessageContaining("sslmode and sslrootcert only");
    }

    @Test
    void thePasswordComesFromPgpasswordThenTheFirstMatchingLineOfThePasswordFile() throws Exception {
        Path file = home.resolve(".pgpass");
        Files.writeString(file, "# team servers\n"
                + "other.anyshire.gov.uk:5432:*:sam:not-this-one\n"
                + "db.anyshire.gov.uk:5432:innovation:sam:with\\:colon\\\\and-backslash:ignored\n"
                + "*:*:*:*:fallback\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        PostgresAddress address = PostgresAddress.parse("postgresql://sam@db.anyshire.gov.uk/innovation");
        PostgresAddress elsewhere = PostgresAddress.parse("postgresql://sam@db.anyshire.gov.uk/finance");

        assertThat(new PostgresPasswords(Map.of(), home, false).stored(address, "sam"))
                .isEqualTo("with:colon\\and-backslash".toCharArray());
        assertThat(new PostgresPasswords(Map.of(), home, false).stored(elsewhere, "sam"))
                .isEqualTo("fallback".toCharArray());
        assertThat(new PostgresPasswords(Map.of("PGPASSWORD", "from-env"), home, false).stored(address, "sam"))
                .isEqualTo("from-env".toCharArray());
        assertThat(new PostgresPasswords(Map.of("PGPASSFILE", home.resolve("none").toString()), home, false)
                .stored(address, "sam")).isNull();
        assertThat(new PostgresPasswords(Map.of("PGUSER", "alex"), home, false).user(address)).isEqualTo("sam");
        assertThat(new PostgresPasswords(Map.of("PGUSER", "alex"), home, false)
                .user(PostgresAddress.parse("postgresql://db.anyshire.gov.uk/innovation"))).isEqualTo("alex");
        assertThat(new PostgresPasswords(Map.of("APPDATA", "C:\\Users\\sam\\AppData\\Roaming"), home, true)
                .passwordFile().toString()).endsWith("pgpass.conf");
    }

    @Test
    void aPasswordFileOthersCanReadIsNotUsedAsPostgresqlsToolsWouldNotUseIt() throws Exception {
        Path file = home.resolve(".pgpass");
        Files.writeString(file, "*:*:*:*:readable-by-all\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(new PostgresPasswords(Map.of(), home, false)
                .stored(PostgresAddress.parse("postgresql://localhost/innovation"), "sam")).isNull();
    }
}
