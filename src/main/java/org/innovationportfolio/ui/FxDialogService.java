package org.innovationportfolio.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The {@link DialogService} as modal JavaFX alerts, themed like the window that owns them. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    /** @param owner the window the dialogs belong to; null for a dialog before any window exists */
    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, title, title, message);
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String heading, String message) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, heading, message);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String heading, String message, String acceptText, String declineText) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, heading, message);
        ButtonType accept = new ButtonType(acceptText, ButtonData.OK_DONE);
        ButtonType decline = new ButtonType(declineText, ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(accept, decline);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == accept;
    }

    @Override
    public Optional<java.nio.file.Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        java.io.File chosen = chooser.showDialog(owner);
        return chosen == null ? Optional.empty() : Optional.of(chosen.toPath());
    }

    @Override
    public Optional<String> askText(String title, String heading, String label, String initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initial);
        dialog.initModality(Modality.APPLICATION_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(heading);
        dialog.setContentText(label);
        dialog.getEditor().setAccessibleText(label);
        dialog.getEditor().setPrefColumnCount(30);
        AppLook.style(dialog.getDialogPane());
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public int choose(String title, String heading, String message, java.util.List<String> choices) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, heading, message);
        java.util.List<ButtonType> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            ButtonData data = i == 0 ? ButtonData.YES : i == choices.size() - 1 ? ButtonData.CANCEL_CLOSE : ButtonData.NO;
            buttons.add(new ButtonType(choices.get(i), data));
        }
        alert.getButtonTypes().setAll(buttons);
        Optional<ButtonType> answer = alert.showAndWait();
        int chosen = answer.map(buttons::indexOf).orElse(-1);
        return chosen < 0 ? choices.size() - 1 : chosen;
    }

    @Override
    public Optional<java.nio.file.Path> chooseFileToSave(String title, String suggestedName, String typeName,
            String extension) {
        javafx.stage.FileChooser chooser = chooser(title, typeName, extension);
        chooser.setInitialFileName(suggestedName);
        java.io.File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(java.io.File::toPath);
    }

    @Override
    public Optional<java.nio.file.Path> chooseFileToOpen(String title, String typeName, String extension) {
        java.io.File file = chooser(title, typeName, extension).showOpenDialog(owner);
        return Optional.ofNullable(file).map(java.io.File::toPath);
    }

    private static javafx.stage.FileChooser chooser(String title, String typeName, String extension) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                // "xlsx,xls,csv" offers each of several extensions under the one type name.
                new javafx.stage.FileChooser.ExtensionFilter(typeName, java.util.Arrays.stream(extension.split(","))
                        .map(e -> "*." + e.strip()).toList()),
                new javafx.stage.FileChooser.ExtensionFilter("All files", "*.*"));
        java.io.File home = new java.io.File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String heading, String message) {
        Alert alert = new Alert(type);
        alert.initModality(Modality.APPLICATION_MODAL);
        if (owner != null) {
            alert.initOwner(owner);
        } else {
            // Without an owner the dialog has no window to take its icon from.
            ((Stage) alert.getDialogPane().getScene().getWindow()).getIcons().setAll(AppLook.icons());
        }
        alert.setTitle(title);
        alert.setHeaderText(heading);
        alert.setContentText(message);
        alert.getDialogPane().setAccessibleText(heading + ". " + message);
        // Lets the dialog grow to its text: some window managers otherwise cut long messages off.
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        AppLook.style(alert.getDialogPane());
        return alert;
    }
}
