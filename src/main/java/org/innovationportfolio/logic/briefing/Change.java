package org.innovationportfolio.logic.briefing;

import java.util.Objects;

/** One movement since the last pack, worded for the board: "RAG Amber → Red". */
public record Change(String project, Kind kind, String description) {

    /** The kinds of movement a board asks about, in the order the pack lists them. */
    public enum Kind {
        NEW_PROJECT("New to the pack"),
        CLOSED_PROJECT("Closed, stopped or removed"),
        RAG("RAG status moved"),
        STAGE("Stage moved"),
        MILESTONE_COMPLETED("Milestone completed"),
        MILESTONE_SLIPPED("Milestone slipped"),
        MILESTONE_OVERDUE("Milestone now overdue");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Change {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }
}
