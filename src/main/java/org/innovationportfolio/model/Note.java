package org.innovationportfolio.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dated note or decision. A private one stays on this machine: it never leaves in a pack. */
public record Note(UUID id, LocalDate date, NoteKind kind, String text, String author, boolean privateNote,
        Instant lastModified) {

    public Note {
        Checks.required(id, "A note's id");
        Checks.required(date, "The note date");
        kind = kind == null ? NoteKind.NOTE : kind;
        text = Checks.optionalLong(text, "The note");
        if (text == null) {
            throw new InvalidValueException("A note needs some text.");
        }
        author = Checks.optionalShort(author, "The author");
        Checks.required(lastModified, "The last-modified time");
    }
}
