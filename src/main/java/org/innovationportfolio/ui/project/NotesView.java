package org.innovationportfolio.ui.project;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.NoteKind;
import org.innovationportfolio.ui.SideBySide;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The Notes & decisions tab's layout: the dated log, newest first, with private entries marked, and the form. */
final class NotesView {

    private final VBox root;

    NotesView(NotesViewModel vm) {
        ListView<Note> log = SizedToRows.list(new ListView<>(vm.notes()));
        log.setId("notesLog");
        log.setAccessibleText("Notes and decisions, newest first");
        log.setPlaceholder(new Label("No notes or decisions yet"));
        log.setCellFactory(v -> new NoteCell());
        log.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && log.getSelectionModel().getSelectedItem() != null) {
                vm.remove(log.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(log, Priority.ALWAYS);
        Button remove = new Button("Re_move selected", new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        remove.disableProperty().bind(log.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(log.getSelectionModel().getSelectedItem()));

        CheckBox privateNote = new CheckBox("_Private: never leaves in a pack");
        privateNote.setId("notePrivate");
        privateNote.selectedProperty().bindBidirectional(vm.privateNoteProperty());
        Button add = new Button("_Add to the log", new FontIcon(MaterialDesignP.PLUS));
        add.setId("addNote");
        add.getStyleClass().add(Styles.ACCENT);
        HBox first = new HBox(12, MilestonesView.sized(Fields.date("_Date", vm.date, "noteDate", "e.g. 3 Mar 2025"), 170),
                MilestonesView.sized(Fields.choice("_Kind", vm.kindProperty(), NoteKind.values(), "noteKind",
                        NoteKind::label), 140));
        VBox form = EntryForm.card("noteForm", vm.form(), add, vm::add, new SimpleBooleanProperty(false),
                "This note has not been added to the log yet: press Add to the log, or it will be left out when you "
                        + "save.", "", StatusView.title("Add a note or decision"), first,
                Fields.area("_Text", vm.text, "noteText", 4), privateNote, new HBox(10, add, remove));
        form.setStyle(MilestonesView.ems(420, 360));
        form.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label logTitle = StatusView.title("Log, newest first");
        VBox list = new VBox(6, logTitle, log);
        list.setStyle(StatusView.HISTORY_MIN_WIDTH);
        SideBySide body = new SideBySide(form, list, 24, 0, logTitle);
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(body);
        root.setPadding(new Insets(16, 20, 20, 20));
    }

    Node root() {
        return root;
    }

    /** A log entry: date and kind, a lock and "Private…" when private, then the text. */
    private static final class NoteCell extends ListCell<Note> {
        @Override
        protected void updateItem(Note n, boolean empty) {
            super.updateItem(n, empty);
            setText(null);
            if (empty || n == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label heading = new Label(DateText.format(n.date()) + " · " + n.kind().label());
            heading.getStyleClass().add(Styles.TEXT_BOLD);
            HBox top = new HBox(12, heading);
            top.setAlignment(Pos.CENTER_LEFT);
            if (n.privateNote()) {
                Label lock = new Label(NotesViewModel.PRIVATE_TEXT, new FontIcon(MaterialDesignL.LOCK));
                lock.getStyleClass().add("private-note");
                top.getChildren().add(lock);
            }
            Label text = new Label(n.text());
            text.setWrapText(true);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            text.maxWidthProperty().bind(getListView().widthProperty().subtract(48));
            VBox box = new VBox(4, top, text);
            box.setPadding(new Insets(4, 0, 6, 0));
            setGraphic(box);
            setAccessibleText(heading.getText() + (n.privateNote() ? ". " + NotesViewModel.PRIVATE_TEXT : "") + ". "
                    + n.text());
        }
    }
}
