package org.innovationportfolio.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.innovationportfolio.logic.project.ProjectDocuments;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.AppLook;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Documents tab names the file's check code in plain words and lets the officer copy the whole code. */
class DocumentsViewTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;
    @TempDir
    Path originals;
    Database database;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(AppLook::applyTheme).get();
        database = Database.open(data);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        database.close();
    }

    @Test
    void theCheckCodeIsExplainedInPlainWordsAndCopiesWhole() throws Exception {
        Project project = new Project(UUID.randomUUID(), "Family Hubs", null,
                org.innovationportfolio.model.Stage.DELIVERING, "Ffion", null, null, null, null, null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Provenance.createdHere(CLOCK.instant()), CLOCK.instant(), CLOCK.instant());
        database.store().writing(r -> r.projects().save(project));
        ProjectDocuments documents = new ProjectDocuments(database.store(), data, CLOCK);
        ProjectDocument attached = documents.attach(project.id(),
                Files.writeString(originals.resolve("Business case.txt"), "the case for hubs"));
        DocumentsViewModel vm = new DocumentsViewModel(documents, new ImmediateTaskRunner(),
                new RecordingDialogService(), file -> { });
        Stage stage = FxToolkit.registerStage(Stage::new);
        WaitForAsyncUtils.asyncFx(() -> {
            vm.show(project.id(), List.of(attached));
            Scene scene = new Scene((Parent) new DocumentsView(vm).root(), 1000, 400);
            AppLook.style(scene);
            stage.setScene(scene);
            stage.show();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#" + DocumentsView.TABLE).queryTableView();
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .contains("Check code").noneMatch(title -> title.contains("SHA"));
        assertThat(robot.lookup((javafx.scene.control.Label l) -> l.getText() != null
                && l.getText().contains("The check code lets whoever receives a copy confirm the file arrived unchanged."))
                .tryQuery()).as("the hint says what the code is for").isPresent();
        assertThat(robot.lookup("#" + DocumentsView.COPY_CHECK_CODE).queryButton().isDisabled()).isTrue();

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#" + DocumentsView.COPY_CHECK_CODE);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(attached.sha256()).hasSize(64);
        assertThat(org.innovationportfolio.ui.catalogue.PageHarness.screenshot(stage.getScene(), "documents-check-code.png"))
                .isNotEmptyFile();
    }
}
