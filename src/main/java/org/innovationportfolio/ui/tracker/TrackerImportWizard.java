package org.innovationportfolio.ui.tracker;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.innovationportfolio.ui.AppLook;
import org.innovationportfolio.ui.Css;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.FxDialogService;
import org.innovationportfolio.ui.tracker.TrackerImportViewModel.SheetOption;
import org.innovationportfolio.ui.tracker.TrackerImportViewModel.Step;

/**
 * File › Import spreadsheet tracker…: a window that reads the officer's tracker and goes step by step (the sheet
 * when there are several, the columns, the preview row by row), then imports and offers Undo. Layout only; the
 * state and commands are in {@link TrackerImportViewModel}.
 */
public final class TrackerImportWizard {

    static final String BACK_ID = "trackerBack";
    static final String NEXT_ID = "trackerNext";
    static final String IMPORT_ID = "trackerImport";
    static final String CLOSE_ID = "trackerClose";
    static final String UNDO_ID = "trackerUndo";
    static final String ROWS_ID = "trackerRows";
    static final String MESSAGE_ID = "trackerMessage";
    static final String RESULT_ID = "trackerResult";
    static final String PROBLEM_ID = "trackerMappingProblem";
    /** The drop-down of column {@code index}: {@code "trackerColumn-" + index}. */
    static final String COLUMN_ID = "trackerColumn-";
    private static final String STYLESHEET = "/org/innovationportfolio/ui/briefing/briefing.css";
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    // Both sides' padding of a table cell, which the wrapped text must leave.
    private static final double CELL_PADDING = 18;

    private final Stage stage;
    private final TrackerImportViewModel vm;
    private final StackPane content = new StackPane();
    private final VBox waiting;
    private final VBox sheetStep;
    private final VBox columnStep;
    private final VBox previewStep;
    private final VBox doneStep;
    private final TableView<PreviewLine> table = new TableView<>();
    private final Button nextButton = new Button("_Next");

    /**
     * Opens the wizard over {@code owner} on {@code file}; the view model's messages belong to the wizard's own
     * window, so they appear over it.
     */
    public static TrackerImportWizard open(Window owner, Path file,
            Function<DialogService, TrackerImportViewModel> viewModel) {
        Stage stage = new Stage();
        TrackerImportWizard wizard = new TrackerImportWizard(stage, owner, viewModel.apply(new FxDialogService(stage)));
        wizard.stage.show();
        wizard.vm.open(file);
        return wizard;
    }

    TrackerImportWizard(Stage stage, Window owner, TrackerImportViewModel vm) {
        this.stage = stage;
        this.vm = vm;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(TrackerImportViewModel.TITLE);
        stage.getIcons().setAll(AppLook.icons());

        waiting = waiting();
        sheetStep = sheetStep();
        columnStep = columnStep();
        previewStep = previewStep();
        doneStep = doneStep();
        content.getStyleClass().add("wizard-content");
        BorderPane root = new BorderPane(content, header(), null, buttons(), null);
        root.getStyleClass().add("briefing-wizard");
        // The window's text size (View › Larger text) is the main window's root style: follow it.
        if (owner != null && owner.getScene() != null && owner.getScene().getRoot() != null) {
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        Scene scene = new Scene(root, 960, 680);
        AppLook.style(scene);
        scene.getStylesheets().add(TrackerImportWizard.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        // A radio button takes Enter for itself: here Space chooses and Enter goes on, as in the briefing wizard.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isAltDown() && !event.isControlDown()
                    && scene.getFocusOwner() instanceof RadioButton && !nextButton.isDisabled()
                    && nextButton.isVisible()) {
                nextButton.fire();
                event.consume();
            }
        });
        stage.setMinWidth(600);
        stage.setMinHeight(460);

