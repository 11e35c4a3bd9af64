package org.innovationportfolio.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.innovationportfolio.logic.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The roles of a team portfolio, as {@code team init} sets them up: an editor role that reads and changes the
 * portfolio (but only adds to its change history), a viewer role that only reads, and the officers' own login
 * roles made members of one or the other. Run by the database's owner, who also owns the tables (the migrations
 * run as whoever opens the database first): the owner is the administrator, not an officer's everyday login.
 * Private notes are kept to their author by the row-level security of migration 11; this re-states it.
 */
public final class TeamRoles {

    private static final Logger LOG = LoggerFactory.getLogger(TeamRoles.class);

    private final String database;
    private final List<String> editors;
    private final List<String> viewers;

    /**
     * @param database the team portfolio's database, which names the roles ({@code <database>_editor})
     * @param editors login roles (existing) to make editors
     * @param viewers login roles (existing) to make viewers
     */
    public TeamRoles(String database, List<String> editors, List<String> viewers) {
        this.database = Objects.requireNonNull(database, "database");
        this.editors = List.copyOf(editors);
        this.viewers = List.copyOf(viewers);
    }

    /** The editor role's name: the database's, then {@code _editor}. */
    public String editorRole() {
        return database.toLowerCase(Locale.ROOT) + "_editor";
    }

    /** The viewer role's name: the database's, then {@code _viewer}. */
    public String viewerRole() {
        return database.toLowerCase(Locale.ROOT) + "_viewer";
    }

    /** The script, comments included, as {@code team init} prints it: safe to run more than once. */
    public String script() {
        StringBuilder out = new StringBuilder();
        out.append("-- Innovation Portfolio: the roles of the team portfolio in database ").append(database)
                .append(".\n-- Run as the database's owner (who also owns its tables), after the app has created "
                        + "them.\n-- Safe to run again: it only adds what is missing.\n");
        for (Step step : steps()) {
            out.append('\n').append("-- ").append(step.comment()).append('\n');
            for (String sql : step.statements()) {
                out.append(sql).append(";\n");
            }
        }
        return out.toString();
    }

    /** Runs the script on {@code connection} (the owner's), in one transaction: all of it or none. */
    public void apply(Connection connection) {
        String running = null;
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (Step step : steps()) {
                    for (String sql : step.statements()) {
                        running = sql;
                        statement.execute(sql);
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            LOG.info("Set up the roles {} and {} of the team portfolio {}", editorRole(), viewerRole(), database);
        } catch (SQLException e) {
            LOG.warn("team init failed at: {}", running, e);
            throw new RefusedException("The roles could not be set up (" + e.getMessage() + "), at: " + running
                    + ". Nothing was changed. Run it as the database's owner (the user that first opened the team "
                    + "portfolio), with the right to create roles; the SQL is printed without --apply.", e);
        }
    }

    private record Step(String comment, List<String> statements) {
    }

    private List<Step> steps() {
        String editor = quoted(editorRole());
        String viewer = quoted(viewerRole());
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("The two roles: officers log in as themselves and are members of one of them.", List.of(
                createRole(editorRole()), createRole(viewerRole()))));
        steps.add(new Step("Both may connect and read every table.", List.of(
                "GRANT CONNECT ON DATABASE " + quoted(database) + " TO " + editor + ", " + viewer,
                "GRANT USAGE ON SCHEMA public TO " + editor + ", " + viewer,
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + editor + ", " + viewer,
                "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO " + editor + ", " + viewer)));
        steps.add(new Step("The editor changes projects and their records; the viewer changes nothing.", List.of(
                "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + editor,
                "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO " + editor,
                "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM " + editor)));
        steps.add(new Step("Who changed what is append-only: the editor adds lines and never changes or removes "
                + "one\n-- (a trigger refuses it to everyone, the owner included).", List.of(
                "REVOKE UPDATE, DELETE, TRUNCATE ON change_history FROM PUBLIC, " + editor + ", " + viewer,
                "GRANT SELECT, INSERT ON change_history TO " + editor)));
        steps.add(new Step("Private notes: only their author reads or changes them (row-level security, forced on "
                + "the owner too;\n-- the policy note_private_to_author comes with the schema).", List.of(
                "ALTER TABLE note ENABLE ROW LEVEL SECURITY",
                "ALTER TABLE note FORCE ROW LEVEL SECURITY")));
        List<String> members = new ArrayList<>();
        editors.forEach(login -> members.add("GRANT " + editor + " TO " + quoted(login)));
        viewers.forEach(login -> members.add("GRANT " + viewer + " TO " + quoted(login)));
        steps.add(new Step(members.isEmpty()
                ? "Then make each officer's login a member, for example:\n-- GRANT " + editor + " TO \"jo.smith\";\n"
                        + "-- GRANT " + viewer + " TO \"head.of.service\";"
                : "The officers' logins.", members));
        return steps;
    }

    private static String createRole(String role) {
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role.replace("'", "''")
                + "') THEN CREATE ROLE " + quoted(role) + " NOLOGIN; END IF; END $$";
    }

    /** A PostgreSQL identifier, quoted. */
    static String quoted(String identifier) {
        if (identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Not a role or database name: '" + identifier + "'");
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
