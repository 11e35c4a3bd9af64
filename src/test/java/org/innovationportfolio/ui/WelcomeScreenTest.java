package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.innovationportfolio.logic.ports.Protection;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.packs.ExportRequest;
import org.innovationportfolio.logic.packs.PackExporter;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.portfolio.PortfolioView;
import org.innovationportfolio.ui.shell.WelcomeDialog;
import org.innovationportfolio.ui.window.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The first-run welcome on a real empty portfolio: each of its three choices taken by keyboard alone. */
class WelcomeScreenTest {

    @TempDir
    Path dataFolder;
    @TempDir
    Path elsewhere;

    private WindowHarness harness;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openStore() throws Exception {
        harness = new WindowHarness(dataFolder);
    }

    @AfterEach
    void closeEverything() throws Exception {
        harness.close();
    }

    @Test
    void saysWhereTheDataLivesAndHowItIsBackedUpWithEveryChoiceLabelledAndTheFirstFocused() throws Exception {
        open();

        assertThat(texts()).anySatisfy(text -> assertThat(text).contains(dataFolder.toString(), "offline"))
                .anySatisfy(text -> assertThat(text).contains("File › Back up…", "File › Restore…"));
        List<Button> choices = List.of(button(WelcomeDialog.EXPLORE_ID), button(WelcomeDialog.EMPTY_ID),
                button(WelcomeDialog.IMPORT_ID));
        assertThat(choices).allSatisfy(choice -> {
            assertThat(choice.getAccessibleText()).as("what a screen reader says").isNotBlank();
            assertThat(choice.isMnemonicParsing()).isTrue();
            assertThat(choice.getText()).contains("_");
        });
        assertThat(choices.get(0).isFocused()).as("the first choice has the focus").isTrue();
    }

    @Test
    void altEExploresTheSample() throws Exception {
        MainWindow window = open();

        alt(KeyCode.E);
        harness.awaitOnFx(() -> !table().getItems().isEmpty());
        harness.awaitSettled(window);

        assertThat(welcome()).isEmpty();
        assertThat(table().getItems()).hasSize(projects());
        assertThat(window.workspace().headingProperty().get()).startsWith("Northbrook Borough Council");
        assertThat(setting(SettingKeys.OFFICER_NAME)).isEmpty();
    }