        vm.stepProperty().addListener((o, was, now) -> showCurrent());
        vm.busyProperty().addListener((o, was, now) -> showCurrent());
        vm.failedProperty().addListener((o, was, now) -> showCurrent());
        showCurrent();
        stage.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            if (vm.busyProperty().get()) {
                // An import half-way is one transaction: it finishes (or not) whole; the window waits for it.
                event.consume();
            }
        });
    }

    Stage stage() {
        return stage;
    }

    private Node header() {
        Label title = new Label("Bring in a spreadsheet tracker");
        title.getStyleClass().add(Css.PAGE_TITLE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        // The file's name beside the title, so the steps keep their room on a laptop at larger text.
        Label file = new Label();
        file.textProperty().bind(vm.headingProperty());
        file.getStyleClass().add(Css.APP_SUBTITLE);
        file.setMinWidth(0);
        HBox titleRow = new HBox(16, title, file);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        HBox indicator = new HBox(6);
        indicator.getStyleClass().add("wizard-steps");
        for (Step step : Step.values()) {
            Label number = new Label(Integer.toString(step.ordinal() + 1));
            number.getStyleClass().add("wizard-step-number");
            Label name = new Label(step.title(), number);
            name.getStyleClass().add("wizard-step");
            Runnable mark = () -> {
                name.pseudoClassStateChanged(CURRENT, vm.stepProperty().get() == step);
                name.pseudoClassStateChanged(DONE, vm.stepProperty().get().ordinal() > step.ordinal());
            };
            vm.stepProperty().addListener((o, was, now) -> mark.run());
            mark.run();
            if (step == Step.SHEET) {
                // Shown only for a workbook with more than one sheet.
                name.visibleProperty().bind(Bindings.size(vm.sheets()).greaterThan(1));
                name.managedProperty().bind(name.visibleProperty());
            } else if (step.ordinal() > 0) {
                Label arrow = new Label("›");
                arrow.getStyleClass().add("wizard-step-arrow");
                if (step == Step.COLUMNS) {
                    arrow.visibleProperty().bind(Bindings.size(vm.sheets()).greaterThan(1));
                    arrow.managedProperty().bind(arrow.visibleProperty());
                }
                indicator.getChildren().add(arrow);
            }
            indicator.getChildren().add(name);
        }
        // The steps mean nothing until the file is read, nor for a file that cannot be.
        indicator.visibleProperty().bind(Bindings.isNotEmpty(vm.sheets()).and(vm.failedProperty().not()));
        indicator.managedProperty().bind(indicator.visibleProperty());
        indicator.setAccessibleRole(AccessibleRole.TEXT);
        indicator.accessibleTextProperty().bind(Bindings.createStringBinding(() -> "Step: "
                + vm.stepProperty().get().title(), vm.stepProperty()));
        VBox header = new VBox(4, titleRow, indicator);
        header.getStyleClass().add(Css.APP_HEADER);
        return header;
    }

    private VBox waiting() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        spinner.accessibleTextProperty().bind(vm.progressTextProperty());
        Label working = new Label();
        working.textProperty().bind(vm.progressTextProperty());
        working.setWrapText(true);
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setFocusTraversable(true);
        message.accessibleTextProperty().bind(vm.messageProperty());
        message.getStyleClass().add("field-error");
        message.visibleProperty().bind(vm.failedProperty());
        message.managedProperty().bind(message.visibleProperty());
        VBox box = new VBox(14, spinner, working, message);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("wizard-step-content");
        return box;
    }

    private VBox sheetStep() {
        Label question = new Label("The workbook has more than one sheet. Which one is the tracker?");
        question.setWrapText(true);
        question.getStyleClass().add("field-label");
        ToggleGroup group = new ToggleGroup();
        VBox radios = new VBox(8);
        Runnable fill = () -> {
            radios.getChildren().clear();
            group.getToggles().clear();
            for (SheetOption option : vm.sheets()) {
                RadioButton radio = new RadioButton(option.toString());
                radio.setMnemonicParsing(false);
                radio.setWrapText(true);
                radio.setUserData(option);
                radio.setToggleGroup(group);
                radio.setSelected(option.equals(vm.sheetProperty().get()));
                radios.getChildren().add(radio);
            }
        };
        vm.sheets().addListener((ListChangeListener<SheetOption>) change -> fill.run());
        vm.sheetProperty().addListener((o, was, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData().equals(now)).findFirst().ifPresent(group::selectToggle));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.sheetProperty().set((SheetOption) now.getUserData());
            }
        });
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> vm.sheetProperty().get() != null
                && vm.sheetProperty().get().guess().isEmpty() ? "No header row on this sheet names a project column "
                + "(Project, Scheme, Initiative or Title). Choose another sheet." : "", vm.sheetProperty()));
        return step(question, radios, problem);
    }

    private VBox columnStep() {
        Label note = new Label();
        note.textProperty().bind(vm.mappingNoteProperty());
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(25);
        ColumnConstraints field = new ColumnConstraints();
        field.setPercentWidth(33);
        ColumnConstraints sample = new ColumnConstraints();
        sample.setPercentWidth(38);
        grid.getColumnConstraints().setAll(name, field, sample);
        Runnable fill = () -> {
            grid.getChildren().clear();
            grid.addRow(0, heading("Column in the spreadsheet"), heading("Imported as"), heading("First values"));
            int r = 1;
            for (MappingRow row : vm.columns()) {
                ComboBox<FieldChoice> combo = new ComboBox<>(vm.choices());
                combo.setId(COLUMN_ID + row.index());
                combo.valueProperty().bindBidirectional(row.choice());
                combo.setMaxWidth(Double.MAX_VALUE);
                combo.setVisibleRowCount(12);
                combo.setAccessibleText("Column " + row.letter() + ", headed " + row.header() + ": imported as");
                combo.setAccessibleHelp("First values: " + row.sample());
                Label label = new Label(row.name());
                label.setLabelFor(combo);
                label.setWrapText(true);
                label.getStyleClass().add("text-bold");
                Label values = new Label(row.sample());
                values.setWrapText(true);
                values.getStyleClass().add("text-muted");
                grid.addRow(r++, label, combo, values);
            }
        };
        vm.columns().addListener((ListChangeListener<MappingRow>) change -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("wizard-scroll");
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId(PROBLEM_ID);
        problem.textProperty().bind(vm.mappingProblemProperty());
        problem.setWrapText(true);
        problem.getStyleClass().add("field-error");
        problem.visibleProperty().bind(vm.mappingProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox box = step(note, scroll, problem);
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        return label;
    }

    private VBox previewStep() {
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        table.setId(ROWS_ID);
        table.setItems(vm.rows());
        table.setEditable(true);
        table.setAccessibleText("The tracker's rows and what importing does with each. Space ticks or unticks a row "
                + "matched to your project by its title.");
        table.setPlaceholder(new Label("The tracker has no rows under its headers."));
        TableColumn<PreviewLine, PreviewLine> include = new TableColumn<>("Import");
        include.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        include.setCellFactory(column -> new IncludeCell());
        include.setPrefWidth(70);
        include.setSortable(false);
        TableColumn<PreviewLine, PreviewLine> what = new TableColumn<>("Status");
        what.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        what.setCellFactory(column -> new WhatCell());
        what.setPrefWidth(110);
        what.setSortable(false);
        TableColumn<PreviewLine, String> number = text("Row", PreviewLine::where, 55);
        TableColumn<PreviewLine, String> title = text("Project", PreviewLine::title, 220);
        TableColumn<PreviewLine, String> details = text("Changes, or why refused", PreviewLine::details, 420);
        table.getColumns().setAll(java.util.List.of(include, number, what, title, details));
        // Widths in ems, so the headings stay whole at View › Larger text.
        summary.fontProperty().addListener((o, was, font) -> {
            double em = font.getSize();
            include.setMinWidth(5.2 * em);
            include.setPrefWidth(5.2 * em);
            number.setMinWidth(4 * em);
            what.setMinWidth(6.5 * em);
            what.setPrefWidth(6.5 * em);
            title.setPrefWidth(8.5 * em);
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        // A table of check boxes gives the keyboard no way to tick: Space does it for the highlighted row.
        table.setOnKeyPressed(event -> {
            PreviewLine line = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.SPACE && line != null && line.needsConfirming()) {
                line.includedProperty().set(!line.includedProperty().get());
                table.refresh();
                event.consume();
            }
        });
        return step(summary, table);
    }

    private static TableColumn<PreviewLine, String> text(String title,
            Function<PreviewLine, String> value, double width) {
        TableColumn<PreviewLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellFactory(TrackerImportWizard::wrappingCell);
        return column;
    }

    /** A cell whose text wraps to the column's width, so a reason or a change is read whole however narrow. */
    private static TableCell<PreviewLine, String> wrappingCell(TableColumn<PreviewLine, String> column) {
        return new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
                text.getStyleClass().add("tracker-cell-text");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
                setAccessibleText(empty ? null : item);
            }
        };
    }

    private VBox doneStep() {
        Label heading = new Label("Imported");
        heading.getStyleClass().add("wizard-result-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.resultProperty().get().startsWith("Imported")
                ? "The tracker is imported" : "The import is undone", vm.resultProperty()));
        Label result = new Label();
        result.setId(RESULT_ID);
        result.textProperty().bind(vm.resultProperty());
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.setFocusTraversable(true);
        result.accessibleTextProperty().bind(vm.resultProperty());
        Button undo = new Button("_Undo this import…");
        undo.setId(UNDO_ID);
        undo.setOnAction(event -> vm.undo());
        undo.disableProperty().bind(vm.canUndoProperty().not().or(vm.busyProperty()));
        undo.visibleProperty().bind(vm.canUndoProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        return step(heading, result, undo);
    }

    private Node buttons() {
        BooleanBinding busy = vm.busyProperty().or(vm.failedProperty());
        BooleanBinding atPreview = vm.stepProperty().isEqualTo(Step.PREVIEW);
        BooleanBinding atDone = vm.stepProperty().isEqualTo(Step.DONE);
        Button back = new Button("_Back");
        back.setId(BACK_ID);
        back.setOnAction(event -> vm.back());
        back.visibleProperty().bind(atDone.not().and(vm.failedProperty().not()));
        back.managedProperty().bind(back.visibleProperty());
        back.disableProperty().bind(busy.or(atDone).or(vm.stepProperty().isEqualTo(Step.SHEET))
                .or(vm.stepProperty().isEqualTo(Step.COLUMNS).and(Bindings.size(vm.sheets()).lessThan(2))));
        Button next = nextButton;
        next.setId(NEXT_ID);
        next.setOnAction(event -> vm.next());
        next.visibleProperty().bind(atPreview.not().and(atDone.not()).and(vm.failedProperty().not()));
        next.managedProperty().bind(next.visibleProperty());
        next.disableProperty().bind(busy.or(Bindings.createBooleanBinding(() -> switch (vm.stepProperty().get()) {
            case SHEET -> vm.sheetProperty().get() == null || vm.sheetProperty().get().guess().isEmpty();
            case COLUMNS -> !vm.mappingProblemProperty().get().isEmpty();
            default -> true;
        }, vm.stepProperty(), vm.sheetProperty(), vm.mappingProblemProperty())));
        next.defaultButtonProperty().bind(next.visibleProperty());
        Button importButton = new Button();
        importButton.setId(IMPORT_ID);
        importButton.textProperty().bind(Bindings.createStringBinding(() -> "_Import " + vm.toImportProperty().get()
                + (vm.toImportProperty().get() == 1 ? " row" : " rows"), vm.toImportProperty()));
        importButton.setOnAction(event -> vm.importRows());
        importButton.visibleProperty().bind(atPreview);
        importButton.managedProperty().bind(importButton.visibleProperty());
        importButton.disableProperty().bind(busy.or(vm.toImportProperty().isEqualTo(0)));
        importButton.defaultButtonProperty().bind(atPreview);
        importButton.setAccessibleHelp("Backs up your portfolio first, then adds and updates the ticked rows; refused "
                + "rows are left out");
        Button close = new Button();
        close.setId(CLOSE_ID);
        close.textProperty().bind(Bindings.when(atDone.or(vm.failedProperty())).then("_Close").otherwise("_Cancel"));
        close.setCancelButton(true);
        close.disableProperty().bind(vm.busyProperty());
        close.setOnAction(event -> stage.close());

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(20, 20);
        working.accessibleTextProperty().bind(vm.progressTextProperty());
        Label workingText = new Label();
        workingText.textProperty().bind(vm.progressTextProperty());
        HBox progress = new HBox(8, working, workingText);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(vm.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, progress, spacer, back, next, importButton, close);
        bar.getStyleClass().add("wizard-buttons");
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    private void showCurrent() {
        Node now;
        if (vm.failedProperty().get() || vm.busyProperty().get() && content.getChildren().isEmpty()) {
            now = waiting;
        } else if (vm.busyProperty().get()) {
            // Stay on the step while work runs; the bottom row shows the progress.
            content.getChildren().get(0).setDisable(true);
            return;
        } else {
            now = switch (vm.stepProperty().get()) {
                case SHEET -> sheetStep;
                case COLUMNS -> columnStep;
                case PREVIEW -> previewStep;
                case DONE -> doneStep;
            };
        }
        now.setDisable(false);
        if (content.getChildren().size() == 1 && content.getChildren().get(0) == now) {
            return;
        }
        // Only the step showing is in the scene, so only its mnemonics and tab stops are live.
        content.getChildren().setAll(now);
        focusFirst(now);
    }

    /** Puts the keyboard on the first thing to read or change in the step now showing. */
    private void focusFirst(Node now) {
        now.applyCss();
        Node first = now == waiting ? waiting.lookup("#" + MESSAGE_ID)
                : now == sheetStep ? sheetStep.lookupAll(".radio-button").stream()
                        .filter(r -> r instanceof RadioButton radio && radio.isSelected()).findFirst()
                        .orElse(sheetStep.lookup(".radio-button"))
                : now == columnStep ? columnStep.lookup(".combo-box")
                : now == previewStep ? table
                : doneStep.lookup("#" + RESULT_ID);
        if (first != null) {
            first.requestFocus();
        }
        if (now == previewStep && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        }
    }

    private static VBox step(Node... children) {
        VBox step = new VBox(14, children);
        step.getStyleClass().add("wizard-step-content");
        return step;
    }

    /** The tick for a row matched by title; other rows say in words whether they are imported. */
    private static final class IncludeCell extends TableCell<PreviewLine, PreviewLine> {
        private final CheckBox box = new CheckBox();
        private PreviewLine bound;

        @Override
        protected void updateItem(PreviewLine item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.includedProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            if (item.needsConfirming()) {
                bound = item;
                box.selectedProperty().bindBidirectional(item.includedProperty());
                box.setAccessibleText("Import row " + item.number() + ", matched by title to " + item.title());
                // The table's Space key ticks the highlighted row; the box itself stays out of the tab order.
                box.setFocusTraversable(false);
                setText(null);
                setGraphic(box);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            } else {
                setGraphic(null);
                setText(item.imports() ? "Yes" : "No");
            }
        }
    }

    /** What happens to the row, in words with a colour as well (never the colour alone). */
    private static final class WhatCell extends TableCell<PreviewLine, PreviewLine> {
        @Override
        protected void updateItem(PreviewLine item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label label = new Label(item.what());
            label.getStyleClass().add(switch (item.kind()) {
                case NEW -> "accent";
                case UPDATE -> "success";
                case REFUSED -> "danger";
                case UNCHANGED -> "text-muted";
            });
            if (item.kind() == org.innovationportfolio.logic.tracker.TrackerPreview.Kind.REFUSED) {
                label.getStyleClass().add("text-bold");
            }
            setText(null);
            setGraphic(label);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setAccessibleText(item.spoken());
        }
    }
}
