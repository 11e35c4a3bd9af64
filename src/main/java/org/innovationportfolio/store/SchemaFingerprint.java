package org.innovationportfolio.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * Everything in a Derby database that can hold or call code, or shape the data, as read from the
 * system catalogue: schemas, tables, views, columns, constraints, indexes, routines, triggers,
 * installed jars, stored statements, sequences, users, roles and grants. Reading the catalogue runs no
 * user code. Two databases made by the same migrations have equal fingerprints, so a backup's database
 * can be compared with one the shipped migrations make.
 */
final class SchemaFingerprint {

    /** Names Derby makes up (SQL0000000106-30af4197-…, or a bare UUID): they differ between equal databases. */
    private static final Pattern GENERATED = Pattern.compile(
            "SQL\\d+(-[0-9a-f-]+)?|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Map<Integer, SchemaFingerprint> REFERENCES = new ConcurrentHashMap<>();

    /** One query per kind of catalogue item; the first column says what it is, for a message. */
    private static final List<String> QUERIES = List.of(
            "SELECT 'schema ' || SCHEMANAME, AUTHORIZATIONID FROM SYS.SYSSCHEMAS",
            "SELECT CASE t.TABLETYPE WHEN 'V' THEN 'view ' WHEN 'A' THEN 'synonym ' WHEN 'S' THEN 'system table '"
                    + " ELSE 'table ' END || s.SCHEMANAME || '.' || t.TABLENAME, t.TABLETYPE || ' ' || t.LOCKGRANULARITY"
                    + " FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID",
            "SELECT 'column ' || s.SCHEMANAME || '.' || t.TABLENAME || '.' || c.COLUMNNAME, c.COLUMNNUMBER,"
                    + " c.COLUMNDATATYPE, c.COLUMNDEFAULT, c.AUTOINCREMENTSTART,"
                    + " c.AUTOINCREMENTINC, c.AUTOINCREMENTCYCLE"
                    + " FROM SYS.SYSCOLUMNS c LEFT JOIN SYS.SYSTABLES t ON t.TABLEID = c.REFERENCEID"
                    + " LEFT JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID",
            "SELECT 'index ' || t.TABLENAME || ' ' || g.CONGLOMERATENAME, g.ISINDEX,"
                    + " g.DESCRIPTOR, g.ISCONSTRAINT"
                    + " FROM SYS.SYSCONGLOMERATES g JOIN SYS.SYSTABLES t ON t.TABLEID = g.TABLEID",
            "SELECT 'constraint ' || t.TABLENAME || ' ' || c.CONSTRAINTNAME, c.TYPE, c.STATE,"
                    + " c.REFERENCECOUNT FROM SYS.SYSCONSTRAINTS c"
                    + " JOIN SYS.SYSTABLES t ON t.TABLEID = c.TABLEID",
            "SELECT 'check constraint ' || c.CONSTRAINTNAME, k.CHECKDEFINITION, k.REFERENCEDCOLUMNS"
                    + " FROM SYS.SYSCHECKS k JOIN SYS.SYSCONSTRAINTS c ON c.CONSTRAINTID = k.CONSTRAINTID",
            "SELECT 'key ' || c.CONSTRAINTNAME, g.DESCRIPTOR FROM SYS.SYSKEYS k"
                    + " JOIN SYS.SYSCONSTRAINTS c ON c.CONSTRAINTID = k.CONSTRAINTID"
                    + " JOIN SYS.SYSCONGLOMERATES g ON g.CONGLOMERATEID = k.CONGLOMERATEID",
            "SELECT 'foreign key ' || c.CONSTRAINTNAME, r.CONSTRAINTNAME, f.DELETERULE, f.UPDATERULE, g.DESCRIPTOR"
                    + " FROM SYS.SYSFOREIGNKEYS f JOIN SYS.SYSCONSTRAINTS c ON c.CONSTRAINTID = f.CONSTRAINTID"
                    + " JOIN SYS.SYSCONSTRAINTS r ON r.CONSTRAINTID = f.KEYCONSTRAINTID"
                    + " JOIN SYS.SYSCONGLOMERATES g ON g.CONGLOMERATEID = f.CONGLOMERATEID",
            "SELECT 'view ' || t.TABLENAME, v.VIEWDEFINITION, v.CHECKOPTION FROM SYS.SYSVIEWS v"
                    + " JOIN SYS.SYSTABLES t ON t.TABLEID = v.TABLEID",
            "SELECT CASE a.ALIASTYPE WHEN 'F' THEN 'function ' WHEN 'P' THEN 'procedure ' WHEN 'A' THEN 'type '"
                    + " WHEN 'G' THEN 'aggregate ' ELSE 'synonym ' END || s.SCHEMANAME || '.' || a.ALIAS,"
                    + " a.JAVACLASSNAME, a.ALIASINFO, a.NAMESPACE FROM SYS.SYSALIASES a"
                    + " JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = a.SCHEMAID",
            "SELECT 'trigger ' || s.SCHEMANAME || '.' || t.TRIGGERNAME, t.EVENT, t.FIRINGTIME, t.TYPE,"
                    + " t.TRIGGERDEFINITION FROM SYS.SYSTRIGGERS t JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID",
            "SELECT 'installed jar ' || s.SCHEMANAME || '.' || f.FILENAME, '' FROM SYS.SYSFILES f"
                    + " JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = f.SCHEMAID",
            "SELECT 'stored statement ' || s.SCHEMANAME || '.' || t.STMTNAME, t.TYPE, t.TEXT, t.USINGTEXT"
                    + " FROM SYS.SYSSTATEMENTS t JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID",
            "SELECT 'sequence ' || s.SCHEMANAME || '.' || q.SEQUENCENAME, q.SEQUENCEDATATYPE,"
                    + " q.STARTVALUE, q.INCREMENT, q.CYCLEOPTION"
                    + " FROM SYS.SYSSEQUENCES q JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = q.SCHEMAID",
            "SELECT 'user ' || USERNAME, '' FROM SYS.SYSUSERS",
            "SELECT 'role ' || ROLEID, GRANTEE, GRANTOR, ISDEF FROM SYS.SYSROLES",
            "SELECT 'grant on a table to ' || GRANTEE, GRANTOR, SELECTPRIV, DELETEPRIV, INSERTPRIV, UPDATEPRIV,"
                    + " REFERENCESPRIV, TRIGGERPRIV FROM SYS.SYSTABLEPERMS",
            "SELECT 'grant on columns to ' || GRANTEE, GRANTOR, TYPE FROM SYS.SYSCOLPERMS",
            "SELECT 'grant on routine ' || a.ALIAS || ' to ' || p.GRANTEE, p.GRANTOR, p.GRANTOPTION"
                    + " FROM SYS.SYSROUTINEPERMS p LEFT JOIN SYS.SYSALIASES a ON a.ALIASID = p.ALIASID",
            "SELECT 'grant of usage to ' || GRANTEE, GRANTOR, OBJECTTYPE, PERMISSION FROM SYS.SYSPERMS",
            // Rows of Flyway's history say which migrations made the rest (dates and timings aside).
            "SELECT 'migration ' || COALESCE(\"version\", '-') || ' ' || \"description\", \"type\", \"script\","
                    + " \"checksum\", \"success\""
                    + " FROM APP.\"flyway_schema_history\"");

    // In the order of QUERIES, so a difference is named by its most telling item (a view before its columns).
    private final List<String> items;
    private final List<String> sorted;

    private SchemaFingerprint(List<String> items) {
        this.items = List.copyOf(items);
        List<String> copy = new ArrayList<>(items);
        Collections.sort(copy);
        this.sorted = List.copyOf(copy);
    }

    /**
     * Reads the fingerprint over an open connection. Flyway's history is read only once the catalogue has
     * shown it is a real table (a view of that name could call code).
     */
    static SchemaFingerprint of(Connection connection) throws SQLException {
        List<String> items = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String query : QUERIES) {
                if (query.contains("flyway_schema_history") && !historyIsATable(items)) {
                    items.add("table APP.flyway_schema_history is missing or not a table");
                    continue;
                }
                try (ResultSet rows = statement.executeQuery(query)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        StringBuilder item = new StringBuilder(withoutGeneratedNames(rows.getString(1)));
                        for (int i = 2; i <= columns; i++) {
                            item.append('\t').append(withoutGeneratedNames(rows.getString(i)));
                        }
                        items.add(item.toString());
                    }
                }
            }
        }
        return new SchemaFingerprint(items);
    }

    private static boolean historyIsATable(List<String> items) {
        return items.contains("table APP.flyway_schema_history\tT R");
    }

    /**
     * The fingerprint of a database that the shipped migrations bring to {@code schemaVersion}, made once
     * per version in memory (and dropped again).
     */
    static SchemaFingerprint reference(int schemaVersion) {
        return REFERENCES.computeIfAbsent(schemaVersion, SchemaFingerprint::makeReference);
    }

    private static SchemaFingerprint makeReference(int schemaVersion) {
        String url = "jdbc:derby:memory:innovation-portfolio-reference-" + UUID.randomUUID();
        try {
            Flyway.configure()
                    .dataSource(url + ";create=true", null, null)
                    .locations(Migrations.DERBY_LOCATIONS)
                    .target(String.valueOf(schemaVersion))
                    .cleanDisabled(true)
                    .load()
                    .migrate();
            try (Connection connection = DriverManager.getConnection(url)) {
                return of(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the reference schema " + schemaVersion, e);
        } finally {
            dropQuietly(url);
        }
    }

    private static void dropQuietly(String url) {
        try {
            DriverManager.getConnection(url + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful drop as an exception (08006); nothing else to do either way.
        }
    }

    /** The first difference from {@code expected}, in words ("has function APP.X, which …"), or null. */
    String differenceFrom(SchemaFingerprint expected) {
        if (sorted.equals(expected.sorted)) {
            return null;
        }
        List<String> extra = new ArrayList<>(items);
        expected.items.forEach(extra::remove);
        List<String> missing = new ArrayList<>(expected.items);
        items.forEach(missing::remove);
        for (String item : extra) {
            String what = what(item);
            if (missing.stream().anyMatch(m -> what(m).equals(what))) {
                return what + " is not as the app makes it";
            }
            return "it has " + what + ", which the app never makes";
        }
        return what(missing.get(0)) + " is missing";
    }

    private static String what(String item) {
        int tab = item.indexOf('\t');
        return tab < 0 ? item : item.substring(0, tab);
    }

    private static String withoutGeneratedNames(String value) {
        return value == null ? "null" : GENERATED.matcher(value).replaceAll("(generated)");
    }
}
