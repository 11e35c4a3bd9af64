package org.innovationportfolio.logic.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.ProjectSummary;
import org.innovationportfolio.model.StatusUpdate;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;

/**
 * The portfolio's rows prepared for filtering: each row's searchable text is lower-cased once, so a
 * {@link PortfolioFilter} is matched per keystroke without building strings.
 */
public final class PortfolioSearch {

    private final List<Entry> entries;
    private final List<PortfolioRow> rows;
    private final LocalDate today;

    private PortfolioSearch(List<Entry> entries, LocalDate today) {
        this.entries = List.copyOf(entries);
        this.rows = entries.stream().map(Entry::row).toList();
        this.today = today;
    }

    /**
     * Prepares {@code projects} as of {@code today}, looking up linked innovations in {@code catalogue}.
     * Searches only what the lean reads ({@code findAllForListing}) give: the project's own fields, tags,
     * partners, status updates, milestones; the innovation's title, strand and themes.
     */
    public static PortfolioSearch of(Collection<ProjectSummary> projects, Map<UUID, Innovation> catalogue, LocalDate today) {
        List<Entry> entries = new ArrayList<>(projects.size());
        for (ProjectSummary project : projects) {
            Innovation innovation = project.innovationId() == null ? null : catalogue.get(project.innovationId());
            entries.add(entryOf(project, innovation, PortfolioListing.rowOf(project, catalogue, today), today));
        }
        entries.sort((a, b) -> {
            int byTitle = String.CASE_INSENSITIVE_ORDER.compare(a.row().title(), b.row().title());
            return byTitle != 0 ? byTitle : a.row().id().compareTo(b.row().id());
        });
        return new PortfolioSearch(entries, today);
    }

    /** Every row, in title order. */
    public List<PortfolioRow> rows() {
        return rows;
    }

    public int size() {
        return entries.size();
    }

    public LocalDate today() {
        return today;
    }

    /** Every tag used in the portfolio, in alphabetical order. */
    public List<String> tags() {
        Set<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        rows.forEach(row -> tags.addAll(row.tags()));
        return List.copyOf(tags);
    }

    /** The rows {@code filter} lets through, in title order. */
    public List<PortfolioRow> matching(PortfolioFilter filter) {
        if (filter.isEmpty()) {
            return rows;
        }
        String[] words = words(filter.text());
        List<PortfolioRow> matches = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.matches(filter, words, today)) {
                matches.add(entry.row());
            }
        }
        return matches;
    }

    private static String[] words(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        return lower.isEmpty() ? new String[0] : lower.split("\\s+");
    }

    private static Entry entryOf(ProjectSummary project, Innovation innovation, PortfolioRow row, LocalDate today) {
        StringBuilder text = new StringBuilder(256);
        append(text, project.title());
        append(text, row.innovationTitle());
        append(text, project.leadOfficer());
        append(text, project.sponsor());
        append(text, project.governanceBoard());
        for (Partner partner : project.partners()) {
            append(text, partner.organisation());
            append(text, partner.role());
        }
        for (StatusUpdate update : project.statusHistory()) {
            append(text, update.commentary());
        }
        project.tags().forEach(tag -> append(text, tag));
        Set<Theme> themes = innovation == null || innovation.themes().isEmpty()
                ? Set.of() : EnumSet.copyOf(innovation.themes());
        LocalDate earliestOpen = null;
        LocalDate earliestFromToday = null;
        for (Milestone milestone : project.milestones()) {
            LocalDate due = milestone.due();
            if (milestone.isDone() || due == null) {
                continue;
            }
            if (earliestOpen == null || due.isBefore(earliestOpen)) {
                earliestOpen = due;
            }
            if (!due.isBefore(today) && (earliestFromToday == null || due.isBefore(earliestFromToday))) {
                earliestFromToday = due;
            }
        }
        Set<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        tags.addAll(project.tags());
        Strand strand = innovation == null ? null : innovation.strand();
        return new Entry(row, text.toString().toLowerCase(Locale.ROOT), themes, strand, tags, earliestOpen,
                earliestFromToday);
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isEmpty()) {
            text.append(part).append('\n');
        }
    }

    /** One row with what the filter needs, worked out once. */
    private record Entry(PortfolioRow row, String text, Set<Theme> themes, Strand strand, Set<String> tags,
            LocalDate earliestOpenDue,
            LocalDate earliestDueFromToday) {

        boolean matches(PortfolioFilter filter, String[] words, LocalDate today) {
            if (!filter.stages().isEmpty() && !filter.stages().contains(row.stage())) {
                return false;
            }
            if (!filter.rags().isEmpty() && (row.rag() == null || !filter.rags().contains(row.rag()))) {
                return false;
            }
            if (!filter.coversArea(themes, strand)) {
                return false;
            }
            if (!filter.tags().isEmpty() && !anyOf(filter.tags(), tags)) {
                return false;
            }
            if (filter.overdueOnly() && (earliestOpenDue == null || !earliestOpenDue.isBefore(today))) {
                return false;
            }
            if (filter.dueWithinDays() != null && (earliestDueFromToday == null
                    || earliestDueFromToday.isAfter(today.plusDays(filter.dueWithinDays())))) {
                return false;
            }
            for (String word : words) {
                if (!text.contains(word)) {
                    return false;
                }
            }
            return true;
        }

        private static <T> boolean anyOf(Set<T> wanted, Set<T> present) {
            for (T value : wanted) {
                if (present.contains(value)) {
                    return true;
                }
            }
            return false;
        }
    }
}
