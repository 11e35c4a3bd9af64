package org.innovationportfolio.store;

/**
 * The database engines a portfolio can live in: embedded Derby on one laptop (the default), or a PostgreSQL
 * server for a team. Their migrations share {@code db/migration}; where the SQL must differ, each engine has
 * its own copy of that migration in {@code db/vendor/<engine>} (same version, never in both places).
 */
public enum Engine {
    DERBY("derby", "Derby"),
    POSTGRESQL("postgresql", "PostgreSQL");

    static final String COMMON_FOLDER = "db/migration";

    private final String folderName;
    private final String displayName;

    Engine(String folderName, String displayName) {
        this.folderName = folderName;
        this.displayName = displayName;
    }

    /** The classpath folder of this engine's own migrations. */
    String vendorFolder() {
        return "db/vendor/" + folderName;
    }

    /** Flyway's locations for this engine: the shared migrations and its own. */
    String[] migrationLocations() {
        return new String[] {"classpath:" + COMMON_FOLDER, "classpath:" + vendorFolder()};
    }

    public String displayName() {
        return displayName;
    }
}
