package org.innovationportfolio.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a project's RAG is too old to trust: given longer ago than the officer's threshold (six weeks unless they
 * set another). Only active projects are judged: a Closed or Stopped project's last RAG is history, not a claim.
 *
 * @param weeks how old a RAG may be before it is stale, 1 to 52
 */
public record RagStaleness(int weeks) {

    public static final int DEFAULT_WEEKS = 6;
    public static final RagStaleness DEFAULT = new RagStaleness(DEFAULT_WEEKS);

    public RagStaleness {
        if (weeks < 1 || weeks > 52) {
            throw new InvalidValueException("A RAG can be treated as stale after 1 to 52 weeks, not " + weeks + ".");
        }
    }

    /** The threshold as a setting holds it ("6"); the default when there is none or it cannot be read. */
    public static RagStaleness fromSetting(Optional<String> setting) {
        try {
            return setting.map(String::strip).map(Integer::parseInt).map(RagStaleness::new).orElse(DEFAULT);
        } catch (NumberFormatException | InvalidValueException e) {
            return DEFAULT;
        }
    }

    /** True for an active project whose latest RAG was given more than {@link #weeks} weeks before {@code today}. */
    public boolean isStale(Project project, LocalDate today) {
        return project.stage().isOpen() && project.currentStatus()
                .map(status -> status.date().plusWeeks(weeks).isBefore(today)).orElse(false);
    }

    /** "over 6 weeks old". */
    public String words() {
        return "over " + weeks + (weeks == 1 ? " week" : " weeks") + " old";
    }
}
