package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.ChangeEntry;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.NoteKind;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Risk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who changed what, on a laptop's Derby: written with each change, in its transaction, never a private note's text. */
class ChangeHistoryTest {

    private static final String SECRET = "Private: the head of service may leave";

    @TempDir
    static Path folder;
    static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(folder);
        database.store().writing(r -> r.settings().put(SettingKeys.OFFICER_NAME, "Ffion Wyn"));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aSaveRecordsEachChangedFieldWithWhoAndTheOldAndNewValuesNewestFirst() {
        Store store = database.store();
        Project project = TestData.fullProject("Edge of care hubs", SECRET);
        store.writing(r -> r.projects().save(project));
        assertThat(history(project)).singleElement().satisfies(e -> {
            assertThat(e.recordTable()).isEqualTo("project");
            assertThat(e.wholeRecord()).isTrue();
            assertThat(e.oldValue()).isNull();
            assertThat(e.newValue()).contains("title: Edge of care hubs");
            assertThat(e.user()).isEqualTo("Ffion Wyn (" + System.getProperty("user.name") + ")");
        });

        Milestone hub = project.milestones().stream().filter(m -> m.title().equals("Hub opens")).findFirst()
                .orElseThrow();
        Risk dropped = project.risks().stream().filter(r -> r.description().equals("Data sharing")).findFirst()
                .orElseThrow();
        Note privateNote = project.notes().stream().filter(Note::privateNote).findFirst().orElseThrow();
        Note publicNote = project.notes().stream().filter(n -> !n.privateNote()).findFirst().orElseThrow();
        List<Milestone> milestones = new ArrayList<>(project.milestones());
        milestones.set(milestones.indexOf(hub), new Milestone(hub.id(), hub.title(), hub.baseline(), LocalDate.of(2024, 3, 1),
                hub.completed(), hub.status(), hub.owner(), hub.lastModified()));
        Note added = new Note(UUID.randomUUID(), LocalDate.of(2025, 4, 1), NoteKind.DECISION, "Go ahead.", null,
                false, TestData.T);
        List<Note> notes = List.of(publicNote, new Note(privateNote.id(), privateNote.date(),
                privateNote.kind(), SECRET + " in May", null, true, privateNote.lastModified()), added);
        Project edited = with(project, "Edge of care hubs (phase 2)", milestones,
                project.risks().stream().filter(r -> r != dropped).toList(), notes);
        store.writing(r -> r.projects().save(edited));

        List<ChangeEntry> lines = history(project);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(lines.size() - 1).newValue()).contains("title: Edge of care hubs");
        List<ChangeEntry> save = lines.subList(0, 5);
        assertThat(save).extracting(ChangeEntry::recordTable, ChangeEntry::field, ChangeEntry::oldValue,
                ChangeEntry::newValue).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("project", "title", "Edge of care hubs",
                                "Edge of care hubs (phase 2)"),
                        org.assertj.core.groups.Tuple.tuple("milestone", "forecast_date", "2024-02-01", "2024-03-01"),
                        org.assertj.core.groups.Tuple.tuple("note", "note_text", null, null),
                        org.assertj.core.groups.Tuple.tuple("note", ChangeEntry.WHOLE_RECORD, null,
                                "note_date: 2025-04-01; note_kind: DECISION; note_text: Go ahead.; "
                                        + "private_note: false"),
                        org.assertj.core.groups.Tuple.tuple("risk", ChangeEntry.WHOLE_RECORD,
                                "description: Data sharing; likelihood: 2; impact: 3; status: MANAGED", null));
        assertThat(save).filteredOn(e -> e.recordTable().equals("milestone"))
                .singleElement().satisfies(e -> {
                    assertThat(e.recordId()).isEqualTo(hub.id());
                    assertThat(e.recordLabel()).isEqualTo("Hub opens");
                });
        assertThat(save).filteredOn(e -> e.recordTable().equals("risk")).singleElement()
                .extracting(ChangeEntry::recordId).isEqualTo(dropped.id());
        assertThat(save).filteredOn(e -> e.field().equals("note_text")).singleElement()
                .satisfies(e -> assertThat(e.recordLabel()).isEqualTo("private NOTE 2025-01-06"));
        // The private note's text is nowhere in the history, before or after.
        assertThat(lines).allSatisfy(e -> assertThat(String.join("|", String.valueOf(e.recordLabel()),
                String.valueOf(e.oldValue()), String.valueOf(e.newValue()))).doesNotContain("head of service"));
    }

    @Test
    void aSaveThatChangesNothingAddsNothingAndARolledBackSaveLeavesNoLine() {
        Store store = database.store();
        Project project = TestData.fullProject("Unchanged");
        store.writing(r -> r.projects().save(project));
        store.writing(r -> r.projects().save(project));
        assertThat(history(project)).hasSize(1);

        Project renamed = with(project, "Renamed", project.milestones(), project.risks(), project.notes());
        assertThatThrownBy(() -> store.writing(r -> {
            r.projects().save(renamed);
            throw new IllegalStateException("the rest of the change failed");
        })).hasMessageContaining("failed");
        assertThat(history(project)).hasSize(1);
    }

    @Test
    void aDeletedProjectKeepsItsHistoryWithTheDeletionAndAnImportAddsOneLineAProject() {
        Store store = database.store();
        Project one = TestData.fullProject("Imported one");
        Project two = TestData.bareProject("Imported two");
        store.writing(r -> r.projects().saveAll(List.of(one, two)));
        assertThat(history(one)).hasSize(1);
        assertThat(history(two)).singleElement().extracting(ChangeEntry::newValue).asString()
                .startsWith("title: Imported two");

        store.writing(r -> r.projects().delete(one.id()));
        assertThat(history(one)).hasSize(2).first().satisfies(e -> {
            assertThat(e.wholeRecord()).isTrue();
            assertThat(e.oldValue()).contains("title: Imported one");
            assertThat(e.newValue()).isNull();
        });
    }

    private static List<ChangeEntry> history(Project project) {
        return database.store().read(r -> r.projects().history(project.id()));
    }

    static Project with(Project p, String title, List<Milestone> milestones, List<Risk> risks, List<Note> notes) {
        return new Project(p.id(), title, p.innovationId(), p.stage(), p.leadOfficer(), p.sponsor(),
                p.governanceBoard(), p.startDate(), p.endDate(), p.targetCohort(), p.objectives(), p.tags(),
                p.partners(), p.statusHistory(), p.stageHistory(), milestones, p.funding(), p.outcomes(), risks,
                notes, p.provenance(), p.created(), p.lastModified(), p.decisionSought());
    }
}
