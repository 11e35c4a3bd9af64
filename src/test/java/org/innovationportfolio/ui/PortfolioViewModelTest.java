package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.Store;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioViewModelTest {

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
    void readsTheProjectsInTheStoreAsRows() {
        store.writing(repositories -> TestProjects.two().forEach(repositories.projects()::save));

        PortfolioViewModel viewModel = viewModel(Samples.twoProjects());
        viewModel.start();

        assertThat(viewModel.rows()).extracting(PortfolioRow::title)
                .containsExactly("Family Safeguarding in Westfield", "Staying Close pilot");
        assertThat(viewModel.rows()).extracting(PortfolioRow::rag).containsExactly(Rag.AMBER, Rag.RED);
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("2 projects · Data folder: " + dataFolder);
        assertThat(viewModel.fundingHeaderProperty().get()).isEqualTo("Funding 2026/27");
        assertThat(dialogs.shown()).as("a portfolio with projects is never offered the sample").isEmpty();
    }

    @Test
    void anEmptyPortfolioIsOfferedTheSampleOnceAndAcceptingLoadsTheShippedSample() {
        dialogs.answering(true);
        PortfolioViewModel viewModel = viewModel(Samples.shipped());
        viewModel.start();

        assertThat(dialogs.questions()).singleElement().satisfies(question -> assertThat(question.message())
                .contains("fictional", PortfolioViewModel.LOAD_SAMPLE, PortfolioViewModel.START_EMPTY));
        int projects = store.read(repositories -> repositories.projects().count());
        assertThat(projects).isGreaterThanOrEqualTo(10);
        assertThat(viewModel.rows()).hasSize(projects);
        assertThat(viewModel.rows()).allSatisfy(row -> assertThat(row.rag()).isNotNull());
        assertThat(viewModel.headingProperty().get()).startsWith("Northbrook Borough Council");
        assertThat(viewModel.windowTitleProperty().get()).startsWith("Innovation Portfolio — Northbrook Borough Council");
        assertThat(viewModel.statusTextProperty().get()).isEqualTo(projects + " projects · Data folder: " + dataFolder);
        assertThat(viewModel.sampleLoadedProperty().get()).isTrue();
        assertThat(dialogs.errors()).isEmpty();
        Optional<String> offered = store.read(repositories -> repositories.settings().get(SettingKeys.SAMPLE_OFFERED));
        assertThat(offered).contains("true");
    }

    @Test
    void declinedOfferIsNotRepeatedAtTheNextStart() {
        dialogs.answering(false);
        viewModel(Samples.twoProjects()).start();
        PortfolioViewModel secondStart = viewModel(Samples.twoProjects());
        secondStart.start();

        assertThat(dialogs.questions()).hasSize(1);
        assertThat(secondStart.rows()).isEmpty();
        assertThat(secondStart.loadedProperty().get()).isTrue();
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
        PortfolioViewModel viewModel = viewModel(Samples.shipped());
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
        PortfolioViewModel viewModel = viewModel(Samples.twoProjects());
        assertThat(viewModel.windowTitleProperty().get()).isEqualTo("Innovation Portfolio — " + dataFolder);

        store.writing(repositories -> repositories.settings().put(SettingKeys.COUNCIL_NAME, "Westfield Council"));
        viewModel.refresh();

        assertThat(viewModel.windowTitleProperty().get()).isEqualTo("Innovation Portfolio — Westfield Council");
        assertThat(viewModel.headingProperty().get()).isEqualTo("Westfield Council");
    }

    private PortfolioViewModel viewModel(SampleSource sample) {
        return new PortfolioViewModel(new DesktopContext(store, CLOCK, dataFolder, "0.1.0", null), sample, dialogs,
                new ImmediateTaskRunner());
    }
}
