package org.innovationportfolio.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.innovationportfolio.logic.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a database's schema up to this version of the app with Flyway, refusing one from a newer version. */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    /** Derby's migration locations (the shared folder and Derby's own); see {@link Engine}. */
    static final String[] DERBY_LOCATIONS = Engine.DERBY.migrationLocations();
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[^/]*\\.sql");
    private static final String HISTORY = "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
            + "WHERE \"version\" IS NOT NULL";

    /** Opens a connection to the database being migrated. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Engine engine;
    private final Connector connector;
    private final DataSource dataSource;
    private final String jdbcUrl;
    // Flyway is slow to set up (a classpath scan, its configuration machinery): made only when needed.
    private Flyway flyway;

    /** The migrations of the embedded Derby database at {@code jdbcUrl}. */
    Migrations(String jdbcUrl) {
        this.engine = Engine.DERBY;
        this.jdbcUrl = jdbcUrl;
        this.dataSource = null;
        this.connector = () -> DriverManager.getConnection(jdbcUrl);
    }

    /** The migrations of the {@code engine} database that {@code dataSource} connects to. */
    Migrations(DataSource dataSource, Engine engine) {
        this.engine = engine;
        this.jdbcUrl = null;
        this.dataSource = dataSource;
        this.connector = dataSource::getConnection;
    }

    private synchronized Flyway flyway() {
        if (flyway == null) {
            FluentConfiguration configuration = Flyway.configure();
            if (dataSource != null) {
                configuration.dataSource(dataSource);
            } else {
                configuration.dataSource(jdbcUrl, null, null);
            }
            flyway = configuration
                    .locations(engine.migrationLocations())
                    .cleanDisabled(true)
                    .load();
        }
        return flyway;
    }

    /**
     * Refuses a newer schema (leaving it untouched), then applies any pending migrations. Flyway
     * itself would only warn about "future" migrations, hence the check first.
     */
    int migrate() {
        Optional<Integer> current = currentWithoutFlyway();
        if (current.isPresent()) {
            return current.get();
        }
        Flyway flyway = flyway();
        MigrationInfoService before = flyway.info();
        refuseIfNewer(before);
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Applied {} schema migration(s), now at schema {}", result.migrationsExecuted,
                    result.targetSchemaVersion);
            return MigrationVersion.fromVersion(result.targetSchemaVersion).getMajor().intValueExact();
        }
        // Nothing to do: the version is what was there (one Flyway scan fewer on every start).
        return highest(before.applied()).map(v -> v.getMajor().intValueExact()).orElse(0);
    }

    /** Refuses a database whose schema this app does not know (made by a newer version). */
    void checkNotNewer() {
        refuseIfNewer(flyway().info());
    }

    /**
     * The schema version when the database already has exactly the migrations this app ships, all
     * successful, read straight from Flyway's history table; empty when Flyway must look (a new
     * database, a pending or failed migration, anything unusual). Refuses a newer schema, as
     * {@link #migrate()} does, and leaves the database untouched either way.
     */
    Optional<Integer> currentWithoutFlyway() {
        Set<Integer> shipped = shippedVersions(Migrations.class.getClassLoader(), engine);
        if (shipped.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> applied = new TreeSet<>();
        String newest = null;
        int newestNumber = -1;
        try (Connection connection = connector.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(HISTORY)) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(2) || !version.matches("\\d{1,9}")) {
                    return Optional.empty();
                }
                int number = Integer.parseInt(version);
                applied.add(number);
                if (number > newestNumber) {
                    newestNumber = number;
                    newest = version;
                }
            }
        } catch (SQLException noHistoryYet) {
            LOG.debug("No schema history to read directly; Flyway will look", noHistoryYet);
            return Optional.empty();
        }
        int latest = Collections.max(shipped);
        if (newestNumber > latest) {
            throw newerSchema(newest);
        }
        if (!applied.equals(shipped)) {
            return Optional.empty();
        }
        LOG.debug("Schema {} is current; no migration needed", latest);
        return Optional.of(latest);
    }

    /** The versions of the Derby migrations shipped (shared and Derby's own); empty when they cannot be listed. */
    static Set<Integer> shippedVersions() {
        return shippedVersions(Migrations.class.getClassLoader());
    }

    /** As {@link #shippedVersions()}, from {@code loader}'s resources. */
    static Set<Integer> shippedVersions(ClassLoader loader) {
        return shippedVersions(loader, Engine.DERBY);
    }

    /**
     * The versions of {@code engine}'s migrations in {@code loader}'s resources: those in the shared folder and
     * in the engine's own; empty when they cannot be listed.
     */
    static Set<Integer> shippedVersions(ClassLoader loader, Engine engine) {
        Set<Integer> versions = new TreeSet<>();
        for (String folder : List.of(Engine.COMMON_FOLDER, engine.vendorFolder())) {
            if (!addVersionsIn(loader, folder, versions)) {
                return Set.of();
            }
        }
        return versions;
    }

    /** Adds the versions of the migrations directly in {@code folder}; false when they cannot be listed. */
    private static boolean addVersionsIn(ClassLoader loader, String folderName, Set<Integer> versions) {
        try {
            Enumeration<URL> folders = loader.getResources(folderName);
            while (folders.hasMoreElements()) {
                URL folder = folders.nextElement();
                if ("file".equals(folder.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                        files.forEach(file -> addVersion(versions, file.getFileName().toString()));
                    }
                } else if ("jar".equals(folder.getProtocol())) {
                    URLConnection connection = folder.openConnection();
                    if (!(connection instanceof JarURLConnection jar)) {
                        return false;
                    }
                    jar.setUseCaches(false);
                    try (JarFile file = jar.getJarFile()) {
                        String prefix = folderName + "/";
                        file.stream().map(entry -> entry.getName())
                                .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0)
                                .forEach(name -> addVersion(versions, name.substring(prefix.length())));
                    }
                } else {
                    return false;
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.debug("Could not list the shipped migrations; Flyway will look", e);
            return false;
        }
        return true;
    }

    private static void addVersion(Set<Integer> versions, String fileName) {
        Matcher matcher = VERSIONED.matcher(fileName);
        if (matcher.matches()) {
            versions.add(Integer.parseInt(matcher.group(1)));
        }
    }

    private static void refuseIfNewer(MigrationInfoService info) {
        Optional<MigrationInfo> future = Arrays.stream(info.applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
                .max(Comparator.comparing(MigrationInfo::getVersion,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        if (future.isPresent()) {
            throw newerSchema(Objects.toString(future.get().getVersion(), "?"));
        }
    }

    private static RefusedException newerSchema(String version) {
        return new RefusedException("This portfolio was last used by a newer version of Innovation Portfolio (schema "
                + version + "). Update the app to open it; nothing was changed.");
    }

    private static Optional<MigrationVersion> highest(MigrationInfo[] migrations) {
        return Arrays.stream(migrations)
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
    }
}
