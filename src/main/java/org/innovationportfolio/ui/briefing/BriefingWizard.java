package org.innovationportfolio.ui.briefing;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import java.util.function.Function;
import org.innovationportfolio.ui.AppLook;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.FxDialogService;
import org.innovationportfolio.ui.Css;
import org.innovationportfolio.ui.briefing.BriefingWizardViewModel.Outcome;
import org.innovationportfolio.ui.briefing.BriefingWizardViewModel.Step;

/**
 * The briefing pack wizard: a window with a step indicator, one step at a time (meeting, projects, sections,
 * output), Back / Next / Generate, then progress with Cancel and the finished files. Layout only; the state and
 * commands are in {@link BriefingWizardViewModel}.
 */
public final class BriefingWizard {

    static final String BACK_ID = "briefingBack";
    static final String NEXT_ID = "briefingNext";
    static final String GENERATE_ID = "briefingGenerate";
    static final String CANCEL_ID = "briefingCancel";
    static final String PROGRESS_ID = "briefingProgress";
    static final String STATUS_ID = "briefingStatus";
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final Stage stage;
    private final BriefingWizardViewModel vm;
    private final Map<Step, Node> steps = new EnumMap<>(Step.class);
    private final Map<Step, Node> forms = new EnumMap<>(Step.class);
    private final StackPane content = new StackPane();
    private final VBox result;
    private java.util.function.Supplier<java.util.Optional<Button>> defaultButton = java.util.Optional::empty;

    public BriefingWizard(Window owner, BriefingWizardViewModel vm) {
        this(new Stage(), owner, vm);
    }

    /**
     * Shows the wizard over {@code owner} and waits until it is closed; the view model's messages belong to the
     * wizard's own window, so they appear over it.
     */
    public static void showAndWait(Window owner, Function<DialogService, BriefingWizardViewModel> viewModel) {
        Stage stage = new Stage();
        new BriefingWizard(stage, owner, viewModel.apply(new FxDialogService(stage))).showAndWait();
    }

    private BriefingWizard(Stage stage, Window owner, BriefingWizardViewModel vm) {
        this.stage = stage;
        this.vm = vm;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Briefing pack");
        stage.getIcons().setAll(AppLook.icons());

        WizardSteps layouts = new WizardSteps(vm);
        layouts.onChooseFolder(this::chooseFolder);
        forms.put(Step.MEETING, layouts.meeting());
        forms.put(Step.PROJECTS, layouts.projects());
        forms.put(Step.SECTIONS, layouts.sections());
        forms.put(Step.REPORT, layouts.report());
        forms.put(Step.OUTPUT, layouts.output());
        forms.forEach((step, form) -> steps.put(step, step == Step.PROJECTS ? form : scrolling(form)));
        result = result();

        content.getStyleClass().add("wizard-content");
        VBox.setVgrow(content, Priority.ALWAYS);
        BorderPane root = new BorderPane(content, header(), null, buttons(), null);
        root.getStyleClass().add("briefing-wizard");
        Scene scene = new Scene(root, 760, 700);
        AppLook.style(scene);
        scene.getStylesheets().add(BriefingWizard.class.getResource(WizardFields.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        // Radio buttons and check boxes take Enter for themselves; here Space ticks and Enter goes on, as in fields.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isAltDown() && !event.isControlDown()
                    && scene.getFocusOwner() instanceof ButtonBase toggle && !(toggle instanceof Button)) {
                defaultButton.get().ifPresent(button -> {
                    button.fire();
                    event.consume();
                });
            }
        });
        stage.setMinWidth(560);
        stage.setMinHeight(480);

