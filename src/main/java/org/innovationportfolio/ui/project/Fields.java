package org.innovationportfolio.ui.project;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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

    /** A date typed or picked from a calendar; see {@link DateField}. */
    static VBox date(String label, TextInput<java.time.LocalDate> input, String id, String prompt) {
        javafx.scene.control.DatePicker picker = DateField.of(input);
        picker.setPromptText(prompt);
        picker.setId(id);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setAccessibleText(stripMnemonic(label));
        picker.setAccessibleHelp("Type a date like 3 Mar 2025, or open the calendar with Alt+Down");
        VBox box = wrap(label, picker);
        box.getChildren().add(error(input, id, picker));
        return box;
    }

    /**
     * A 1 to 5 score: arrows step it, and a typed number counts once the field is left or Enter is
     * pressed; anything else stays as typed beside its message.
     */
    static VBox scale(String label, TextInput<Integer> input, javafx.beans.property.IntegerProperty score, String id) {
        javafx.scene.control.Spinner<Integer> spinner = new javafx.scene.control.Spinner<>(1, 5, score.get());
        spinner.setId(id);
        spinner.setPrefWidth(110);
        spinner.setEditable(true);
        spinner.getValueFactory().setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                // Spinner.commitValue does not catch: unreadable text keeps the score, and its message.
                return input.value() != null ? input.value() : spinner.getValue();
            }
        });
        spinner.getEditor().textProperty().bindBidirectional(input.textProperty());
        spinner.getValueFactory().valueProperty().addListener((o, old, now) -> score.set(now));
        score.addListener((o, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        spinner.setAccessibleText(stripMnemonic(label));
        VBox box = wrap(label, spinner);
        box.getChildren().add(error(input, id, spinner));
        return box;
    }

    /** A few lines of text. */
    static VBox area(String label, TextInput<?> input, String id, int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        growWithText(area);
        return labelled(label, input, id, area);
    }

    /**
     * Makes {@code area} at least as tall as its text, so that the record page, which scrolls, is the only thing the
     * officer scrolls: a long objective grows the field rather than hiding its end behind a scroll bar of its own.
     */
    private static void growWithText(TextArea area) {
        area.skinProperty().addListener((o, was, skin) -> {
            if (skin != null && area.lookup(".scroll-pane") instanceof javafx.scene.control.ScrollPane scroll
                    && scroll.getContent() instanceof Region content) {
                // Measured from the paragraphs' own text, never from the content's height, which follows the area's.
                content.needsLayoutProperty().addListener((obs, before, needs) -> {
                    if (!needs) {
                        double bottom = 0;
                        // The paragraphs sit in a group of the content's; their bottom in the content's coordinates.
                        for (Node node : content.lookupAll(".text")) {
                            if (node instanceof javafx.scene.text.Text paragraph && paragraph.isVisible()) {
                                bottom = Math.max(bottom, content.sceneToLocal(
                                        paragraph.localToScene(paragraph.getLayoutBounds())).getMaxY());
                            }
                        }
                        double needed = Math.ceil(bottom + content.snappedBottomInset() + scroll.snappedTopInset()
                                + scroll.snappedBottomInset() + area.snappedTopInset() + area.snappedBottomInset());
                        if (Math.abs(area.getMinHeight() - needed) > 1) {
                            area.setMinHeight(needed);
                        }
                    }
                });
            }
        });
    }

    /** A drop-down of an enum's values, shown by their labels. */
    static <T> VBox choice(String label, javafx.beans.property.ObjectProperty<T> value, T[] values, String id,
            Function<T, String> text) {
        return choice(label, value, values, id, text, text);
    }

    /**
     * As above, the closed drop-down showing {@code shown}, shorter than the list's {@code text}: a long choice is
     * never cut short on a narrow form (say what it means beside it).
     */
    static <T> VBox choice(String label, javafx.beans.property.ObjectProperty<T> value, T[] values, String id,
            Function<T, String> text, Function<T, String> shown) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(value);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setAccessibleText(stripMnemonic(label));
        box.setButtonCell(cell(shown));
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
        VBox box = wrap(label, control);
        box.getChildren().add(error(input, id, control));
        VBox.setVgrow(control, Priority.SOMETIMES);
        return box;
    }

    /**
     * The message under {@code control} when {@code input} is wrong. Its lines are kept free when
     * there is nothing to say, so the form does not move as messages come and go; a longer message
     * is cut short here and given whole in its tooltip and the form's error summary.
     */
    static Label error(TextInput<?> input, String id, Control control) {
        control.getProperties().put(TextInput.class, input);
        control.accessibleHelpProperty().bind(input.shownErrorProperty());
        Label error = new Label();
        error.setId(id + "Error");
        error.getStyleClass().add(FIELD_ERROR);
        error.setWrapText(true);
        error.setAlignment(Pos.TOP_LEFT);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(input.shownErrorProperty());
        error.graphicProperty().bind(Bindings.when(Bindings.isNotEmpty(input.shownErrorProperty()))
                .then((Node) new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE)).otherwise((Node) null));
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(input.shownErrorProperty());
        error.tooltipProperty().bind(Bindings.when(Bindings.isNotEmpty(input.shownErrorProperty()))
                .then(whole).otherwise((Tooltip) null));
        input.shownErrorProperty().addListener((obs, old, now) -> {
            control.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty());
        });
        control.pseudoClassStateChanged(Styles.STATE_DANGER, !input.shownErrorProperty().get().isEmpty());
        return error;
    }

    /** The control a field's error belongs to, as {@link #error} marked it; null for other nodes. */
    static TextInput<?> inputOf(Node node) {
        return node.getProperties().get(TextInput.class) instanceof TextInput<?> input ? input : null;
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
