package org.innovationportfolio.ui.packs;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.innovationportfolio.logic.packs.ProjectStatus;
import org.innovationportfolio.logic.packs.Resolution;
import org.innovationportfolio.ui.AppLook;

/**
 * The import preview: each project of the pack, how it compares with yours, and your choice for it;
 * below, the highlighted project's records and its choice as buttons the keyboard reaches. Layout only.
 */
public final class PackImportDialog {

    static final String TABLE_ID = "packImportTable";
    static final String RECORDS_ID = "packImportRecords";
    static final String IMPORT_ID = "packImportButton";
    /** The style class of the wrapping text in the table's cells. */
    static final String CELL_TEXT = "pack-cell-text";
    // Both sides' padding of a table cell, which the wrapped text must leave.
    private static final double CELL_PADDING = 18;

    private final Stage stage = new Stage();
    private final PackImportViewModel viewModel;
    private final TableView<ProjectChoice> table = new TableView<>();
    private final Map<Resolution, RadioButton> radios = new EnumMap<>(Resolution.class);
    private final ToggleGroup group = new ToggleGroup();
    private final Label choiceHeading = new Label();
    private final Label noChoice = new Label();
    private final RecordDifferencesView records = new RecordDifferencesView();
    private final Label projectNotes = new Label();
    private final ChangeListener<Resolution> choiceFollower = (o, was, is) -> showChoice();
    private ProjectChoice current;
    private boolean updating;

    public PackImportDialog(Window owner, PackImportViewModel viewModel) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import project pack");

        Label heading = new Label();
        heading.textProperty().bind(viewModel.headingProperty());
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        Label notes = new Label();
        notes.textProperty().bind(viewModel.notesProperty());
        notes.setWrapText(true);
        notes.setMinHeight(Region.USE_PREF_SIZE);
        notes.getStyleClass().add("text-muted");
        notes.visibleProperty().bind(viewModel.notesProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());
        VBox top = new VBox(6, heading, summary, notes);

