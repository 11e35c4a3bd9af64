package org.innovationportfolio.ui.briefing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.innovationportfolio.logic.briefing.BriefingRequest;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.model.InvalidValueException;

/** The first step's answers: board, meeting date as typed and as read, author, council and marking. Holds no controls. */
public final class MeetingDetails {

    private static final DateTimeFormatter READS_AS = DateTimeFormatter.ofPattern("EEEE d MMM yyyy", Locale.ENGLISH);

    private final StringProperty board = new SimpleStringProperty(this, "board", BriefingRequest.DEFAULT_BOARD);
    private final StringProperty meetingDateText = new SimpleStringProperty(this, "meetingDateText", "");
    private final ReadOnlyObjectWrapper<LocalDate> meetingDate = new ReadOnlyObjectWrapper<>(this, "meetingDate");
    private final ReadOnlyStringWrapper meetingDateError = new ReadOnlyStringWrapper(this, "meetingDateError", "");
    private final StringProperty author = new SimpleStringProperty(this, "author", "");
    private final StringProperty council = new SimpleStringProperty(this, "council", "");
    private final ObjectProperty<Marking> marking = new SimpleObjectProperty<>(this, "marking", Marking.OFFICIAL);
    private final StringBinding boardError;
    private final StringBinding meetingDateReading;

    MeetingDetails(LocalDate today) {
        meetingDateText.addListener((o, was, now) -> readMeetingDate());
        boardError = Bindings.createStringBinding(() -> {
            String text = board.get();
            if (text == null || text.isBlank()) {
                return "Enter the board or meeting the pack is for.";
            }
            return text.strip().length() > 200 ? "Keep the board's name under 200 characters." : "";
        }, board);
        meetingDateReading = Bindings.createStringBinding(() -> meetingDate.get() == null ? ""
                : "Reads as " + READS_AS.format(meetingDate.get()), meetingDate);
        meetingDateText.set(DateText.format(today));
    }

    /** What stops the officer going on from this step; null when nothing does. */
    String problem() {
        if (!boardError.get().isEmpty()) {
            return boardError.get();
        }
        return meetingDateError.get().isEmpty() ? null : meetingDateError.get();
    }

    /** The board as the request and the history of packs name it. */
    String boardForRequest() {
        return board.get() == null || board.get().isBlank() ? BriefingRequest.DEFAULT_BOARD : board.get().strip();
    }

    /** "Board: …, meeting on 3 Dec 2026", then the author, council and marking, a line each. */
    String summary() {
        StringBuilder text = new StringBuilder();
        text.append("Board: ").append(boardForRequest()).append(", meeting on ")
                .append(meetingDate.get() == null ? "a date not yet given" : DateText.format(meetingDate.get())).append('\n');
        if (author.get() != null && !author.get().isBlank()) {
            text.append("Author: ").append(author.get().strip()).append('\n');
        }
        if (council.get() != null && !council.get().isBlank()) {
            text.append("Council: ").append(council.get().strip()).append('\n');
        }
        return text.append("Marking: ").append(marking.get()).toString();
    }

    private void readMeetingDate() {
        try {
            meetingDate.set(DateText.parseRequired(meetingDateText.get(), "The meeting date"));
            meetingDateError.set("");
        } catch (InvalidValueException e) {
            meetingDate.set(null);
            meetingDateError.set(e.getMessage());
        }
    }

    public StringProperty boardProperty() {
        return board;
    }

    public StringBinding boardErrorBinding() {
        return boardError;
    }

    /** The meeting date as typed, "3 Mar 2025". */
    public StringProperty meetingDateTextProperty() {
        return meetingDateText;
    }

    /** The date read from the text; null while it cannot be read. */
    public ReadOnlyObjectProperty<LocalDate> meetingDateProperty() {
        return meetingDate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meetingDateErrorProperty() {
        return meetingDateError.getReadOnlyProperty();
    }

    /** "Reads as Monday 3 Mar 2025", so a typing slip shows before the pack is made. */
    public StringBinding meetingDateReadingBinding() {
        return meetingDateReading;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public StringProperty councilProperty() {
        return council;
    }

    public ObjectProperty<Marking> markingProperty() {
        return marking;
    }
}
