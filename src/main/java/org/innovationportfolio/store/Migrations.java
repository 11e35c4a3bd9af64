package org.innovationportfolio.store;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.innovationportfolio.logic.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a database's schema up to this version of the app with Flyway, refusing one from a newer version. */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    static final String LOCATION = "classpath:db/migration";

    private final Flyway flyway;

    Migrations(String jdbcUrl) {
        this.flyway = Flyway.configure()
                .dataSource(jdbcUrl, null, null)
                .locations(LOCATION)
                .cleanDisabled(true)
                .load();
    }

    /**
     * Refuses a newer schema (leaving it untouched), then applies any pending migrations. Flyway
     * itself would only warn about "future" migrations, hence the check first.
     */
    int migrate() {
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
        refuseIfNewer(flyway.info());
    }

    private static void refuseIfNewer(MigrationInfoService info) {
        Optional<MigrationInfo> future = Arrays.stream(info.applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
                .max(Comparator.comparing(MigrationInfo::getVersion,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        if (future.isPresent()) {
            String version = Objects.toString(future.get().getVersion(), "?");
            throw new RefusedException("This portfolio was last used by a newer version of Innovation Portfolio (schema "
                    + version + "). Update the app to open it; nothing was changed.");
        }
    }

    private static Optional<MigrationVersion> highest(MigrationInfo[] migrations) {
        return Arrays.stream(migrations)
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
    }
}
