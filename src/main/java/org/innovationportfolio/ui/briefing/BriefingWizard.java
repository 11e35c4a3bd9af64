package org.innovationportfolio.ui.briefing;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.logic.briefing.Marking;

/** The "Briefing pack" dialog: layout only; its state and commands are in {@link BriefingWizardViewModel}. */
public final class BriefingWizard {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final BriefingWizardViewModel viewModel;

    public BriefingWizard(Window owner, BriefingWizardViewModel viewModel) {
        this.viewModel = viewModel;
        dialog.initOwner(owner);
        dialog.setTitle("Briefing pack");
        dialog.setHeaderText("Make a briefing pack for a board: Word to edit, PDF to circulate");
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(form());
        ButtonType make = new ButtonType("_Make pack", ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType("_Close", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(make, close);
        Button makeButton = (Button) dialog.getDialogPane().lookupButton(make);
        makeButton.disableProperty().bind(viewModel.readyBinding().not());
        makeButton.setDefaultButton(true);
        // Making the pack keeps the dialog open, so the officer sees progress and can cancel.
        makeButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.makePack();
        });
        Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
        closeButton.disableProperty().bind(viewModel.workingProperty());
    }

    /** Shows the dialog and waits until the officer closes it. */
    public void showAndWait() {
        viewModel.load();
        dialog.showAndWait();
    }

    private VBox form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);

        TextField board = new TextField();
        board.textProperty().bindBidirectional(viewModel.boardProperty());
        DatePicker date = new DatePicker();
        date.valueProperty().bindBidirectional(viewModel.meetingDateProperty());
        TextField author = new TextField();
        author.setPromptText("Your name and role (optional)");
        author.textProperty().bindBidirectional(viewModel.authorProperty());
        ComboBox<Marking> marking = new ComboBox<>();
        marking.getItems().setAll(Marking.values());
        marking.valueProperty().bindBidirectional(viewModel.markingProperty());
        row(grid, 0, "_Board or meeting", board);
        row(grid, 1, "Meeting _date", date);
        row(grid, 2, "_Author", author);
        row(grid, 3, "_Marking", marking);

        ListView<ProjectChoice> projects = new ListView<>(viewModel.projects());
        projects.setCellFactory(CheckBoxListCell.forListView(ProjectChoice::chosenProperty, new StringConverter<>() {
            @Override
            public String toString(ProjectChoice choice) {
                return choice == null ? "" : choice.toString();
            }

            @Override
            public ProjectChoice fromString(String text) {
                return null;
            }
        }));
        projects.setPrefHeight(180);
        projects.setAccessibleText("Projects in the pack: space ticks or unticks the selected project");
        row(grid, 4, "_Projects", projects);

        FlowPane sections = new FlowPane(12, 6);
        for (BriefingSection section : BriefingSection.values()) {
            CheckBox box = new CheckBox(section.title());
            box.selectedProperty().bindBidirectional(viewModel.sectionProperty(section));
            sections.getChildren().add(box);
        }
        row(grid, 5, "_Sections", sections);

        CheckBox word = new CheckBox("_Word (.docx)");
        word.selectedProperty().bindBidirectional(viewModel.wordProperty());
        CheckBox pdf = new CheckBox("P_DF, accessible (.pdf)");
        pdf.selectedProperty().bindBidirectional(viewModel.pdfProperty());
        row(grid, 6, "_Formats", new HBox(16, word, pdf));

        TextField folder = new TextField();
        folder.setEditable(false);
        folder.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.folderProperty().get() == null ? "" : viewModel.folderProperty().get().toString(),
                viewModel.folderProperty()));
        Button choose = new Button("C_hoose…");
        choose.setOnAction(event -> chooseFolder());
        HBox.setHgrow(folder, Priority.ALWAYS);
        row(grid, 7, "Fo_lder", new HBox(8, folder, choose));
        TextField name = new TextField();
        name.textProperty().bindBidirectional(viewModel.fileNameProperty());
        row(grid, 8, "File _name", name);

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.workingProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button("Ca_ncel making");
        cancel.visibleProperty().bind(viewModel.workingProperty());
        cancel.setOnAction(event -> viewModel.cancel());
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label status = new Label();
        status.textProperty().bind(Bindings.createStringBinding(() -> viewModel.workingProperty().get()
                || viewModel.problem() == null ? viewModel.statusProperty().get() : viewModel.problem(),
                viewModel.statusProperty(), viewModel.readyBinding(), viewModel.workingProperty()));
        status.setWrapText(true);

        VBox root = new VBox(12, grid, new HBox(8, progress, cancel), status);
        root.setPadding(new Insets(8));
        root.setPrefWidth(640);
        return root;
    }

    private static void row(GridPane grid, int row, String label, javafx.scene.Node field) {
        Label text = new Label(label);
        text.setMnemonicParsing(true);
        text.setLabelFor(field);
        grid.add(text, 0, row);
        grid.add(field, 1, row);
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the briefing pack");
        if (viewModel.folderProperty().get() != null && viewModel.folderProperty().get().toFile().isDirectory()) {
            chooser.setInitialDirectory(viewModel.folderProperty().get().toFile());
        }
        File chosen = chooser.showDialog(dialog.getOwner());
        if (chosen != null) {
            viewModel.folderProperty().set(chosen.toPath());
        }
    }
}
