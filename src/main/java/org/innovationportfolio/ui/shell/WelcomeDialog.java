package org.innovationportfolio.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.innovationportfolio.ui.AppLook;

/**
 * The first-run welcome over the empty main window: three choices as large buttons, each with a line saying what it
 * does, then where the data lives and how it is backed up. Enter takes the focused choice; Esc ("Not now") leaves
 * the empty portfolio, which still offers the sample.
 */
public final class WelcomeDialog {

    public static final String ID = "welcome";
    public static final String EXPLORE_ID = "welcomeExplore";
    public static final String EMPTY_ID = "welcomeEmpty";
    public static final String IMPORT_ID = "welcomeImport";
    public static final String COUNCIL_ID = "welcomeCouncil";
    public static final String OFFICER_ID = "welcomeOfficer";
    public static final String START_ID = "welcomeStart";
    public static final String PROBLEM_ID = "welcomeProblem";
    public static final String PROTECT_ID = "welcomeProtect";
    public static final String NOT_NOW = "Not now";
    private static final String EMPTY_TEXT = "For your council's own projects. You are asked for the council's name "
            + "and yours, once: they go on briefing packs and on the project packs you send.";
    private static final String IMPORT_TEXT = "Start from projects a colleague sent you as a .ippack file: you see "
            + "what it holds before anything is added.";

    private final Dialog<Void> dialog = new Dialog<>();
    private final WelcomeViewModel viewModel;
    private final Button explore;
    private final TextField council = new TextField();
    private final TextField officer = new TextField();
    private final CheckBox protect = new CheckBox(WelcomeViewModel.PROTECT);

