package org.innovationportfolio.ui.project;

import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The card around an add-or-change form: the error summary on top, the form's own rows, and a note
 * while the form holds something not yet added. Enter in a one-line field does what its button does.
 */
final class EntryForm {

    static final String PENDING_NOTE = "pending-note";

    private EntryForm() {
    }

    /**
     * @param submit the form's command; false when it was refused
     * @param changing true while the form changes an existing entry rather than adding one
     * @param notAdded the note while a new entry is typed but not added
     * @param notApplied the note while changes to an existing entry are not applied
     */
    static VBox card(String id, FormState state, Button commit, BooleanSupplier submit, ObservableBooleanValue changing,
            String notAdded, String notApplied, Node... rows) {
        ErrorSummary summary = new ErrorSummary(state, id + "Summary");
        Label pending = new Label();
        pending.setId(id + "Pending");
        pending.getStyleClass().add(PENDING_NOTE);
        pending.setWrapText(true);
        pending.textProperty().bind(Bindings.when(changing).then(notApplied).otherwise(notAdded));
        // Kept in the layout when hidden, so the form does not move as the note comes and goes.
        pending.visibleProperty().bind(state.pendingProperty());
        VBox card = new VBox(8);
        card.getChildren().add(summary.node());
        card.getChildren().addAll(rows);
        card.getChildren().add(pending);
        card.getStyleClass().add("record-card");
        card.setId(id);
        summary.linkTo(card);
        commit.setOnAction(e -> {
            if (!submit.getAsBoolean()) {
                summary.focus();
            }
        });
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && oneLineField(e.getTarget()) && !commit.isDisabled()) {
                e.consume();
                commit.fire();
            }
        });
        return card;
    }

    private static boolean oneLineField(Object target) {
        return target instanceof TextField
                || target instanceof Spinner<?> || target instanceof DatePicker;
    }
}
