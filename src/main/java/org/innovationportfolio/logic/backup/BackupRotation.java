package org.innovationportfolio.logic.backup;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep, grandfather-father-son by the date each was taken: the newest of each of the 7 newest
 * days that have a backup, of each of the 4 newest ISO weeks, and of each of the 12 newest months; and always the
 * newest good backup, so the only good one is never deleted. Only good backups fill those places: one that failed
 * its check is never kept in place of a good one. A safety copy kept before a restore is, besides, kept for
 * {@value #SAFETY_DAYS} days whatever else was taken since, so a restore can still be undone the next week even
 * when later backups the same day took its place. Pure: dates in, kept set out.
 */
public final class BackupRotation {

    public static final int DAILY = 7;
    public static final int WEEKLY = 4;
    public static final int MONTHLY = 12;
    /** How many days a safety copy taken before a restore is kept, whatever the rotation says. */
    public static final int SAFETY_DAYS = 7;

    /**
     * One backup the rotation decides on.
     *
     * @param id what the caller knows it by (its file)
     * @param taken when it was taken, in the user's time zone
     * @param good true when it passed its check after writing and still reads
     */
    public record Candidate<T>(T id, LocalDateTime taken, boolean good) {
        public Candidate {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(taken, "taken");
        }
    }

    private BackupRotation() {
    }

    /** The ids of the candidates to keep; the others may be deleted. */
    public static <T> Set<T> kept(Collection<Candidate<T>> candidates) {
        List<Candidate<T>> newestFirst = candidates.stream()
                .filter(Candidate::good)
                .sorted(Comparator.comparing((Candidate<T> c) -> c.taken()).reversed())
                .toList();
        Set<T> kept = new LinkedHashSet<>();
        if (!newestFirst.isEmpty()) {
            kept.add(newestFirst.get(0).id());
        }
        keepNewestOfEach(newestFirst, c -> c.taken().toLocalDate(), DAILY, kept);
        keepNewestOfEach(newestFirst, c -> c.taken().get(IsoFields.WEEK_BASED_YEAR) * 100
                + c.taken().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), WEEKLY, kept);
        keepNewestOfEach(newestFirst, c -> YearMonth.from(c.taken()), MONTHLY, kept);
        return kept;
    }

    /**
     * As {@link #kept(Collection)}, and also every candidate in {@code safetyCopies} taken less than
     * {@value #SAFETY_DAYS} days before {@code now}.
     */
    public static <T> Set<T> kept(Collection<Candidate<T>> candidates, Set<T> safetyCopies, LocalDateTime now) {
        Set<T> kept = kept(candidates);
        LocalDateTime since = now.minusDays(SAFETY_DAYS);
        for (Candidate<T> candidate : candidates) {
            if (candidate.good() && safetyCopies.contains(candidate.id()) && candidate.taken().isAfter(since)) {
                kept.add(candidate.id());
            }
        }
        return kept;
    }

    private static <T> void keepNewestOfEach(List<Candidate<T>> newestFirst, Function<Candidate<T>, Object> period,
            int periods, Set<T> kept) {
        Set<Object> seen = new HashSet<>();
        for (Candidate<T> candidate : newestFirst) {
            if (seen.size() == periods) {
                return;
            }
            if (seen.add(period.apply(candidate))) {
                kept.add(candidate.id());
            }
        }
    }
}
