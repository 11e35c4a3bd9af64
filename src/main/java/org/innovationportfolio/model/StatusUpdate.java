package org.innovationportfolio.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One RAG judgement on a project, with the commentary that explains it. A project keeps them all. */
public record StatusUpdate(UUID id, LocalDate date, Rag rag, String commentary, String author, Instant lastModified) {

    public StatusUpdate {
        Checks.required(id, "A status update's id");
        Checks.required(date, "The status date");
        Checks.required(rag, "The RAG status");
        commentary = Checks.optionalLong(commentary, "The commentary");
        author = Checks.optionalShort(author, "The author");
        Checks.required(lastModified, "The last-modified time");
    }
}
