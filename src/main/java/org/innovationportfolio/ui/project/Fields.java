package org.innovationportfolio.ui.project;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** Builds the record's labelled fields: a label that names the control, the control, and its message when wrong. */
final class Fields {

    static final String FIELD = "record-field";
    static final String FIELD_ERROR = "field-error";
    static final String FIELD_LABEL = "field-label";

    private Fields() {
    }

    /** A one-line text field bound to {@code input}, with its error message underneath. */
    static VBox text(String label, TextInput<?> input, String id, String prompt) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        return labelled(label, input, id, field);
    }

    /** A few lines of text. */
    static VBox area(String label, TextInput<?> input, String id, int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return labelled(label, input, id, area);
    }

    /** A drop-down of an enum's values, shown by their labels. */
    static <T> VBox choice(String label, javafx.beans.property.ObjectProperty<T> value, T[] values, String id,
            Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(value);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setAccessibleText(stripMnemonic(label));
        box.setButtonCell(cell(text));
        box.setCellFactory(list -> cell(text));
        return wrap(label, box);
    }

    static VBox wrap(String label, Node control) {
        Label name = new Label(label);
        name.getStyleClass().add(FIELD_LABEL);
        name.setMnemonicParsing(true);
        name.setLabelFor(control);
        VBox box = new VBox(name, control);
        box.getStyleClass().add(FIELD);
        return box;
    }

    static String stripMnemonic(String label) {
        return label.replace("_", "");
    }

    private static VBox labelled(String label, TextInput<?> input, String id, TextInputControl control) {
        control.textProperty().bindBidirectional(input.textProperty());
        control.setId(id);
        control.setAccessibleText(stripMnemonic(label));
        control.accessibleHelpProperty().bind(input.shownErrorProperty());
        Label error = new Label();
        error.setId(id + "Error");
        error.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        error.getStyleClass().add(FIELD_ERROR);
        error.setWrapText(true);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.textProperty().bind(input.shownErrorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(input.shownErrorProperty()));
        error.managedProperty().bind(error.visibleProperty());
        input.shownErrorProperty().addListener((obs, old, now) -> {
            control.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty());
        });
        control.pseudoClassStateChanged(Styles.STATE_DANGER, !input.shownErrorProperty().get().isEmpty());
        VBox box = wrap(label, control);
        box.getChildren().add(error);
        VBox.setVgrow(control, Priority.SOMETIMES);
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
