package org.innovationportfolio.ui.packs;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;

/** The parts the pack export and import windows share: the bottom row, and closing once the work is done. */
final class PackDialogParts {

    private PackDialogParts() {
    }

    /** Progress on the left; the action and Cancel on the right, in the platform's button order. */
    static HBox bottomRow(Node progress, Button action, Button cancel) {
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(action, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().addAll(action, cancel);
        HBox.setHgrow(buttons, Priority.ALWAYS);
        HBox bottom = new HBox(12, progress, buttons);
        bottom.setAlignment(Pos.CENTER_LEFT);
        return bottom;
    }

    static void closeWhenDone(Stage stage, ObservableBooleanValue done) {
        done.addListener((o, was, is) -> {
            if (is) {
                stage.close();
            }
        });
    }
}
