package org.innovationportfolio.ui.briefing;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.event.ActionEvent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** The wizard's labelled fields: a label naming the control, the control, a hint, and its message when wrong. */
final class WizardFields {

    static final String STYLESHEET = "/org/innovationportfolio/ui/briefing/briefing.css";
    static final String FIELD = "wizard-field";
    static final String FIELD_LABEL = "field-label";
    static final String FIELD_ERROR = "field-error";
    static final String FIELD_HINT = "field-hint";
    static final String FIELD_WARNING = "field-warning";

    private WizardFields() {
    }

    /** A label (with its mnemonic) over {@code control}. */
    static VBox labelled(String label, Control control) {
        Label name = new Label(label);
        name.getStyleClass().add(FIELD_LABEL);
        name.setMnemonicParsing(true);
        name.setLabelFor(control);
        if (control.getAccessibleText() == null) {
            control.setAccessibleText(label.replace("_", ""));
        }
        VBox box = new VBox(name, control);
        box.getStyleClass().add(FIELD);
        return box;
    }

    /** A quiet line of help under a field; hidden while empty. */
    static Label hint(ObservableStringValue text) {
        return line(text, FIELD_HINT, null);
    }

    static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add(FIELD_HINT);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    /**
     * The message saying what is wrong with {@code control}, shown next to it while there is one; the control is
     * marked as in error and its accessible help reads the message out.
     */
    static Label error(ObservableStringValue message, Control control, String id) {
        Label error = line(message, FIELD_ERROR, new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        error.setId(id);
        if (control != null) {
            control.accessibleHelpProperty().bind(message);
            message.addListener((o, was, now) -> control.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
            control.pseudoClassStateChanged(Styles.STATE_DANGER, !message.get().isEmpty());
        }
        return error;
    }

    /** A warning that does not stop the officer, such as a file about to be replaced. */
    static Label warning(ObservableStringValue message, String id) {
        Label warning = line(message, FIELD_WARNING, new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        warning.setId(id);
        return warning;
    }

    /**
     * A check box whose mnemonic ticks it. JavaFX's mnemonic only sends the control an action event, which a
     * check box does not act on, so Alt and the letter would move the focus without ticking.
     */
    static CheckBox checkBox(String text) {
        return new MnemonicCheckBox(text);
    }

    /** A radio button whose mnemonic chooses it, for the same reason as {@link #checkBox}. */
    static RadioButton radioButton(String text) {
        RadioButton radio = new RadioButton(text);
        radio.setMnemonicParsing(true);
        // fire() selects before it sends the action, so an action reaching an unselected radio came from a mnemonic.
        radio.addEventHandler(ActionEvent.ACTION, event -> {
            if (!radio.isSelected()) {
                radio.setSelected(true);
            }
        });
        return radio;
    }

    private static final class MnemonicCheckBox extends CheckBox {
        private boolean firing;

        MnemonicCheckBox(String text) {
            super(text);
            setMnemonicParsing(true);
            addEventHandler(ActionEvent.ACTION, event -> {
                if (!firing) {
                    fire();
                }
            });
        }

        @Override
        public void fire() {
            if (firing) {
                return;
            }
            firing = true;
            try {
                super.fire();
            } finally {
                firing = false;
            }
        }
    }

    private static Label line(ObservableStringValue text, String styleClass, Node graphic) {
        Label line = new Label();
        line.textProperty().bind(text);
        line.getStyleClass().add(styleClass);
        line.setGraphic(graphic);
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.visibleProperty().bind(Bindings.isNotEmpty(text));
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }
}
