package org.innovationportfolio.logic.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.project.ProjectDocuments;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;
import org.innovationportfolio.model.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioCommandsTest {

    @TempDir
    Path folder;
    private SampleStore sample;
    private PortfolioCommands commands;

    @BeforeEach
    void open() {
        sample = new SampleStore(folder);
        commands = new PortfolioCommands(sample.store(), SampleStore.CLOCK);
    }

    @AfterEach
    void close() {
        sample.close();
    }

    @Test
    void deleteThenRestorePutsTheWholeProjectBackExactly() {
        Project richest = richest();
        DeletedProject deleted = commands.delete(richest.id());
        assertThat(deleted.project()).isEqualTo(richest);
        assertThat(richest.stageHistory()).as("the sample has a stage history to keep").isNotEmpty();
        assertThat(find(richest.id())).isNull();

        commands.restore(deleted);

        assertThat(find(richest.id())).isEqualTo(richest);
    }

    @Test
    void deleteThenUndoKeepsTheAttachedDocumentsAndTheirFiles() throws Exception {
        Project project = richest();
        Path source = Files.writeString(folder.resolve("Board paper.txt"), "Approved at the March board.");
        ProjectDocuments documents = new ProjectDocuments(sample.store(), folder, SampleStore.CLOCK);
        ProjectDocument attached = documents.attach(project.id(), source);

        DeletedProject deleted = commands.delete(project.id());
        assertThat(deleted.documents()).containsExactly(attached);
        assertThat(documents.list(project.id())).isEmpty();
        assertThat(documents.path(attached)).as("the file waits for an undo").exists();

        commands.restore(deleted);

        assertThat(documents.list(project.id())).containsExactly(attached);
        assertThat(Files.readAllBytes(documents.path(attached))).isEqualTo(Files.readAllBytes(source));
        assertThat(find(project.id())).isEqualTo(project);
    }

    @Test
    void duplicateCopiesEverythingUnderNewIds() {
        Project original = richest();
        Project copy = commands.duplicate(original.id());

        assertThat(copy.title()).isEqualTo("Copy of " + original.title());
        assertThat(find(copy.id())).isEqualTo(copy);
        assertThat(copy.milestones()).hasSameSizeAs(original.milestones());
        assertThat(copy.funding()).hasSameSizeAs(original.funding());
        assertThat(copy.stageHistory()).hasSameSizeAs(original.stageHistory());
        Set<UUID> originalIds = idsOf(original);
        assertThat(idsOf(copy)).doesNotContainAnyElementsOf(originalIds);
        assertThat(find(original.id())).as("the original is untouched").isEqualTo(original);
    }

    @Test
    void createMakesABlankProjectInExploring() {
        Project created = commands.create("Mockingbird family hubs");
        assertThat(find(created.id())).isEqualTo(created);
        assertThat(created.stage()).isEqualTo(Stage.EXPLORING);
    }

    @Test
    void deletingAProjectAlreadyGoneIsRefused() {
        assertThatThrownBy(() -> commands.delete(UUID.randomUUID())).isInstanceOf(RefusedException.class);
    }

    private Project richest() {
        return sample.store().read(r -> r.projects().findAll()).stream()
                .max(Comparator.comparingInt(p -> idsOf(p).size())).orElseThrow();
    }

    private Project find(UUID id) {
        return sample.store().read(r -> r.projects().find(id)).orElse(null);
    }

    private static Set<UUID> idsOf(Project p) {
        Set<UUID> ids = new HashSet<>();
        ids.add(p.id());
        Stream.of(p.partners().stream().map(x -> x.id()), p.statusHistory().stream().map(x -> x.id()),
                p.stageHistory().stream().map(x -> x.id()),
                p.milestones().stream().map(x -> x.id()), p.funding().stream().map(x -> x.id()),
                p.outcomes().stream().map(x -> x.id()), p.risks().stream().map(x -> x.id()),
                p.notes().stream().map(x -> x.id())).flatMap(s -> s).forEach(ids::add);
        p.outcomes().forEach(o -> o.actuals().forEach(a -> ids.add(a.id())));
        return ids;
    }
}
