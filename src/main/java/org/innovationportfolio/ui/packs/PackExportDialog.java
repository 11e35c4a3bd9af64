package org.innovationportfolio.ui.packs;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.innovationportfolio.logic.packs.PackFormat;
import org.innovationportfolio.ui.AppLook;

/** Choose projects and what to withhold, see what will leave, then pick where to write the pack. Layout only. */
public final class PackExportDialog {

    static final String PROJECTS_ID = "packExportProjects";
    static final String PREVIEW_ID = "packExportPreview";
    static final String EXPORT_ID = "packExportButton";
    static final String FUNDING_ID = "packExportWithoutFunding";
    static final String DOCUMENTS_ID = "packExportWithoutDocuments";
    static final String TICK_NONE_ID = "packExportTickNone";

    private final Stage stage = new Stage();
    private final PackExportViewModel viewModel;
    private final Function<String, Path> chooseTarget;
    private final ListView<PackExportViewModel.Choice> projects;

    /** The dialog, asking where to save with the platform's file chooser. */
    public PackExportDialog(Window owner, PackExportViewModel viewModel) {
        this(owner, viewModel, null);
    }

    /**
     * @param chooseTarget given a suggested file name, returns where to write the pack, or null to go back;
     *     null for the platform's file chooser
     */
    PackExportDialog(Window owner, PackExportViewModel viewModel, Function<String, Path> chooseTarget) {
        this.viewModel = viewModel;
        this.chooseTarget = chooseTarget != null ? chooseTarget : this::askForFile;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export project pack");

        projects = new ListView<>(viewModel.projects());
        projects.setId(PROJECTS_ID);
        projects.setCellFactory(CheckBoxListCell.forListView(PackExportViewModel.Choice::selected, new ChoiceText()));
        projects.setAccessibleText("Projects to send. Space ticks or unticks the highlighted project.");
        // The ticks are not focusable in their cells, so Space on the highlighted row ticks it.
        projects.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            PackExportViewModel.Choice focused = projects.getFocusModel().getFocusedItem();
            if (event.getCode() == KeyCode.SPACE && focused != null) {
                focused.selected().set(!focused.selected().get());
                event.consume();
            }
        });
        VBox.setVgrow(projects, Priority.ALWAYS);
        Label projectsLabel = heading("_Projects to send");
        projectsLabel.setLabelFor(projects);
        Button all = new Button("Tick _all");
        all.setOnAction(event -> viewModel.chooseAll(true));
        Button none = new Button("Tick n_one");
        none.setId(TICK_NONE_ID);
        none.setOnAction(event -> viewModel.chooseAll(false));
        Label count = new Label();
        count.textProperty().bind(viewModel.chosenCountProperty());
        count.getStyleClass().add("text-muted");
        HBox listButtons = new HBox(8, all, none, count);
        listButtons.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(6, projectsLabel, projects, listButtons);
        left.setPrefWidth(500);

        Label senderLabel = new Label("Your _name:");
        senderLabel.setMnemonicParsing(true);
        TextField sender = new TextField();
        sender.textProperty().bindBidirectional(viewModel.senderNameProperty());
        senderLabel.setLabelFor(sender);
        sender.setAccessibleText("Your name, shown to whoever imports the pack");
        HBox.setHgrow(sender, Priority.ALWAYS);
        HBox senderRow = new HBox(8, senderLabel, sender);
        senderRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox funding = new CheckBox("Withhold _funding figures");
        funding.setId(FUNDING_ID);
        funding.selectedProperty().bindBidirectional(viewModel.withoutFundingProperty());
        CheckBox risks = new CheckBox("Withhold _risks");
        risks.selectedProperty().bindBidirectional(viewModel.withoutRisksProperty());
        CheckBox documents = new CheckBox("Withhold attached _documents");
        documents.setId(DOCUMENTS_ID);
        documents.selectedProperty().bindBidirectional(viewModel.withoutDocumentsProperty());
        Label privateNotes = new Label("Private notes never leave this computer, whatever you choose.");
        privateNotes.setWrapText(true);
        privateNotes.getStyleClass().add("text-muted");

        Label preview = new Label();
        preview.setId(PREVIEW_ID);
        preview.textProperty().bind(viewModel.previewProperty());
        preview.accessibleTextProperty().bind(Bindings.concat("What the pack will hold: ", viewModel.previewProperty()));
        preview.setWrapText(true);
        preview.setMinHeight(Region.USE_PREF_SIZE);
        preview.getStyleClass().add("pack-preview");
        preview.setStyle("-fx-background-color: -color-bg-subtle; -fx-border-color: -color-border-default;"
                + " -fx-border-radius: 4; -fx-background-radius: 4; -fx-padding: 8;");
        preview.setMaxWidth(Double.MAX_VALUE);

        Label problem = new Label();
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);
        problem.getStyleClass().add("warning");

        VBox right = new VBox(10, senderRow, heading("Leave out"), funding, risks, documents, privateNotes,
                heading("What the pack will hold"), preview, problem);
        right.setPrefWidth(380);
        HBox.setHgrow(right, Priority.ALWAYS);

        HBox centre = new HBox(20, left, right);
        centre.disableProperty().bind(viewModel.busyProperty());

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(20, 20);
        Label workingText = new Label();
        workingText.textProperty().bind(viewModel.progressTextProperty());
        HBox progress = new HBox(8, working, workingText);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(viewModel.busyProperty());
        working.setAccessibleText("Writing the pack");

        Button export = new Button("_Export…");
        export.setId(EXPORT_ID);
        export.setDefaultButton(true);
        export.disableProperty().bind(viewModel.canExportProperty().not());
        export.setOnAction(event -> chooseFileAndExport());
        Button cancel = new Button("_Cancel");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(viewModel.busyProperty());
        cancel.setOnAction(event -> stage.close());
        HBox bottom = PackDialogParts.bottomRow(progress, export, cancel);

        BorderPane root = new BorderPane(centre, null, null, bottom, null);
        BorderPane.setMargin(bottom, new Insets(16, 0, 0, 0));
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root, 960, 560);
        AppLook.style(scene);
        stage.setScene(scene);
        PackDialogParts.closeWhenDone(stage, viewModel.doneProperty());
    }

    public void show() {
        stage.show();
        projects.requestFocus();
        projects.getFocusModel().focus(0);
        viewModel.refreshPreview();
    }

    Stage stage() {
        return stage;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.getStyleClass().add("text-bold");
        return label;
    }

    private void chooseFileAndExport() {
        Path target = chooseTarget.apply(viewModel.suggestedFileName());
        if (target != null) {
            viewModel.export(target);
        }
    }

    private Path askForFile(String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save project pack");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Project packs", "*" + PackFormat.EXTENSION));
        chooser.setInitialFileName(suggested);
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return null;
        }
        Path path = file.toPath();
        return path.getFileName().toString().endsWith(PackFormat.EXTENSION) ? path
                : path.resolveSibling(path.getFileName() + PackFormat.EXTENSION);
    }

    /** Shows a project as its title. */
    private static final class ChoiceText extends StringConverter<PackExportViewModel.Choice> {
        @Override
        public String toString(PackExportViewModel.Choice choice) {
            return choice == null ? "" : choice.title();
        }

        @Override
        public PackExportViewModel.Choice fromString(String text) {
            return null;
        }
    }
}
