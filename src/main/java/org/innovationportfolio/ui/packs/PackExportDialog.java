package org.innovationportfolio.ui.packs;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.innovationportfolio.logic.packs.PackFormat;

/** Choose projects and what to withhold, see what will leave, then pick where to write the pack. Layout only. */
public final class PackExportDialog {

    private final Stage stage = new Stage();
    private final PackExportViewModel viewModel;

    public PackExportDialog(Window owner, PackExportViewModel viewModel) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export project pack");

        ListView<PackExportViewModel.Choice> projects = new ListView<>(viewModel.projects());
        projects.setCellFactory(CheckBoxListCell.forListView(PackExportViewModel.Choice::selected,
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(PackExportViewModel.Choice choice) {
                        return choice == null ? "" : choice.title();
                    }

                    @Override
                    public PackExportViewModel.Choice fromString(String text) {
                        return null;
                    }
                }));
        projects.setAccessibleText("Projects to send");

        CheckBox funding = new CheckBox("Withhold _funding figures");
        funding.selectedProperty().bindBidirectional(viewModel.withoutFundingProperty());
        CheckBox risks = new CheckBox("Withhold _risks");
        risks.selectedProperty().bindBidirectional(viewModel.withoutRisksProperty());
        Label senderLabel = new Label("Your _name:");
        TextField sender = new TextField();
        sender.textProperty().bindBidirectional(viewModel.senderNameProperty());
        senderLabel.setLabelFor(sender);
        senderLabel.setMnemonicParsing(true);
        sender.setAccessibleText("Your name, shown to whoever imports the pack");

        Label preview = new Label();
        preview.textProperty().bind(viewModel.previewProperty());
        preview.setWrapText(true);
        preview.setAccessibleText("What the pack will hold and what it will not");

        Button export = new Button("_Export…");
        export.setDefaultButton(true);
        export.setOnAction(event -> chooseFileAndExport());
        Button cancel = new Button("_Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(export, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().addAll(export, cancel);

        VBox options = new VBox(8, new HBox(6, senderLabel, sender), funding, risks,
                new Label("Private notes never leave this computer."), preview);
        options.setPrefWidth(360);
        BorderPane root = new BorderPane(projects, null, options, buttons, null);
        BorderPane.setMargin(options, new Insets(0, 0, 0, 12));
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 820, 480));
    }

    public void show() {
        stage.show();
        viewModel.refreshPreview();
    }

    private void chooseFileAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save project pack");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Project packs", "*" + PackFormat.EXTENSION));
        chooser.setInitialFileName("projects" + PackFormat.EXTENSION);
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            viewModel.export(file.toPath());
            stage.close();
        }
    }
}
