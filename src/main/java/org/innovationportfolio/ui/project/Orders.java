package org.innovationportfolio.ui.project;

import java.util.Comparator;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.StatusUpdate;

/** The orders the record shows its lists in: the same the Project record keeps them in. */
final class Orders {

    static final Comparator<StatusUpdate> NEWEST_STATUS_FIRST = Comparator.comparing(StatusUpdate::date)
            .thenComparing(StatusUpdate::lastModified).reversed();
    static final Comparator<Milestone> BY_DUE = Comparator.comparing(Milestone::due,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Milestone::title);
    static final Comparator<FundingLine> BY_YEAR = Comparator.comparing(FundingLine::year)
            .thenComparing(FundingLine::source);
    static final Comparator<Risk> BY_SCORE = Comparator.comparingInt(Risk::score).reversed()
            .thenComparing(Risk::description);
    static final Comparator<Note> NEWEST_NOTE_FIRST = Comparator.comparing(Note::date)
            .thenComparing(Note::lastModified).reversed();

    private Orders() {
    }
}
