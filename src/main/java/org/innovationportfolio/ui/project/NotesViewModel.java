package org.innovationportfolio.ui.project;

import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.NoteKind;

/** The Notes & decisions tab: the dated log, newest first, and a form for a note or decision (maybe private). */
public final class NotesViewModel {

    /** What a private note says about itself, wherever it is shown. */
    public static final String PRIVATE_TEXT = "Private: never leaves in a pack";

    private final ProjectDraft draft;
    private final Clock clock;
    final TextInput<LocalDate> date = Inputs.requiredDate("The note date");
    final TextInput<String> text = Inputs.requiredLongText("The note", "A note needs some text.");
    private final ObjectProperty<NoteKind> kind = new SimpleObjectProperty<>(this, "kind", NoteKind.NOTE);
    private final BooleanProperty privateNote = new SimpleBooleanProperty(this, "privateNote", false);
    private final FormState form = new FormState(date, text);

    NotesViewModel(ProjectDraft draft, Clock clock) {
        this.draft = draft;
        this.clock = clock;
        kind.addListener((obs, old, now) -> form.changedOutsideFields(true));
        privateNote.addListener((obs, old, now) -> form.changedOutsideFields(true));
        clearForm();
    }

    public ObservableList<Note> notes() {
        return draft.notes;
    }

    public ObjectProperty<NoteKind> kindProperty() {
        return kind;
    }

    public BooleanProperty privateNoteProperty() {
        return privateNote;
    }

    FormState form() {
        return form;
    }

    public boolean add() {
        return form.submit(this::addNote);
    }

    private void addNote() {
        Note note = new Note(ProjectDraft.newId(), date.value(), kind.get(), text.value(), null, privateNote.get(),
                clock.instant());
        draft.edit(draft.notes, list -> {
            list.add(note);
            return list;
        }, Orders.NEWEST_NOTE_FIRST);
        clearForm();
    }

    public void remove(Note note) {
        draft.edit(draft.notes, list -> {
            list.removeIf(n -> n.id().equals(note.id()));
            return list;
        }, Orders.NEWEST_NOTE_FIRST);
    }

    public void clearForm() {
        text.setText("");
        date.setText(DateText.format(LocalDate.now(clock)));
        kind.set(NoteKind.NOTE);
        privateNote.set(false);
        form.markClean();
    }
}