        table.setId(TABLE_ID);
        table.setItems(viewModel.projects());
        table.setEditable(true);
        table.setAccessibleText("Projects in the pack. The choice for the highlighted project is below the table.");
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(viewModel.progressTextProperty().isEmpty())
                .then("No projects").otherwise(viewModel.progressTextProperty()));
        table.setPlaceholder(placeholder);
        table.getColumns().add(column("Project", ProjectChoice::title, 360));
        TableColumn<ProjectChoice, ProjectChoice> status = new TableColumn<>("Status");
        status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        status.setCellFactory(column -> new StatusCell());
        status.setPrefWidth(100);
        table.getColumns().add(status);
        table.getColumns().add(column("What differs", ProjectChoice::differences, 170));
        TableColumn<ProjectChoice, Resolution> choice = new TableColumn<>("Your choice");
        choice.setCellValueFactory(cell -> cell.getValue().choiceProperty());
        choice.setCellFactory(column -> new ChoiceCell());
        choice.setEditable(true);
        choice.setPrefWidth(140);
        table.getColumns().add(choice);
        TableColumn<ProjectChoice, String> action = new TableColumn<>("What will happen");
        action.setCellValueFactory(cell -> cell.getValue().actionBinding());
        action.setPrefWidth(220);
        action.setCellFactory(PackImportDialog::wrappingCell);
        table.getColumns().add(action);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> showDetail(is));
        viewModel.readyProperty().addListener((o, was, is) -> {
            if (is) {
                selectFirstThatNeedsAChoice();
            }
        });

        VBox detail = detailPane();
        VBox centre = new VBox(10, table, detail);
        centre.disableProperty().bind(viewModel.busyProperty());

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(20, 20);
        working.accessibleTextProperty().bind(viewModel.progressTextProperty());
        Label workingText = new Label();
        workingText.textProperty().bind(viewModel.progressTextProperty());
        HBox progress = new HBox(8, working, workingText);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(viewModel.busyProperty());

        Button importButton = new Button("_Import with these choices");
        importButton.setId(IMPORT_ID);
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(viewModel.readyProperty().not().or(viewModel.busyProperty()));
        importButton.setOnAction(event -> viewModel.importChosen());
        Button cancel = new Button("_Cancel");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(viewModel.busyProperty());
        cancel.setOnAction(event -> stage.close());
        HBox bottom = PackDialogParts.bottomRow(progress, importButton, cancel);

        BorderPane root = new BorderPane(centre, top, null, bottom, null);
        BorderPane.setMargin(centre, new Insets(12, 0, 12, 0));
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root, 1080, 680);
        AppLook.style(scene);
        stage.setScene(scene);
        PackDialogParts.closeWhenDone(stage, viewModel.doneProperty());
        showDetail(null);
    }

    public void show() {
        stage.show();
        table.requestFocus();
    }

    Stage stage() {
        return stage;
    }

    /** The highlighted project's choice as radio buttons, and what differs in it, record by record. */
    private VBox detailPane() {
        choiceHeading.getStyleClass().add("text-bold");
        choiceHeading.setWrapText(true);
        VBox choices = new VBox(6, choiceHeading);
        for (Resolution resolution : Resolution.values()) {
            RadioButton radio = new RadioButton();
            radio.setToggleGroup(group);
            radio.setUserData(resolution);
            radio.setWrapText(true);
            radio.managedProperty().bind(radio.visibleProperty());
            radios.put(resolution, radio);
            choices.getChildren().add(radio);
        }
        noChoice.setWrapText(true);
        noChoice.getStyleClass().add("text-muted");
        noChoice.managedProperty().bind(noChoice.visibleProperty());
        choices.getChildren().add(noChoice);
        group.selectedToggleProperty().addListener((o, was, is) -> {
            if (!updating && current != null && is != null) {
                current.choiceProperty().set((Resolution) is.getUserData());
            }
        });
        choices.setPrefWidth(420);
        choices.setMinWidth(360);

        Label recordsLabel = new Label("What _differs");
        recordsLabel.setMnemonicParsing(true);
        recordsLabel.getStyleClass().add("text-bold");
        recordsLabel.setLabelFor(records.node());
        records.node().setId(RECORDS_ID);
        VBox.setVgrow(records.node(), Priority.ALWAYS);
        records.node().setAccessibleText("What differs in the highlighted project, record by record, yours beside "
                + "theirs");
        projectNotes.setWrapText(true);
        projectNotes.setMinHeight(Region.USE_PREF_SIZE);
        projectNotes.getStyleClass().add("text-muted");
        projectNotes.managedProperty().bind(projectNotes.visibleProperty());
        VBox differs = new VBox(6, recordsLabel, records.node(), projectNotes);
        HBox.setHgrow(differs, Priority.ALWAYS);

        HBox row = new HBox(20, choices, differs);
        VBox box = new VBox(row);
        box.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 4; -fx-padding: 10;");
        return box;
    }

    private void showDetail(ProjectChoice chosen) {
        if (current != null) {
            current.choiceProperty().removeListener(choiceFollower);
        }
        current = chosen;
        if (chosen == null) {
            choiceHeading.setText("Highlight a project in the table to see what differs and choose what to do.");
            radios.values().forEach(r -> r.setVisible(false));
            noChoice.setVisible(false);
            records.show(List.of());
            projectNotes.setVisible(false);
            return;
        }
        chosen.choiceProperty().addListener(choiceFollower);
        choiceHeading.setText("Your choice for \u201c" + chosen.title() + "\u201d (" + chosen.status().label() + ")");
        radios.forEach((resolution, radio) -> {
            boolean offered = chosen.choices().contains(resolution);
            radio.setVisible(offered);
            radio.setText(mnemonic(resolution, chosen.choiceText(resolution)));
            radio.setAccessibleText(chosen.choiceText(resolution) + ", for " + chosen.title());
        });
        noChoice.setVisible(chosen.choices().isEmpty());
        noChoice.setText("Nothing in the pack would change this project, so there is nothing to choose.");
        records.show(chosen.recordChanges());
        projectNotes.setText(chosen.notes());
        projectNotes.setVisible(!chosen.notes().isEmpty());
        showChoice();
    }

    /** Keeps the radio buttons in step with the choice, however it was made. */
    private void showChoice() {
        updating = true;
        try {
            RadioButton radio = current == null ? null : radios.get(current.choiceProperty().get());
            group.selectToggle(radio != null && radio.isVisible() ? radio : null);
        } finally {
            updating = false;
        }
    }

    /** The first project in conflict, else the first updated one, else the first. */
    private void selectFirstThatNeedsAChoice() {
        for (ProjectStatus wanted : new ProjectStatus[] {ProjectStatus.CONFLICT, ProjectStatus.UPDATED}) {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).status() == wanted) {
                    table.getSelectionModel().select(i);
                    table.scrollTo(i);
                    return;
                }
            }
        }
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    /** "_Keep mine…", "_Take theirs…", "Keep _both…": Alt and a letter picks a choice. */
    private static String mnemonic(Resolution resolution, String text) {
        if (resolution == Resolution.KEEP_BOTH && text.startsWith("Keep b")) {
            return "Keep _b" + text.substring("Keep b".length());
        }
        return "_" + text;
    }

    private static TableColumn<ProjectChoice, String> column(String title, Function<ProjectChoice, String> value,
            double width) {
        TableColumn<ProjectChoice, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        // A long title wraps onto more lines in a narrow window rather than being cut to an ellipsis.
        column.setCellFactory(PackImportDialog::wrappingCell);
        return column;
    }

    /** A cell whose text wraps to the column's width, so a project's whole name shows however narrow. */
    private static TableCell<ProjectChoice, String> wrappingCell(TableColumn<ProjectChoice, String> column) {
        return new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add(CELL_TEXT);
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
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

    /** The status in words, with a colour as well (never the colour alone). */
    private static final class StatusCell extends TableCell<ProjectChoice, ProjectChoice> {
        @Override
        protected void updateItem(ProjectChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label label = new Label(item.status().label());
            label.getStyleClass().add(switch (item.status()) {
                case NEW -> "accent";
                case UPDATED -> "success";
                case CONFLICT -> "danger";
                case UNCHANGED -> "text-muted";
            });
            if (item.status() == ProjectStatus.CONFLICT) {
                label.getStyleClass().add("text-bold");
            }
            setText(null);
            setGraphic(label);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setAccessibleText("Status: " + item.status().label());
        }
    }

    /** The choice, as a drop-down of the choices that mean something for the row's project, in its words. */
    private static final class ChoiceCell extends ComboBoxTableCell<ProjectChoice, Resolution> {

        private ProjectChoice row() {
            return getTableRow() == null ? null : getTableRow().getItem();
        }

        @Override
        public void startEdit() {
            ProjectChoice row = row();
            if (row == null || row.choices().isEmpty()) {
                return;
            }
            setConverter(new ResolutionText(row));
            getItems().setAll(row.choices());
            super.startEdit();
        }

        @Override
        public void updateItem(Resolution item, boolean empty) {
            ProjectChoice row = row();
            if (row != null) {
                setConverter(new ResolutionText(row));
            }
            super.updateItem(item, empty);
            if (!empty && row != null && !isEditing()) {
                setText(row.shortChoiceText(item));
            }
        }
    }

    /** Shows a choice as the row's project words it ("Keep mine", or "Add" for a new project). */
    private static final class ResolutionText extends StringConverter<Resolution> {

        private final ProjectChoice row;

        ResolutionText(ProjectChoice row) {
            this.row = row;
        }

        @Override
        public String toString(Resolution resolution) {
            return resolution == null ? "" : row.shortChoiceText(resolution);
        }

        @Override
        public Resolution fromString(String text) {
            for (Resolution r : Resolution.values()) {
                if (row.shortChoiceText(r).equals(text)) {
                    return r;
                }
            }
            return null;
        }
    }
}
