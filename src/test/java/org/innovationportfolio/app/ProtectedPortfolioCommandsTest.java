package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.innovationportfolio.logic.Passwords;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on a portfolio protected with a password: the password from the environment, or exit 2. */
class ProtectedPortfolioCommandsTest {

    private static final String PASSWORD = "a good long password";

    @TempDir
    Path temp;

    @Test
    void commandsTakeThePasswordFromTheEnvironmentAndRefusePlainlyWithoutIt() throws Exception {
        Path data = temp.resolve("data");
        Cli plain = Cli.on(data);
        assertThat(plain.run("sample", "load").exitCode()).isZero();
        byte[] before = plain.run("portfolio", "list", "--format", "json").outBytes();
        try (Database database = Database.open(data)) {
            database.protect(PASSWORD.toCharArray());
        }

        // No variable, and no console under the test runner: a usage error that says what to do.
        Cli.Result without = plain.run("portfolio", "list", "--format", "json");
        assertThat(without.exitCode()).as(without.toString()).isEqualTo(2);
        assertThat(without.err()).contains("is protected with a password")
                .contains(Passwords.ENVIRONMENT_VARIABLE).doesNotContain("\tat ");
        assertThat(without.out()).isEmpty();

        Cli.Result wrong = Cli.on(data).withEnv(Passwords.ENVIRONMENT_VARIABLE, "not the password")
                .run("portfolio", "list", "--format", "json");
        assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(1);
        assertThat(wrong.err()).startsWith("That password does not open this portfolio.")
                .doesNotContain("XBM06").doesNotContain("XJ040");

        Cli right = Cli.on(data).withEnv(Passwords.ENVIRONMENT_VARIABLE, PASSWORD);
        Cli.Result listed = right.run("portfolio", "list", "--format", "json");
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        assertThat(listed.outBytes()).isEqualTo(before);

        // A backup of it is protected too, and restores elsewhere only with the password.
        Path backup = temp.resolve("protected-backup.zip");
        Cli.Result backedUp = right.run("backup", "--out", backup.toString());
        assertThat(backedUp.exitCode()).as(backedUp.toString()).isZero();
        assertThat(Database.isProtectedBackup(backup)).isTrue();

        Path other = temp.resolve("other");
        Cli.Result refused = Cli.on(other).run("restore", backup.toString());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err()).contains(Passwords.ENVIRONMENT_VARIABLE);
        assertThat(Files.exists(other.resolve("db"))).isFalse();

        Cli otherWithPassword = Cli.on(other).withEnv(Passwords.ENVIRONMENT_VARIABLE, PASSWORD);
        Cli.Result restored = otherWithPassword.run("restore", backup.toString());
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(Database.isProtected(other)).isTrue();
        assertThat(otherWithPassword.run("portfolio", "list", "--format", "json").outBytes()).isEqualTo(before);

        // The password is in no file of either data folder, the logs included.
        for (Path folder : java.util.List.of(data, other)) {
            try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                            .as(file.toString()).doesNotContain(PASSWORD);
                }
            }
        }
        assertThat(data.resolve("logs")).isDirectory();
    }
}