    @Test
    void startingEmptyAsksOnceForTheCouncilAndTheOfficerAndKeepsThemForPacks() throws Exception {
        MainWindow window = open();

        robot.type(KeyCode.TAB); // to "Start an empty portfolio…"
        assertThat(button(WelcomeDialog.EMPTY_ID).isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        harness.awaitOnFx(() -> field(WelcomeDialog.COUNCIL_ID).isFocused());
        robot.type(KeyCode.ENTER); // Start, with nothing typed
        harness.awaitOnFx(() -> robot.lookup("#" + WelcomeDialog.PROBLEM_ID).queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#" + WelcomeDialog.PROBLEM_ID).queryAs(Label.class).getText())
                .startsWith("Type the council's name");
        assertThat(field(WelcomeDialog.COUNCIL_ID).isFocused()).as("the cursor waits in the empty field").isTrue();
        assertThat(setting(SettingKeys.COUNCIL_NAME)).isEmpty();

        robot.targetWindow(field(WelcomeDialog.COUNCIL_ID).getScene().getWindow()); // write() types into the target window
        robot.write("Anyshire County Council");
        robot.type(KeyCode.TAB);
        assertThat(field(WelcomeDialog.OFFICER_ID).isFocused()).isTrue();
        robot.write("Sam Patel");
        robot.type(KeyCode.ENTER);
        harness.awaitOnFx(() -> welcome().isEmpty());
        harness.awaitSettled(window);

        assertThat(setting(SettingKeys.COUNCIL_NAME))
                .contains("Anyshire County Council");
        assertThat(setting(SettingKeys.OFFICER_NAME)).contains("Sam Patel");
        assertThat(window.workspace().headingProperty().get()).isEqualTo("Anyshire County Council");
        assertThat(window.workspace().windowTitleProperty().get()).endsWith("Anyshire County Council");
        assertThat(new PackExporter(harness.store(), WindowHarness.CLOCK, "test", dataFolder).suggestedSender("login"))
                .as("offered as the sender of a pack").isEqualTo("Sam Patel");
        assertThat(table().getItems()).isEmpty();
    }

    @Test
    void importingAPackOpensItsPreviewAndEnterImportsIt() throws Exception {
        Path pack = colleaguesPack();
        dialogs.answeringFile(pack);
        MainWindow window = open();

        alt(KeyCode.I);
        harness.awaitOnFx(() -> importPreview().isPresent()
                && !robot.lookup("#packImportTable").queryAs(TableView.class).getItems().isEmpty()
                && !robot.lookup("#packImportButton").queryAs(Button.class).isDisabled());
        assertThat(dialogs.shown()).anySatisfy(shown -> assertThat(shown.title()).isEqualTo("Import project pack"));
        assertThat(welcome()).isEmpty();
        assertThat(projects()).as("nothing before the preview is accepted").isZero();

        robot.type(KeyCode.ENTER); // "Import with these choices"
        harness.awaitOnFx(() -> table().getItems().size() == 2);
        harness.awaitSettled(window);
        assertThat(projects()).isEqualTo(2);
    }

    @Test
    void altPThenAltEAsksForAPasswordWithTheWarningAndEncryptsBeforeTheSampleIsLoaded() throws Exception {
        harness.openProtectable(Samples.shipped(), dialogs);
        harness.awaitOnFx(() -> welcome().isPresent() && button(WelcomeDialog.EXPLORE_ID).isFocused());
        javafx.scene.control.CheckBox protect = robot.lookup("#" + WelcomeDialog.PROTECT_ID)
                .queryAs(javafx.scene.control.CheckBox.class);
        assertThat(protect.isSelected()).as("protection is a choice, not the default").isFalse();
        assertThat(texts()).anySatisfy(text -> assertThat(text).contains(Protection.FORGOTTEN_PASSWORD_WARNING));

        alt(KeyCode.P);
        harness.awaitOnFx(protect::isSelected);
        alt(KeyCode.E);
        harness.awaitOnFx(() -> passwordPrompt().isPresent());
        Stage prompt = (Stage) passwordPrompt().orElseThrow();
        assertThat(prompt.getScene().getRoot().getAccessibleText()).contains(Protection.FORGOTTEN_PASSWORD_WARNING);
        robot.targetWindow(prompt);
        robot.write("Northbrook-2025");
        robot.type(KeyCode.TAB);
        robot.write("Northbrook-2025");
        robot.type(KeyCode.ENTER);
        harness.awaitOnFx(() -> table().getItems().size() == projects() && projects() > 0);
        harness.awaitOnFx(() -> dialogs.shown().stream().anyMatch(s -> s.title().equals("Protect with a password")));

        assertThat(harness.database().isProtected()).as("the database is encrypted").isTrue();
        assertThat(welcome()).isEmpty();
    }

    private Optional<Window> passwordPrompt() {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && "Protect with a password".equals(s.getTitle())).findFirst();
    }

    private MainWindow open() throws Exception {
        MainWindow window = harness.openAnswering(Samples.shipped(), dialogs, () -> null);
        harness.awaitOnFx(() -> welcome().isPresent() && button(WelcomeDialog.EXPLORE_ID).isFocused());
        return window;
    }

    private Path colleaguesPack() throws Exception {
        Path pack = elsewhere.resolve("from-a-colleague.ippack");
        Path folder = elsewhere.resolve("colleague");
        try (Database colleague = Database.open(java.nio.file.Files.createDirectories(folder))) {
            colleague.store().writing(r -> TestProjects.two().forEach(r.projects()::save));
            new PackExporter(colleague.store(), WindowHarness.CLOCK, "test", folder).export(
                    new ExportRequest(List.of(), false, false, "Ffion Jones", "Westfield Council"), pack);
        }
        return pack;
    }

    private Optional<String> setting(String key) {
        return harness.store().read(r -> r.settings().get(key));
    }

    private int projects() {
        return harness.store().read(r -> r.projects().count());
    }

    private void alt(KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
    }

    private Optional<Node> welcome() {
        return robot.lookup("#" + WelcomeDialog.ID).tryQuery();
    }

    private Optional<Window> importPreview() {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && "Import project pack".equals(s.getTitle())).findFirst();
    }

    private List<String> texts() {
        return robot.from(robot.lookup("#" + WelcomeDialog.ID)).lookup((Label label) -> true).queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
    }

    private Button button(String id) {
        return robot.lookup("#" + id).queryAs(Button.class);
    }

    private TextField field(String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table() {
        return robot.lookup("#" + PortfolioView.TABLE_ID).queryAs(TableView.class);
    }
}