    public WelcomeDialog(Window owner, WelcomeViewModel viewModel) {
        this.viewModel = viewModel;
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(WelcomeViewModel.TITLE);
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(ID);
        pane.getStyleClass().add("welcome");
        pane.getButtonTypes().setAll(new ButtonType(NOT_NOW, ButtonData.CANCEL_CLOSE));
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setPrefWidth(620);
        pane.setAccessibleText(WelcomeViewModel.TITLE);

        explore = choiceButton(EXPLORE_ID, WelcomeViewModel.EXPLORE_SAMPLE, viewModel.aboutSample(),
                viewModel::exploreSample);
        Node chooseStep = chooseStep();
        Node namesStep = namesStep();
        pane.setContent(chooseStep);
        viewModel.stepProperty().addListener((obs, was, now) -> {
            pane.setContent(now == WelcomeViewModel.Step.NAMES ? namesStep : chooseStep);
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
            (now == WelcomeViewModel.Step.NAMES ? council : explore).requestFocus();
        });
        viewModel.doneProperty().addListener((obs, was, done) -> {
            if (done) {
                dialog.close();
            }
        });
        if (viewModel.protectionOffered()) {
            // A mnemonic fires an action event, which a check box does not turn into a tick: Alt+P is an accelerator.
            pane.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.ALT_DOWN), () -> {
                if (viewModel.stepProperty().get() == WelcomeViewModel.Step.CHOOSE) {
                    protect.requestFocus();
                    protect.fire();
                }
            });
        }
        dialog.setOnHidden(event -> viewModel.later());
        dialog.setOnShown(event -> explore.requestFocus());
        AppLook.style(pane);
    }

    /** Shows the welcome and returns at once; the choice made runs from its button. */
    public void show() {
        dialog.show();
    }

    private Node chooseStep() {
        Label heading = new Label(WelcomeViewModel.TITLE);
        heading.getStyleClass().add(Styles.TITLE_2);
        Label intro = wrapped("Your portfolio is empty. How would you like to start?");
        VBox choices = new VBox(choice(explore, viewModel.aboutSample()),
                choice(choiceButton(EMPTY_ID, WelcomeViewModel.START_EMPTY, EMPTY_TEXT, viewModel::chooseEmpty),
                        EMPTY_TEXT),
                choice(choiceButton(IMPORT_ID, WelcomeViewModel.IMPORT_PACK, IMPORT_TEXT, viewModel::importPack),
                        IMPORT_TEXT));
        choices.getStyleClass().add("welcome-choices");
        if (viewModel.protectionOffered()) {
            choices.getChildren().add(protectChoice());
        }
        VBox content = new VBox(heading, intro, choices, new Separator(),
                titled("Where your data lives", viewModel.whereDataLives()),
                titled("Backing up", viewModel.howItIsBackedUp()));
        content.getStyleClass().add("welcome-content");
        return content;
    }

    private Node namesStep() {
        Label heading = new Label("Start an empty portfolio");
        heading.getStyleClass().add(Styles.TITLE_2);
        Label intro = wrapped("Asked once. The council's name heads the window and your briefing packs; your name is "
                + "offered as the sender when you export a project pack. A single pack can still say otherwise.");
        council.setId(COUNCIL_ID);
        council.setAccessibleText("Council's name");
        council.setPromptText("e.g. Anyshire County Council");
        council.textProperty().bindBidirectional(viewModel.councilNameProperty());
        officer.setId(OFFICER_ID);
        officer.setAccessibleText("Your name");
        officer.setPromptText("e.g. Sam Patel");
        officer.textProperty().bindBidirectional(viewModel.officerNameProperty());
        GridPane fields = new GridPane();
        fields.getStyleClass().add("welcome-fields");
        fields.addRow(0, fieldLabel("_Council's name", council), council);
        fields.addRow(1, fieldLabel("_Your name", officer), officer);
        GridPane.setHgrow(council, javafx.scene.layout.Priority.ALWAYS);
        GridPane.setHgrow(officer, javafx.scene.layout.Priority.ALWAYS);

        Label problem = wrapped("");
        problem.setId(PROBLEM_ID);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isEmpty().not());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.textProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                (viewModel.councilNameMissing() ? council : officer).requestFocus();
            }
        });

        Button start = new Button("_Start");
        start.setId(START_ID);
        start.setDefaultButton(true);
        start.setAccessibleText("Start the empty portfolio with these names");
        start.setOnAction(event -> viewModel.startEmpty());
        Button back = new Button("_Back");
        back.setAccessibleText("Back to the three choices");
        back.setOnAction(event -> viewModel.back());
        HBox buttons = new HBox(start, back);
        buttons.getStyleClass().add("welcome-buttons");
        VBox content = new VBox(heading, intro, fields, problem, buttons);
        content.getStyleClass().add("welcome-content");
        return content;
    }

    /** The box that asks for a password before the sample or the empty portfolio gets any data, with the warning. */
    private Node protectChoice() {
        CheckBox box = protect;
        box.setId(PROTECT_ID);
        box.setMnemonicParsing(false); // Alt+P is an accelerator (see the constructor)
        box.selectedProperty().bindBidirectional(viewModel.protectWithPasswordProperty());
        box.setAccessibleText("Protect it with a password. " + viewModel.aboutProtection());
        Label what = wrapped(viewModel.aboutProtection() + " You can also do this later with File › Protect with a "
                + "password….");
        what.getStyleClass().add(Styles.TEXT_MUTED);
        VBox group = new VBox(box, what);
        group.getStyleClass().add("welcome-choice-box");
        return group;
    }

    /** A large button for one choice; Enter takes it when it has the focus, as Space does. */
    private static Button choiceButton(String id, String text, String explanation, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.getStyleClass().add("welcome-choice");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        button.setAccessibleText(text.replace("_", "").replace("…", "") + ". " + explanation);
        button.defaultButtonProperty().bind(button.focusedProperty());
        button.setOnAction(event -> action.run());
        return button;
    }

    /** The choice's button with what it does written below. */
    private static Node choice(Button button, String explanation) {
        Label what = wrapped(explanation);
        what.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(button, what);
        box.getStyleClass().add("welcome-choice-box");
        return box;
    }

    private static Label fieldLabel(String text, TextField field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    private static Node titled(String title, String text) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.setAccessibleRole(AccessibleRole.TEXT);
        return new VBox(heading, wrapped(text));
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
