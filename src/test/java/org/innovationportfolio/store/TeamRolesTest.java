package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.model.ChangeEntry;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.NoteKind;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A team portfolio's roles on a real PostgreSQL, set up by {@code team init}: an editor changes projects and only
 * adds to the change history; a viewer reads and is told why it cannot change; a private note is read by its
 * author alone, whatever another user asks the server in plain SQL. Needs a test role that may create roles
 * (CREATEROLE); the login roles made here are dropped after.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeamRolesTest {

    private static final String SECRET = "Alice thinks the pilot should stop";
    private static final char[] PASSWORD = UUID.randomUUID().toString().toCharArray();

    static TestPostgres.TestDatabase postgres;
    static TeamDatabase owner;
    static String alice;
    static String bob;
    static String vera;
    static TeamRoles roles;
    static Project project;
    static final List<String> made = new ArrayList<>();

    @BeforeAll
    static void rolesAndSchema() {
        postgres = TestPostgres.freshDatabase();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        alice = "alice_" + suffix;
        bob = "bob_" + suffix;
        vera = "vera_" + suffix;
        for (String login : List.of(alice, bob, vera)) {
            try {
                postgres.executeOnServer("CREATE ROLE " + login + " LOGIN PASSWORD '" + new String(PASSWORD) + "'");
                made.add(login);
            } catch (IllegalStateException e) {
                String why = "the test role may not create roles (give it CREATEROLE): " + e.getCause().getMessage();
                if (System.getenv("CI") != null) {
                    Assertions.fail(why);
                }
                Assumptions.abort(why);
            }
        }
        owner = postgres.open();
        roles = new TeamRoles(postgres.address().database(), List.of(alice, bob), List.of(vera));
        owner.setUpRoles(roles);
        made.add(roles.editorRole());
        made.add(roles.viewerRole());
    }

    @AfterAll
    static void dropEverything() {
        if (owner != null) {
            owner.close();
        }
        if (postgres != null) {
            postgres.close();
            for (String role : made) {
                postgres.executeOnServer("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    @Test
    @Order(1)
    void anEditorSavesAndTheHistorySaysItWasThem() {
        try (TeamDatabase team = open(alice)) {
            assertThat(team.store().canEdit()).isTrue();
            Project full = TestData.fullProject("Edge of care hubs", SECRET);
            team.store().writing(r -> r.projects().save(full));
            project = full;
            Project renamed = retitled(full, "Edge of care hubs (phase 2)");
            team.store().writing(r -> r.projects().save(renamed));
            List<ChangeEntry> history = team.store().read(r -> r.projects().history(full.id()));
            assertThat(history).extracting(ChangeEntry::user).containsOnly(alice);
            assertThat(history.get(0).field()).isEqualTo("title");
            // The author reads their own private note back.
            assertThat(team.store().read(r -> r.projects().find(full.id())).orElseThrow().notes())
                    .extracting(Note::text).contains(SECRET);
        }
    }

    @Test
    @Order(2)
    void anotherUserReadsNothingOfAPrivateNoteInPlainSqlNorDoesTheOwner() throws SQLException {
        for (String other : List.of(bob, vera)) {
            try (Connection connection = connect(other); Statement statement = connection.createStatement()) {
                assertThat(count(statement, "SELECT COUNT(*) FROM note WHERE private_note")).as(other).isZero();
                assertThat(count(statement, "SELECT COUNT(*) FROM note WHERE note_text LIKE '%pilot should stop%'"))
                        .isZero();
                assertThat(count(statement, "SELECT COUNT(*) FROM note")).isEqualTo(1);
            }
        }
        try (Connection connection = connect(bob); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE note SET note_text = 'gone' WHERE private_note")).isZero();
            assertThat(statement.executeUpdate("DELETE FROM note WHERE private_note")).isZero();
        }
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "SELECT COUNT(*) FROM note WHERE private_note")).isZero();
        }
        try (Connection connection = connect(alice); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "SELECT COUNT(*) FROM note WHERE private_note")).isEqualTo(1);
        }
    }

    @Test
    @Order(3)
    void anotherEditorsSaveLeavesThePrivateNoteItCannotSee() {
        try (TeamDatabase team = open(bob)) {
            Project seen = team.store().read(r -> r.projects().find(project.id())).orElseThrow();
            assertThat(seen.notes()).extracting(Note::text).doesNotContain(SECRET);
            Note bobs = new Note(UUID.randomUUID(), LocalDate.of(2025, 5, 1), NoteKind.NOTE, "Bob's own", null, true,
                    TestData.T);
            List<Note> notes = new ArrayList<>(seen.notes());
            notes.add(bobs);
            team.store().writing(r -> r.projects().save(withNotes(retitled(seen, "Bob's title"), notes)));
            assertThat(team.store().read(r -> r.projects().history(project.id())).get(0).user()).isEqualTo(bob);
        }
        try (TeamDatabase team = open(alice)) {
            Project now = team.store().read(r -> r.projects().find(project.id())).orElseThrow();
            assertThat(now.title()).isEqualTo("Bob's title");
            assertThat(now.notes()).extracting(Note::text).contains(SECRET).doesNotContain("Bob's own");
        }
    }

    @Test
    @Order(4)
    void theChangeHistoryIsAppendOnlyForTheEditorRoleAndEvenTheOwner() throws SQLException {
        for (Connection connection : List.of(connect(alice), postgres.connect())) {
            try (connection; Statement statement = connection.createStatement()) {
                int lines = count(statement, "SELECT COUNT(*) FROM change_history");
                assertThat(lines).isPositive();
                for (String sql : List.of("UPDATE change_history SET old_value = 'forged'",
                        "DELETE FROM change_history", "TRUNCATE change_history")) {
                    assertThatThrownBy(() -> statement.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
                }
                statement.execute("INSERT INTO change_history (id, line_index, changed_at, changed_by, project_id, "
                        + "record_table, record_id, field) VALUES ('" + UUID.randomUUID() + "', 0, "
                        + "'2025-01-01T00:00:00.000000000Z', 'someone else', '"
                        + project.id() + "', 'project', '" + project.id() + "', 'title')");
                try (ResultSet rs = statement.executeQuery("SELECT changed_by, current_user, changed_at FROM change_history "
                        + "ORDER BY changed_at DESC LIMIT 1")) {
                    rs.next();
                    assertThat(rs.getString(1)).as("who the server says inserted it").isEqualTo(rs.getString(2));
                    assertThat(rs.getString(3)).as("the server's time").isGreaterThan("2026")
                            .hasSize("2025-01-01T00:00:00.000000000Z".length());
                }
                assertThat(count(statement, "SELECT COUNT(*) FROM change_history")).isEqualTo(lines + 1);
            }
        }
    }

    @Test
    @Order(5)
    void aViewerReadsEverythingPublicAndIsToldWhyItCannotChangeAnything() throws SQLException {
        try (TeamDatabase team = open(vera)) {
            assertThat(team.store().canEdit()).isFalse();
            assertThat(team.store().readOnlyReason()).hasValueSatisfying(
                    why -> assertThat(why).startsWith("You can read this team portfolio; editing needs the editor role"));
            Project seen = team.store().read(r -> r.projects().find(project.id())).orElseThrow();
            List<ChangeEntry> history = team.store().read(r -> r.projects().history(project.id()));
            assertThat(history).isNotEmpty();
            assertThatThrownBy(() -> team.store().writing(r -> r.projects().save(retitled(seen, "Vera's"))))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("editing needs the editor role");
        }
        try (Connection connection = connect(vera); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("UPDATE project SET title = 'x'"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    @Order(6)
    void theScriptCanRunAgainAndSaysWhatItDoes() {
        owner.setUpRoles(roles);
        assertThat(roles.script()).contains("CREATE ROLE \"" + roles.editorRole() + "\" NOLOGIN",
                "GRANT SELECT, INSERT ON change_history TO \"" + roles.editorRole() + "\"",
                "ALTER TABLE note FORCE ROW LEVEL SECURITY", "GRANT \"" + roles.viewerRole() + "\" TO \"" + vera + "\"");
    }

    private static TeamDatabase open(String user) {
        return TeamDatabase.open(postgres.as(user), postgres.passwords(), question -> PASSWORD.clone());
    }

    private static Connection connect(String user) throws SQLException {
        return TeamDatabase.dataSource(postgres.as(user), user, PASSWORD).getConnection();
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Project retitled(Project p, String title) {
        return ChangeHistoryTest.with(p, title, p.milestones(), p.risks(), p.notes());
    }

    private static Project withNotes(Project p, List<Note> notes) {
        return ChangeHistoryTest.with(p, p.title(), p.milestones(), p.risks(), notes);
    }
}
