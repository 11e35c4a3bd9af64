package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack's dry run reads only what the pack names: projects by id, record owners, documents and bases. */
class ProjectLookupTest {

    @TempDir
    static Path folder;
    static Database database;
    static List<Project> projects = new ArrayList<>();
    static ProjectDocument document;

    @BeforeAll
    static void fourteenProjectsOneWithADocument() {
        database = Database.open(folder);
        IntStream.range(0, 14).forEach(i -> projects.add(TestData.fullProject("Project " + (char) ('N' - i))));
        database.store().writing(r -> r.projects().saveAll(projects));
        document = new ProjectDocument(UUID.randomUUID(), projects.get(3).id(), "Board paper.pdf", "x.pdf", 3,
                "a".repeat(64), TestData.T, TestData.T);
        database.store().writing(r -> r.documents().save(document));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void findByIdsLoadsJustThoseProjectsWholeInTitleOrderWhenTheyAreFew() {
        List<UUID> wanted = List.of(projects.get(5).id(), UUID.randomUUID(), projects.get(1).id());

        List<Project> found = database.store().read(r -> r.projects().findByIds(wanted));

        assertThat(found).containsExactly(projects.get(5), projects.get(1));
    }

    @Test
    void findByIdsGivesTheSameWhenTheyAreMostOfThePortfolio() {
        List<UUID> wanted = projects.subList(0, 10).stream().map(Project::id).toList();

        List<Project> found = database.store().read(r -> r.projects().findByIds(wanted));

        List<Project> byTitle = new ArrayList<>(projects.subList(0, 10));
        java.util.Collections.reverse(byTitle);
        assertThat(found).containsExactlyElementsOf(byTitle);
    }

    @Test
    void ownersNameTheProjectOfEveryKindOfRecordAndLeaveOutIdsThatAreNowhere() {
        Project p = projects.get(3);
        UUID nowhere = UUID.randomUUID();
        List<UUID> ids = List.of(p.id(), p.milestones().get(0).id(), p.outcomes().get(0).actuals().get(0).id(),
                p.notes().get(0).id(), document.id(), nowhere);

        Map<UUID, UUID> owners = database.store().read(r -> r.projects().owners(ids));

        assertThat(owners).hasSize(5).doesNotContainKey(nowhere).allSatisfy((id, owner) ->
                assertThat(owner).isEqualTo(p.id()));
    }

    @Test
    void documentsOfSomeProjectsOnly() {
        List<ProjectDocument> ofThird = database.store().read(r -> r.documents().findByProjects(
                List.of(projects.get(3).id())));
        List<ProjectDocument> ofFourth = database.store().read(r -> r.documents().findByProjects(
                List.of(projects.get(4).id())));
        assertThat(ofThird).containsExactly(document);
        assertThat(ofFourth).isEmpty();
    }

    @Test
    void basesOfSomeProjectsOnly() {
        UUID record = projects.get(2).milestones().get(0).id();
        database.store().writing(r -> r.packHistory().saveBases(Map.of(
                projects.get(2).id(), Map.of(record, TestData.T),
                projects.get(6).id(), Map.of(projects.get(6).milestones().get(0).id(), TestData.T))));

        Map<UUID, java.time.Instant> bases = database.store().read(r -> r.packHistory().bases(
                List.of(projects.get(2).id())));
        assertThat(bases).isEqualTo(Map.of(record, TestData.T));
    }
}