        vm.stepProperty().addListener((o, was, now) -> showCurrent(true));
        vm.outcomeProperty().addListener((o, was, now) -> showCurrent(true));
        showCurrent(false);
        stage.setOnShown(event -> focusFirst());
        // Closing the window while the pack is being made cancels it rather than leaving it running unseen.
        stage.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            if (vm.workingBinding().get()) {
                vm.cancel();
                event.consume();
            }
        });
    }

    /** Shows the wizard and waits until the officer closes it. */
    public void showAndWait() {
        vm.load();
        stage.showAndWait();
    }

    /** Shows the wizard without waiting (for tests and screenshots). */
    public void show() {
        vm.load();
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private Node header() {
        Label title = new Label("Make a briefing pack");
        title.getStyleClass().add(Css.PAGE_TITLE);
        Label subtitle = new Label("Word to edit, PDF to circulate: both say the same thing.");
        subtitle.getStyleClass().add(Css.APP_SUBTITLE);
        HBox indicator = new HBox(6);
        indicator.getStyleClass().add("wizard-steps");
        indicator.setFocusTraversable(false);
        for (Step step : Step.values()) {
            Label number = new Label(Integer.toString(step.ordinal() + 1));
            number.getStyleClass().add("wizard-step-number");
            Label name = new Label(step.title(), number);
            name.getStyleClass().add("wizard-step");
            Runnable mark = () -> {
                boolean finished = vm.outcomeProperty().get() == Outcome.WRITTEN;
                name.pseudoClassStateChanged(CURRENT, !finished && vm.stepProperty().get() == step);
                name.pseudoClassStateChanged(DONE, finished || vm.stepProperty().get().ordinal() > step.ordinal());
            };
            vm.stepProperty().addListener((o, was, now) -> mark.run());
            vm.outcomeProperty().addListener((o, was, now) -> mark.run());
            mark.run();
            if (step.ordinal() > 0) {
                Label arrow = new Label("›");
                arrow.getStyleClass().add("wizard-step-arrow");
                indicator.getChildren().add(arrow);
            }
            indicator.getChildren().add(name);
        }
        indicator.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        indicator.accessibleTextProperty().bind(Bindings.createStringBinding(() -> "Step "
                + (vm.stepProperty().get().ordinal() + 1) + " of " + Step.values().length + ": "
                + vm.stepProperty().get().title(), vm.stepProperty()));
        VBox header = new VBox(4, title, subtitle, indicator);
        header.getStyleClass().add(Css.APP_HEADER);
        return header;
    }

    private VBox result() {
        Label heading = new Label();
        heading.getStyleClass().add("wizard-result-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.outcomeProperty().get()) {
            case WORKING -> "Making the briefing pack…";
            case WRITTEN -> "The briefing pack is ready";
            case CANCELLED -> "Cancelled";
            case FAILED -> "The briefing pack was not made";
            case NOT_STARTED -> "";
        }, vm.outcomeProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId(PROGRESS_ID);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.workingBinding());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setAccessibleText("Progress making the briefing pack");
        Label status = new Label();
        status.setId(STATUS_ID);
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setFocusTraversable(true);
        status.accessibleTextProperty().bind(vm.statusProperty());

        VBox files = new VBox(8);
        vm.written().addListener((ListChangeListener<Path>) change -> {
            files.getChildren().clear();
            for (Path file : vm.written()) {
                String kind = file.getFileName().toString().endsWith(".pdf") ? "PDF" : "Word document";
                Button open = new Button("Open " + kind);
                open.setId("briefingOpen-" + (kind.equals("PDF") ? "pdf" : "docx"));
                open.setAccessibleText("Open " + file.getFileName());
                open.setOnAction(event -> vm.open(file));
                // The full path, so the officer can find the file again without opening the folder.
                Label name = new Label(file.toAbsolutePath().toString());
                name.setId("briefingSaved-" + (kind.equals("PDF") ? "pdf" : "docx"));
                name.setWrapText(true);
                HBox row = new HBox(12, open, name);
                row.setAlignment(Pos.CENTER_LEFT);
                files.getChildren().add(row);
            }
            if (!vm.written().isEmpty()) {
                Button folder = new Button("Show _in folder");
                folder.setId("briefingShowFolder");
                folder.setOnAction(event -> vm.showInFolder());
                files.getChildren().add(folder);
            }
        });
        VBox box = new VBox(14, heading, progress, status, files);
        box.getStyleClass().add("wizard-step-content");
        return box;
    }

    private Node buttons() {
        BooleanBinding atOutput = vm.stepProperty().isEqualTo(Step.OUTPUT);
        BooleanBinding written = vm.outcomeProperty().isEqualTo(Outcome.WRITTEN);
        BooleanBinding working = vm.workingBinding();

        Button back = new Button("_Back");
        back.setId(BACK_ID);
        back.disableProperty().bind(working.or(vm.stepProperty().isEqualTo(Step.MEETING)
                .and(vm.outcomeProperty().isEqualTo(Outcome.NOT_STARTED))));
        back.setOnAction(event -> vm.back());
        Button next = new Button("_Next");
        next.setId(NEXT_ID);
        next.visibleProperty().bind(atOutput.not());
        next.managedProperty().bind(next.visibleProperty());
        next.disableProperty().bind(vm.stepValidBinding().not());
        next.defaultButtonProperty().bind(next.visibleProperty());
        next.setOnAction(event -> vm.next());
        Button generate = new Button("_Generate");
        generate.setId(GENERATE_ID);
        generate.visibleProperty().bind(atOutput.and(written.not()));
        generate.managedProperty().bind(generate.visibleProperty());
        generate.disableProperty().bind(vm.stepValidBinding().not().or(working));
        generate.defaultButtonProperty().bind(generate.visibleProperty().and(working.not()));
        generate.setOnAction(event -> vm.generate());
        Button cancel = new Button();
        cancel.setId(CANCEL_ID);
        cancel.textProperty().bind(Bindings.when(written).then("_Close").otherwise("_Cancel"));
        cancel.setCancelButton(true);
        cancel.defaultButtonProperty().bind(written);
        cancel.accessibleHelpProperty().bind(Bindings.when(working).then("Stops making the pack; no file is written")
                .otherwise("Closes the wizard"));
        cancel.setOnAction(event -> {
            if (vm.workingBinding().get()) {
                vm.cancel();
            } else {
                stage.close();
            }
        });
        defaultButton = () -> java.util.stream.Stream.of(next, generate, cancel)
                .filter(b -> b.isDefaultButton() && b.isVisible() && !b.isDisabled()).findFirst();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, back, next, generate, cancel);
        bar.getStyleClass().add("wizard-buttons");
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    private void showCurrent(boolean focus) {
        Node now = vm.outcomeProperty().get() == Outcome.NOT_STARTED ? steps.get(vm.stepProperty().get()) : result;
        if (content.getChildren().size() == 1 && content.getChildren().get(0) == now) {
            return;
        }
        // Only the step showing is in the scene, so only its mnemonics and tab stops are live.
        content.getChildren().setAll(now);
        if (focus) {
            focusFirst();
        }
    }

    /** Puts the keyboard on the first field of what is showing, so the officer can type straight away. */
    private void focusFirst() {
        Node now = content.getChildren().get(0);
        // Skins (a scroll pane's content among them) join the scene at the next CSS pass: make it now.
        now.applyCss();
        Node first = now == result ? result.lookup("#" + STATUS_ID)
                : forms.get(vm.stepProperty().get()).lookup(firstFocus(vm.stepProperty().get()));
        if (first != null) {
            first.requestFocus();
        }
    }

    private static String firstFocus(Step step) {
        return switch (step) {
            case MEETING -> "#" + WizardSteps.BOARD_ID;
            case PROJECTS -> ".radio-button";
            case SECTIONS -> ".check-box";
            case REPORT -> "#" + WizardSteps.PURPOSE_ID;
            case OUTPUT -> "#briefingWord";
        };
    }

    private static ScrollPane scrolling(Node step) {
        ScrollPane scroll = new ScrollPane(step);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("wizard-scroll");
        return scroll;
    }

    private void chooseFolder(javafx.scene.control.TextField field) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the briefing pack");
        Path current = vm.output().folderPath();
        if (current != null && current.toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toFile());
        }
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            vm.output().folderProperty().set(chosen.getAbsolutePath());
        }
    }
}
