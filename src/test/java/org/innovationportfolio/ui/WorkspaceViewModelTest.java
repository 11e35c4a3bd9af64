package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.innovationportfolio.app.DesktopWiring;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.innovationportfolio.ui.shell.WorkspaceViewModel;

class WorkspaceViewModelTest {

    private static final Clock CLOCK = Clock.fixed(TestProjects.NOW, ZoneId.of("Europe/London"));

    @TempDir
    Path dataFolder;

    private Database database;
    private Store store;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @BeforeEach
    void openStore() {
        database = Database.open(dataFolder);
        store = database.store();
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    @Test
    void countsTheProjectsInTheStoreForTheStatusLine() {
        store.writing(repositories -> TestProjects.two().forEach(repositories.projects()::save));

        WorkspaceViewModel viewModel = viewModel(Samples.twoProjects());
        viewModel.start();

        assertThat(viewModel.projectCountProperty().get()).isEqualTo(2);
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("2 projects · Data folder: " + dataFolder);
        assertThat(dialogs.shown()).as("a portfolio with projects is never offered the sample").isEmpty();
    }

    @Test
    void anEmptyPortfolioIsWelcomedOnceAndTheWelcomeIsRecordedBeforeItIsShown() {
        List<Optional<String>> recordedWhenWelcomed = new ArrayList<>();
        WorkspaceViewModel viewModel = viewModel(Samples.shipped());
        viewModel.setOnFirstRun(() -> recordedWhenWelcomed.add(
                store.read(repositories -> repositories.settings().get(SettingKeys.SAMPLE_OFFERED))));
        viewModel.start();
        WorkspaceViewModel secondStart = viewModel(Samples.shipped());
        secondStart.setOnFirstRun(() -> recordedWhenWelcomed.add(Optional.of("welcomed again")));
        secondStart.start();

        assertThat(recordedWhenWelcomed).containsExactly(Optional.of("true"));
        assertThat(dialogs.shown()).as("the welcome is its own window, not a question").isEmpty();
        assertThat(secondStart.projectCountProperty().get()).isZero();
        assertThat(secondStart.loadedProperty().get()).isTrue();
    }

    @Test
    void aPortfolioWithProjectsIsNeverWelcomed() {
        store.writing(repositories -> TestProjects.two().forEach(repositories.projects()::save));
        List<String> welcomed = new ArrayList<>();
        WorkspaceViewModel viewModel = viewModel(Samples.twoProjects());
        viewModel.setOnFirstRun(() -> welcomed.add("welcomed"));
        viewModel.start();

        assertThat(welcomed).isEmpty();
    }

    @Test
    void loadingTheSampleFillsThePortfolioAndNamesItsCouncil() {
        WorkspaceViewModel viewModel = viewModel(Samples.shipped());
        viewModel.start();
        viewModel.loadSample();

        int projects = store.read(repositories -> repositories.projects().count());
        assertThat(projects).isGreaterThanOrEqualTo(10);
        assertThat(viewModel.projectCountProperty().get()).isEqualTo(projects);
        assertThat(viewModel.headingProperty().get()).startsWith("Northbrook Borough Council");
        assertThat(viewModel.windowTitleProperty().get()).startsWith("Innovation Portfolio — Northbrook Borough Council");
        assertThat(viewModel.statusTextProperty().get()).isEqualTo(projects + " projects · Data folder: " + dataFolder);
        assertThat(viewModel.sampleLoadedProperty().get()).isTrue();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void theLoadersRefusalOfAFullPortfolioIsShownInItsOwnWords() {
        store.writing(repositories -> TestProjects.two().forEach(repositories.projects()::save));

        viewModel(Samples.shipped()).loadSample();

        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("The sample portfolio was not loaded");
            assertThat(error.message()).startsWith("The portfolio already has 2 projects.")
                    .contains("Sample data loads only into an empty portfolio");
        });
        int projects = store.read(repositories -> repositories.projects().count());
        assertThat(projects).as("nothing changed").isEqualTo(2);
    }

    @Test
    void theMenuDoesNotAskAboutTheSampleOverAFullPortfolio() {
        store.writing(repositories -> TestProjects.two().forEach(repositories.projects()::save));
        WorkspaceViewModel viewModel = viewModel(Samples.shipped());
        viewModel.start();

        viewModel.offerSample();

        assertThat(dialogs.questions()).isEmpty();
        assertThat(dialogs.errors()).singleElement().satisfies(error -> assertThat(error.message())
                .contains("Sample data loads only into an empty portfolio"));
    }

    @Test
    void anUnexpectedLoaderFailureIsShownAsAPlainSentence() {
        viewModel((store, clock) -> {
            throw new IllegalStateException("java.lang.NullPointerException in SampleLoader line 42");
        }).loadSample();

        assertThat(dialogs.errors()).singleElement().satisfies(error -> assertThat(error.message())
                .startsWith("Loading the sample portfolio did not work because of an unexpected problem.")
                .doesNotContain("NullPointerException"));
    }

    @Test
    void theWindowTitleNamesTheCouncilOnceItIsKnown() {
        WorkspaceViewModel viewModel = viewModel(Samples.twoProjects());
        assertThat(viewModel.windowTitleProperty().get()).isEqualTo("Innovation Portfolio — " + dataFolder);

        store.writing(repositories -> repositories.settings().put(SettingKeys.COUNCIL_NAME, "Westfield Council"));
        viewModel.start();

        assertThat(viewModel.windowTitleProperty().get()).isEqualTo("Innovation Portfolio — Westfield Council");
        assertThat(viewModel.headingProperty().get()).isEqualTo("Westfield Council");
    }

    private WorkspaceViewModel viewModel(Samples.Loader sample) {
        return new WorkspaceViewModel(DesktopWiring.context(store, CLOCK, dataFolder, "0.1.0", null),
                sample.over(store, CLOCK), dialogs, new ImmediateTaskRunner());
    }
}
