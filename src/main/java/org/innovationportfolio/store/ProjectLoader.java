package org.innovationportfolio.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.StageChange;
import org.innovationportfolio.model.StatusUpdate;
import org.innovationportfolio.store.ProjectMappers.MeasureHead;
import org.innovationportfolio.store.ProjectMappers.ProjectHead;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Loads whole projects with one query per table (never one per project), grouping child rows by
 * project id, so the whole portfolio costs eleven queries however many projects it holds (six for
 * the {@link #allForListing lean read} the portfolio list makes).
 */
final class ProjectLoader {

    private static final Comparator<Project> BY_TITLE = Comparator
            .comparing(Project::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Project::title)
            .thenComparing(Project::id);

    /**
     * Loading the projects one by one costs about six times as much per project as loading the whole
     * portfolio does, so above this share of it the whole portfolio is read and filtered. (Derby runs IN
     * lists of hundreds of ids far slower than either: PackBench measured 500 ids at twice the cost of
     * 500 single-id queries.)
     */
    static final int ONE_BY_ONE_SHARE = 6;

    private final Handle handle;
    private final Map<UUID, Long> versionsRead;

    /**
     * @param versionsRead where the version of each whole project read is noted (the transaction's own record,
     *        against which its saves are checked)
     */
    ProjectLoader(Handle handle, Map<UUID, Long> versionsRead) {
        this.handle = handle;
        this.versionsRead = versionsRead;
    }

    /** Every project, ordered by title (ignoring case), then id. */
    List<Project> all() {
        return load(null, true);
    }

    /**
     * Every project, ordered as {@link #all}, read with six queries instead of eleven: risks, notes,
     * outcome measures and stage history are left empty. Only ever handed out as summaries (see
     * {@link org.innovationportfolio.logic.ports.ProjectRepository#findAllForListing}): saving one would erase what
     * was left out.
     */
    List<Project> allForListing() {
        return load(null, false);
    }

    /** The one project, or an empty list. */
    List<Project> one(UUID id) {
        return load(List.of(id), true);
    }

    /** The projects with these ids that exist, ordered as {@link #all}: one by one when they are few. */
    List<Project> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<String> here = new HashSet<>(handle.createQuery("SELECT id FROM project").mapTo(String.class).list());
        Set<UUID> wanted = new LinkedHashSet<>();
        ids.stream().filter(id -> here.contains(id.toString())).forEach(wanted::add);
        if (wanted.isEmpty()) {
            return List.of();
        }
        if ((long) wanted.size() * ONE_BY_ONE_SHARE >= here.size()) {
            return all().stream().filter(p -> wanted.contains(p.id())).toList();
        }
        List<Project> found = new ArrayList<>(wanted.size());
        for (UUID id : wanted) {
            found.addAll(load(List.of(id), true));
        }
        found.sort(BY_TITLE);
        return found;
    }

    /**
     * Every project when {@code only} is null, else those with the ids in it (a few: see {@link #byIds});
     * whole, or without risks, notes, outcome measures and stage history when {@code whole} is false.
     */
    private List<Project> load(List<UUID> only, boolean whole) {
        String whereId = only == null ? "" : " WHERE id IN (<ids>)";
        String whereProject = only == null ? "" : " WHERE project_id IN (<ids>)";
        String order = " ORDER BY project_id, list_index";

        List<ProjectHead> heads = query("SELECT * FROM project" + whereId, only, new ProjectMappers.ProjectMapper());
        if (heads.isEmpty()) {
            return List.of();
        }
        if (whole) {
            // The version comes from the same row as the details, and child rows are read after it: a save made
            // from this read is refused if anything in the project changed since, even while this was reading.
            heads.forEach(head -> versionsRead.put(head.id(), head.version()));
        }
        Map<UUID, List<String>> tags = children("SELECT project_id, tag FROM project_tag" + whereProject + order,
                only, new ProjectMappers.TagMapper());
        Map<UUID, List<Partner>> partners = children("SELECT * FROM partner" + whereProject + order,
                only, new ProjectMappers.PartnerMapper());
        Map<UUID, List<StatusUpdate>> statuses = children("SELECT * FROM status_update" + whereProject + order,
                only, new ProjectMappers.StatusUpdateMapper());
        Map<UUID, List<StageChange>> stages = !whole ? Map.of()
                : children("SELECT * FROM stage_change" + whereProject + order,
                        only, new ProjectMappers.StageChangeMapper());
        Map<UUID, List<Milestone>> milestones = children("SELECT * FROM milestone" + whereProject + order,
                only, new ProjectMappers.MilestoneMapper());
        Map<UUID, List<FundingLine>> funding = children("SELECT * FROM funding_line" + whereProject + order,
                only, new ProjectMappers.FundingLineMapper());
        Map<UUID, List<Risk>> risks = !whole ? Map.of()
                : children("SELECT * FROM risk" + whereProject + order, only, new ProjectMappers.RiskMapper());
        Map<UUID, List<Note>> notes = !whole ? Map.of()
                : children("SELECT * FROM note" + whereProject + order, only, new ProjectMappers.NoteMapper());
        Map<UUID, List<MeasureHead>> measures = !whole ? Map.of()
                : children("SELECT * FROM outcome_measure" + whereProject + order,
                        only, new ProjectMappers.MeasureMapper());
        Map<UUID, List<OutcomeActual>> actuals = !whole ? Map.of() : children(
                "SELECT a.* FROM outcome_actual a JOIN outcome_measure m ON m.id = a.measure_id"
                        + (only == null ? "" : " WHERE m.project_id IN (<ids>)")
                        + " ORDER BY a.measure_id, a.list_index",
                only, new ProjectMappers.ActualMapper());

        return heads.stream()
                .map(head -> new Project(head.id(), head.title(), head.innovationId(), head.stage(),
                        head.leadOfficer(), head.sponsor(), head.governanceBoard(), head.startDate(), head.endDate(),
                        head.targetCohort(), head.objectives(),
                        of(tags, head.id()), of(partners, head.id()), of(statuses, head.id()), of(stages, head.id()),
                        of(milestones, head.id()), of(funding, head.id()),
                        of(measures, head.id()).stream().map(m -> m.with(actuals.get(m.id()))).toList(),
                        of(risks, head.id()), of(notes, head.id()),
                        head.provenance(), head.created(), head.lastModified(), head.decisionSought()))
                .sorted(BY_TITLE)
                .toList();
    }

    private <T> List<T> query(String sql, List<UUID> only, RowMapper<T> mapper) {
        try (Query query = handle.createQuery(sql)) {
            if (only != null) {
                query.bindList("ids", only.stream().map(UUID::toString).toList());
            }
            return query.map(mapper).list();
        }
    }

    private <T> Map<UUID, List<T>> children(String sql, List<UUID> only, RowMapper<Child<T>> mapper) {
        return Child.byParent(query(sql, only, mapper));
    }

    private static <T> List<T> of(Map<UUID, List<T>> grouped, UUID id) {
        return grouped.getOrDefault(id, List.of());
    }
}
