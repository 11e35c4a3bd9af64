package org.innovationportfolio.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.innovationportfolio.logic.ports.Repositories;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.ChangeEntry;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The record's History tab shows who changed what, newest first, as soon as a save is made; a user the store
 * reports read-only (a team portfolio's viewer) sees the record with its fields greyed and a banner saying why.
 */
class HistoryTabTest {

    private static final String WHY = "You can read this team portfolio; editing needs the editor role.";

    @TempDir
    Path dataFolder;

    private PageHarness harness;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        harness = new PageHarness(dataFolder);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void aSavedChangeIsTheNewestLineOfTheHistoryTab() throws Exception {
        Project project = harness.fixture.fullestProject();
        ProjectRecordPage page = harness.open(project.id(), new ChoosingDialogService(2));
        harness.awaitOnFx(() -> {
            page.viewModel().draft().sponsor.textProperty().set(project.sponsor() + " and Deputy");
            return page.viewModel().save();
        });
        harness.awaitOnFx(() -> !page.viewModel().dirtyProperty().get() && !harness.tasks.runningProperty().get());
        harness.awaitOnFx(() -> {
            page.showTab("History");
            return true;
        });
        @SuppressWarnings("unchecked")
        ListView<ChangeEntry> list = robot.lookup("#historyList").queryAs(ListView.class);
        assertThat(list.getItems()).isNotEmpty();
        ChangeEntry newest = list.getItems().get(0);
        String saved = harness.fixture.project(project.id()).sponsor();
        assertThat(saved).contains(" and Deputy");
        assertThat(HistoryView.describe(newest)).isEqualTo("Project: sponsor ‘" + project.sponsor() + "’ → ‘"
                + saved + "’");
        assertThat(newest.user()).contains(System.getProperty("user.name"));
        assertThat(robot.lookup("#" + ProjectRecordPage.READ_ONLY_BANNER).tryQuery()).isEmpty();
    }

    @Test
    void aViewerSeesTheRecordGreyedWithABannerSayingWhyAndCannotSave() throws Exception {
        harness.storeSeen = ReadOnly::new;
        Project project = harness.fixture.fullestProject();
        ProjectRecordPage page = harness.open(project.id(), new ChoosingDialogService(2));
        Label banner = robot.lookup("#" + ProjectRecordPage.READ_ONLY_BANNER).queryAs(Label.class);
        assertThat(banner.getText()).isEqualTo(WHY);
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.lookup("#leadOfficer").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#leadOfficer").queryAs(TextField.class).getText()).isEqualTo(project.leadOfficer());
        // Even an edit made some other way is not saved.
        harness.awaitOnFx(() -> {
            page.viewModel().draft().sponsor.textProperty().set("Changed anyway");
            return true;
        });
        assertThat(page.viewModel().canSaveProperty().get()).isFalse();
        harness.awaitOnFx(() -> !page.viewModel().save());
        assertThat(harness.fixture.project(project.id()).sponsor()).isEqualTo(project.sponsor());
    }

    /** The real Derby store, reporting what a team portfolio reports to a viewer. */
    private record ReadOnly(Store store) implements Store {
        @Override
        public <T> T read(Function<Repositories, T> work) {
            return store.read(work);
        }

        @Override
        public <T> T write(Function<Repositories, T> work) {
            return store.write(work);
        }

        @Override
        public Optional<String> readOnlyReason() {
            return Optional.of(WHY);
        }
    }
}
