package org.innovationportfolio.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.logic.portfolio.PortfolioCommands;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.logic.portfolio.SampleStore;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioViewModelTest {

    @TempDir
    Path folder;
    private SampleStore sample;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private int counted = -1;
    private PortfolioViewModel viewModel;

    @BeforeEach
    void open() {
        sample = new SampleStore(folder);
        viewModel = new PortfolioViewModel(new PortfolioListing(sample.store(), SampleStore.CLOCK),
                new PortfolioCommands(sample.store(), SampleStore.CLOCK), SampleStore.CLOCK, dialogs, new ImmediateTaskRunner(),
                navigator, count -> counted = count);
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        sample.close();
    }

    @Test
    void filteringByRagAndTextNarrowsTheRowsAndSaysHowManyOfHowMany() {
        int total = storeCount();
        assertThat(viewModel.countTextProperty().get()).isEqualTo(total + " projects");
        assertThat(counted).isEqualTo(total);

        viewModel.filterProperty().set(PortfolioFilter.rag(Rag.RED));
        int reds = viewModel.rows().size();
        assertThat(viewModel.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.rag()).isEqualTo(Rag.RED));
        assertThat(viewModel.countTextProperty().get()).isEqualTo("Showing " + reds + " of " + total + " projects");

        String title = viewModel.rows().get(0).title();
        viewModel.filterProperty().set(new PortfolioFilter(Set.of(), Set.of(Rag.RED), Set.of(), Set.of(),
                title.substring(0, 8), false, null));
        assertThat(viewModel.rows()).extracting(PortfolioRow::title).contains(title);

        viewModel.clearFilters();
        assertThat(viewModel.rows()).hasSize(total);
    }

    @Test
    void deleteThenUndoBringsTheProjectBackIdentical() {
        PortfolioRow row = viewModel.rows().get(0);
        Project before = find(row.id());

        viewModel.delete(row.id());
        assertThat(find(row.id())).isNull();
        assertThat(viewModel.rows()).extracting(PortfolioRow::id).doesNotContain(row.id());
        assertThat(viewModel.undoTextProperty().get()).contains(row.title());

        assertThat(viewModel.undo()).isTrue();
        assertThat(find(row.id())).isEqualTo(before);
        assertThat(viewModel.rows()).extracting(PortfolioRow::id).contains(row.id());
        assertThat(viewModel.undoTextProperty().get()).isEmpty();
        assertThat(viewModel.undo()).as("nothing left to undo").isFalse();
    }

    @Test
    void addingAsksATitleCreatesInExploringAndOpensTheProject() {
        dialogs.answeringText("Lifelong Links");
        int total = storeCount();

        viewModel.addProject();

        assertThat(storeCount()).isEqualTo(total + 1);
        UUID opened = (UUID) navigator.visits.get(navigator.visits.size() - 1);
        assertThat(find(opened).stage()).isEqualTo(Stage.EXPLORING);
        assertThat(find(opened).title()).isEqualTo("Lifelong Links");
    }

    @Test
    void cancellingTheTitleAddsNothing() {
        int total = storeCount();
        viewModel.addProject();
        assertThat(storeCount()).isEqualTo(total);
        assertThat(navigator.visits).isEmpty();
    }

    @Test
    void duplicateAddsACopyAndSelectsIt() {
        PortfolioRow row = viewModel.rows().get(0);
        viewModel.duplicate(row.id());
        assertThat(viewModel.rows()).extracting(PortfolioRow::title).contains("Copy of " + row.title());
        assertThat(find(viewModel.highlightedProperty().get()).title()).isEqualTo("Copy of " + row.title());
    }

    private int storeCount() {
        return sample.store().read(r -> r.projects().count());
    }

    private Project find(UUID id) {
        return sample.store().read(r -> r.projects().find(id)).orElse(null);
    }
}
