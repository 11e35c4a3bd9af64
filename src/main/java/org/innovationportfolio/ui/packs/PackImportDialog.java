package org.innovationportfolio.ui.packs;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.innovationportfolio.logic.packs.Resolution;

/** The import preview: each project of the pack, how it compares with yours, and your choice for it. Layout only. */
public final class PackImportDialog {

    private final Stage stage = new Stage();
    private final PackImportViewModel viewModel;
    private final TableView<ProjectChoice> table = new TableView<>();

    public PackImportDialog(Window owner, PackImportViewModel viewModel) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import project pack");

        Label heading = new Label();
        heading.textProperty().bind(viewModel.headingProperty());
        heading.getStyleClass().add("title-4");
        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setWrapText(true);

        table.setItems(viewModel.projects());
        table.setEditable(true);
        table.setAccessibleText("Projects in the pack");
        table.setPlaceholder(new Label("Checking the pack…"));
        table.getColumns().add(column("Project", c -> c.title(), 260));
        table.getColumns().add(column("Status", c -> c.status().label(), 90));
        table.getColumns().add(column("What differs", ProjectChoice::differences, 320));
        TableColumn<ProjectChoice, Resolution> choice = new TableColumn<>("Your choice");
        choice.setCellValueFactory(cell -> cell.getValue().choiceProperty());
        choice.setCellFactory(ComboBoxTableCell.forTableColumn(new ResolutionText(), Resolution.values()));
        choice.setEditable(true);
        choice.setPrefWidth(130);
        table.getColumns().add(choice);
        table.getColumns().add(column("Notes", ProjectChoice::notes, 220));

        Label notes = new Label();
        notes.textProperty().bind(viewModel.notesProperty());
        notes.setWrapText(true);

        Button importButton = new Button("_Import");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(Bindings.not(viewModel.readyProperty()));
        importButton.setOnAction(event -> viewModel.importChosen());
        Button cancel = new Button("_Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(importButton, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().addAll(importButton, cancel);

        VBox top = new VBox(6, heading, summary);
        VBox bottom = new VBox(8, notes, buttons);
        BorderPane root = new BorderPane(table, top, null, bottom, null);
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 1080, 560));
        viewModel.doneProperty().addListener((o, was, is) -> {
            if (is) {
                stage.close();
            }
        });
    }

    public void show() {
        stage.show();
        table.requestFocus();
    }

    private static TableColumn<ProjectChoice, String> column(String title,
            java.util.function.Function<ProjectChoice, String> value, double width) {
        TableColumn<ProjectChoice, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }

    /** Shows a choice as its label ("Keep mine"). */
    private static final class ResolutionText extends StringConverter<Resolution> {
        @Override
        public String toString(Resolution resolution) {
            return resolution == null ? "" : resolution.label();
        }

        @Override
        public Resolution fromString(String text) {
            for (Resolution r : Resolution.values()) {
                if (r.label().equals(text)) {
                    return r;
                }
            }
            return null;
        }
    }
}
