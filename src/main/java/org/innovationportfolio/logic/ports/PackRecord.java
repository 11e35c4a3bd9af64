package org.innovationportfolio.logic.ports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A briefing pack the app produced: when, for which board and meeting, and a snapshot of each project in it,
 * so the next pack can say what changed.
 */
public record PackRecord(UUID id, Instant produced, String board, LocalDate meetingDate, Marking marking,
        List<ProjectSnapshot> projects) {

    public PackRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(produced, "produced");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(meetingDate, "meetingDate");
        Objects.requireNonNull(marking, "marking");
        projects = List.copyOf(projects);
    }

    /** The day the pack's figures were as at: the day it was produced (UTC, as the pack's changes section says). */
    public LocalDate asAt() {
        return produced.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
}
