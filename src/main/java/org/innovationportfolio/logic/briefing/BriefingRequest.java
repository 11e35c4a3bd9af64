package org.innovationportfolio.logic.briefing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.model.Checks;

/**
 * What the officer asked for: the board and meeting, who wrote it, its marking, which projects (all when
 * empty), which sections, and the report's own text (purpose, decision sought, implications, contact officer).
 */
public record BriefingRequest(String board, LocalDate meetingDate, String author, Marking marking, List<UUID> projectIds,
        Set<BriefingSection> sections, BoardReport report) {

    public static final String DEFAULT_BOARD = "Children's Services Improvement Board";

    public BriefingRequest {
        // Typed or passed on the command line: cleaned by the rule every record's text follows.
        board = board == null ? null : Checks.plainText(board, false).strip();
        board = board == null || board.isEmpty() ? DEFAULT_BOARD : board;
        if (board.length() > 200) {
            throw new RefusedException("The board name is too long: keep it under 200 characters.");
        }
        if (meetingDate == null) {
            throw new RefusedException("Give the meeting date.");
        }
        author = author == null ? null : Checks.plainText(author, false).strip();
        author = author == null || author.isEmpty() ? null : author;
        marking = marking == null ? Marking.OFFICIAL : marking;
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
        sections = sections == null || sections.isEmpty() ? BriefingSection.all() : Set.copyOf(EnumSet.copyOf(sections));
        report = report == null ? BoardReport.NONE : report;
    }

    /** A request with nothing written for the report: the default purpose, no decision, implications or contact. */
    public BriefingRequest(String board, LocalDate meetingDate, String author, Marking marking, List<UUID> projectIds,
            Set<BriefingSection> sections) {
        this(board, meetingDate, author, marking, projectIds, sections, BoardReport.NONE);
    }

    public boolean includes(BriefingSection section) {
        return sections.contains(section);
    }
}
