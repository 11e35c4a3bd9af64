package org.innovationportfolio.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user name and password for a team portfolio, found where PostgreSQL's own tools find them: the
 * {@code PGPASSWORD} environment variable, then the password file ({@code PGPASSFILE}, else {@code ~/.pgpass},
 * or {@code %APPDATA%\postgresql\pgpass.conf} on Windows). Innovation Portfolio never writes a password anywhere;
 * when neither has one, the caller asks the person (see {@link TeamDatabase}).
 */
public final class PostgresPasswords {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresPasswords.class);
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Map<String, String> env;
    private final Path home;
    private final boolean windows;

    /**
     * @param env the process environment (a plain map in tests)
     * @param home the user's home folder
     * @param windows true on Windows, where the password file is in %APPDATA%
     */
    public PostgresPasswords(Map<String, String> env, Path home, boolean windows) {
        this.env = Map.copyOf(env);
        this.home = home;
        this.windows = windows;
    }

    /** This process's environment, home folder and system. */
    public static PostgresPasswords ofThisProcess() {
        return new PostgresPasswords(System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows"));
    }

    /** The user to connect as: the address's, else {@code PGUSER}, else the login name (as psql does). */
    public String user(PostgresAddress address) {
        if (address.user() != null) {
            return address.user();
        }
        String fromEnv = env.get("PGUSER");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return System.getProperty("user.name");
    }

    /** The password file PostgreSQL's tools read. */
    public Path passwordFile() {
        String given = env.get("PGPASSFILE");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        if (windows) {
            String appData = env.get("APPDATA");
            return Path.of(appData == null ? home.toString() : appData, "postgresql", "pgpass.conf");
        }
        return home.resolve(".pgpass");
    }

    /**
     * The stored password for {@code user} at {@code address} ({@code PGPASSWORD}, then the password file's first
     * matching line), or null when there is none. The caller clears the array after use.
     */
    public char[] stored(PostgresAddress address, String user) {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        return fromFile(passwordFile(), address, user);
    }

    /** The password from a libpq password file's first line matching the connection, or null. */
    static char[] fromFile(Path file, PostgresAddress address, String user) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                // libpq ignores such a file too: a password others can read is not one to use quietly.
                LOG.warn("The password file {} can be read by other users, so it is not used; make it private with "
                        + "chmod 600 {}", file, file);
                return null;
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file is in the user's own profile folder.
        } catch (IOException e) {
            LOG.warn("Could not read the permissions of the password file {}", file, e);
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Could not read the password file {}", file, e);
            return null;
        }
        String[] wanted = {address.host(), String.valueOf(address.port()), address.database(), user};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() < 5) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < 4 && matches; i++) {
                matches = fields.get(i).equals("*") || fields.get(i).equals(wanted[i]);
            }
            if (matches) {
                return fields.get(4).toCharArray();
            }
        }
        return null;
    }

    /** A password file line's fields: split at unescaped colons, with \: and \\ unescaped. */
    static List<String> fields(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == ':') {
                break; // as libpq: the password ends at an unescaped colon
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
