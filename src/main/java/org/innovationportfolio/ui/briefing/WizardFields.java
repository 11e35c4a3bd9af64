package org.innovationportfolio.ui.briefing;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
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
