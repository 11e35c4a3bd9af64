package org.innovationportfolio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.innovationportfolio.logic.Passwords;

/**
 * A modal dialog asking for one or more passwords: each field labelled for screen readers, Enter for OK and
 * Escape for Cancel, problems shown under the fields (and read out) while the dialog stays open. The
 * passwords are handed back as {@code char[]}; the fields are cleared when it closes.
 */
public final class PasswordDialog {

    /** One password field: its label, and whether it is a new password to check against the rules. */
    public record Field(String label, boolean isNew) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final List<PasswordField> fields = new ArrayList<>();
    private final Label problem = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label busyText = new Label();
    private final ButtonType okType;
    private final boolean confirmLast;
    private final List<Field> fieldLabels;
    private Function<char[][], String> check;

    /**
     * @param confirmLast true when the last field repeats the one before it (a new password typed twice)
     */
    public PasswordDialog(Window owner, String title, String heading, String message, String okText, List<Field> labels,
            boolean confirmLast) {
        this.confirmLast = confirmLast;
        this.fieldLabels = List.copyOf(labels);
        dialog.initModality(Modality.APPLICATION_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
        } else {
            ((Stage) dialog.getDialogPane().getScene().getWindow()).getIcons().setAll(AppLook.icons());
        }
        dialog.setTitle(title);
        dialog.setHeaderText(heading);
        okType = new ButtonType(okText, ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(okType, ButtonType.CANCEL);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        for (Field field : labels) {
            Label label = new Label(field.label());
            PasswordField input = new PasswordField();
            input.setPrefColumnCount(24);
            input.setAccessibleText(field.label().replace("_", ""));
            label.setLabelFor(input);
            label.setMnemonicParsing(true);
            grid.addRow(row++, label, input);
            fields.add(input);
        }
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(460);
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        problem.getStyleClass().add("error-text");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.setAccessibleRole(AccessibleRole.TEXT);
        problem.setVisible(false);
        problem.setManaged(false);
        busy.setPrefSize(20, 20);
        HBox working = new HBox(8, busy, busyText);
        working.visibleProperty().bind(busy.visibleProperty());
        working.managedProperty().bind(busy.visibleProperty());
        busy.setVisible(false);
        VBox content = new VBox(12, text, grid, problem, working);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setAccessibleText(heading + ". " + message);
        AppLook.style(dialog.getDialogPane());

        Button ok = (Button) dialog.getDialogPane().lookupButton(okType);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // closed below, only once the passwords pass
            submit();
        });
        dialog.setOnShown(event -> Platform.runLater(fields.get(0)::requestFocus));
    }

    /**
     * Checks the passwords off the JavaFX thread before closing: {@code check} returns null to close, or the
     * problem to show (the dialog stays open for another try). It receives copies, which it may clear.
     */
    public PasswordDialog checkingWith(Function<char[][], String> check, String busyMessage) {
        this.check = check;
        busyText.setText(busyMessage);
        return this;
    }

    /** Shows the dialog until the passwords pass or the user cancels; the passwords, or empty. */
    public Optional<char[][]> showAndWait() {
        Optional<ButtonType> answer = dialog.showAndWait();
        try {
            if (answer.isPresent() && answer.get() == okType) {
                return Optional.of(values());
            }
            return Optional.empty();
        } finally {
            fields.forEach(PasswordField::clear);
        }
    }

    private void submit() {
        char[][] typed = values();
        String wrong = rules(typed);
        if (wrong != null) {
            clear(typed);
            show(wrong);
            return;
        }
        if (check == null) {
            clear(typed);
            dialog.setResult(okType);
            dialog.close();
            return;
        }
        setBusy(true);
        Thread thread = new Thread(() -> {
            String outcome;
            try {
                outcome = check.apply(typed);
            } catch (RuntimeException e) {
                outcome = e.getMessage() == null ? e.toString() : e.getMessage();
            } finally {
                clear(typed);
            }
            String result = outcome;
            Platform.runLater(() -> {
                setBusy(false);
                if (result == null) {
                    dialog.setResult(okType);
                    dialog.close();
                } else {
                    fields.forEach(PasswordField::clear);
                    show(result);
                }
            });
        }, "Checking the password");
        thread.setDaemon(true);
        thread.start();
    }

    private String rules(char[][] typed) {
        for (int i = 0; i < typed.length; i++) {
            if (typed[i].length == 0) {
                return "Type the " + lowerFirst(dialogLabel(i)) + ".";
            }
        }
        for (int i = 0; i < typed.length; i++) {
            if (fieldLabels.get(i).isNew()) {
                String wrong = Passwords.problemWith(typed[i]);
                if (wrong != null) {
                    return wrong;
                }
            }
        }
        if (confirmLast && typed.length >= 2 && !Passwords.same(typed[typed.length - 1], typed[typed.length - 2])) {
            return "The two new passwords are not the same. Type them again.";
        }
        return null;
    }

    private String dialogLabel(int i) {
        return i < fieldLabels.size() ? fieldLabels.get(i).label().replace("_", "").replace(":", "") : "password";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private char[][] values() {
        char[][] typed = new char[fields.size()][];
        for (int i = 0; i < fields.size(); i++) {
            // The field's own text is a String (JavaFX keeps it so); the copy handed on is a char[].
            typed[i] = fields.get(i).getText().toCharArray();
        }
        return typed;
    }

    private static void clear(char[][] typed) {
        for (char[] one : typed) {
            Passwords.clear(one);
        }
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
        problem.setManaged(true);
        dialog.getDialogPane().getScene().getWindow().sizeToScene();
        // Read out at once, and the first field (cleared or not) ready for another try.
        fields.get(0).setAccessibleHelp(message);
        fields.get(0).requestFocus();
        problem.notifyAccessibleAttributeChanged(javafx.scene.AccessibleAttribute.TEXT);
    }

    private void setBusy(boolean working) {
        busy.setVisible(working);
        fields.forEach(f -> f.setDisable(working));
        dialog.getDialogPane().lookupButton(okType).setDisable(working);
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setDisable(working);
        if (working) {
            problem.setVisible(false);
            problem.setManaged(false);
        }
    }

    /** The dialog itself, for tests that drive it. */
    Dialog<ButtonType> dialog() {
        return dialog;
    }
}
