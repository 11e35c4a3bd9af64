package org.innovationportfolio.logic.packs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.innovationportfolio.logic.ports.ProjectRepository.DetailsVersion;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Provenance;

/**
 * Compares their version of a project with mine record by record against the versions last
 * imported (the bases), and builds the merged project when theirs is taken. A pack never deletes:
 * records only I have are always kept.
 */
final class ProjectMerge {

    private final Project mine;
    private final Project theirs;
    private final Map<UUID, Versioned<?>> mineById = new HashMap<>();
    private final Map<UUID, RecordStatus> statuses = new LinkedHashMap<>();
    private final List<RecordPlan> differences = new ArrayList<>();

    /**
     * @param mineDetails when my project's own details last changed, and that time at their last exchange
     *     (null when not known): my details changed since the exchange if their time differs from it, whatever
     *     saving my child records did to my project's last-modified time
     */
    ProjectMerge(Project mine, DetailsVersion mineDetails, List<Attachment> mineDocuments, Project theirs,
            List<Attachment> theirDocuments, Map<UUID, Instant> bases) {
        this.mine = mine;
        this.theirs = theirs;
        Versioned.all(mine, mineDocuments).forEach(v -> mineById.put(v.id(), v));
        if (mineDetails != null) {
            mineById.put(mine.id(), mineById.get(mine.id()).withVersion(mineDetails.modified()));
        }
        for (Versioned<?> their : Versioned.all(theirs, theirDocuments)) {
            Versioned<?> my = mineById.get(their.id());
            Instant base = bases.get(their.id());
            // Their side of the details is still judged by the project's last-modified time, all a pack carries;
            // with no base at all (no exchange known), both sides count as changed, as for any record.
            Instant mineBase = base != null && their.id().equals(mine.id()) && mineDetails != null
                    && mineDetails.exchanged() != null ? mineDetails.exchanged() : base;
            RecordStatus status = my == null ? RecordStatus.NEW : status(my, their, mineBase, base);
            statuses.put(their.id(), status);
            if (status != RecordStatus.UNCHANGED) {
                differences.add(new RecordPlan(their.kind(), their.id(), their.label(), status,
                        my == null ? List.of() : FieldDifferences.between(my.value(), their.value())));
            }
        }
    }

    /**
     * Mine against theirs for one record, given my version and theirs at the last exchange (null when not
     * known); the two differ only for a project's details, whose version here is not its last-modified time.
     */
    static RecordStatus status(Versioned<?> mine, Versioned<?> theirs, Instant mineBase, Instant theirBase) {
        if (mine.value().equals(theirs.value())) {
            return RecordStatus.UNCHANGED;
        }
        boolean mineChanged = mineBase == null || !mineBase.equals(mine.version());
        boolean theirsChanged = theirBase == null || !theirBase.equals(theirs.version());
        if (theirsChanged && !mineChanged) {
            return RecordStatus.UPDATED;
        }
        if (mineChanged && !theirsChanged) {
            return RecordStatus.MINE_NEWER;
        }
        // Both changed, or the same version with different content (which cannot be told apart safely).
        return RecordStatus.CONFLICT;
    }

    /** True when my project's own details and theirs are the same (whatever their times say). */
    boolean sameDetails() {
        return statuses.get(theirs.id()) == RecordStatus.UNCHANGED;
    }

    ProjectStatus projectStatus() {
        if (statuses.containsValue(RecordStatus.CONFLICT)) {
            return ProjectStatus.CONFLICT;
        }
        if (statuses.containsValue(RecordStatus.NEW) || statuses.containsValue(RecordStatus.UPDATED)) {
            return ProjectStatus.UPDATED;
        }
        return ProjectStatus.UNCHANGED;
    }

    List<RecordPlan> differences() {
        return differences;
    }

    /** Mine with their new and changed records taken (conflicts go their way); mine-only records kept. */
    Project takeTheirs(Provenance provenance) {
        Project header = wins(theirs.id()) ? theirs : mine;
        return new Project(header.id(), header.title(), header.innovationId(), header.stage(), header.leadOfficer(),
                header.sponsor(), header.governanceBoard(), header.startDate(), header.endDate(),
                header.targetCohort(), header.objectives(), header.tags(),
                merge(mine.partners(), theirs.partners(), x -> x.id()),
                merge(mine.statusHistory(), theirs.statusHistory(), x -> x.id()),
                merge(mine.milestones(), theirs.milestones(), x -> x.id()),
                merge(mine.funding(), theirs.funding(), x -> x.id()),
                outcomes(),
                merge(mine.risks(), theirs.risks(), x -> x.id()),
                merge(mine.notes(), theirs.notes(), x -> x.id()),
                provenance, header.created(), header.lastModified())
                // Packs do not carry the decision sought from this council's board: ours is kept.
                .withDecisionSought(mine.decisionSought(), header.lastModified());
    }

    /** True when taking theirs replaces (or adds) the record with this id: it is new, updated or in conflict. */
    boolean wins(UUID id) {
        RecordStatus status = statuses.get(id);
        return status != null && status.theirsWins();
    }

    /** Mine in my order, each replaced by theirs where theirs wins, then their new records in their order. */
    private <T> List<T> merge(List<T> mineList, List<T> theirList, Function<T, UUID> id) {
        Map<UUID, T> theirsById = new HashMap<>();
        theirList.forEach(t -> theirsById.put(id.apply(t), t));
        List<T> merged = new ArrayList<>(mineList.size() + theirList.size());
        for (T record : mineList) {
            UUID key = id.apply(record);
            merged.add(wins(key) && theirsById.containsKey(key) ? theirsById.get(key) : record);
        }
        for (T record : theirList) {
            if (statuses.get(id.apply(record)) == RecordStatus.NEW) {
                merged.add(record);
            }
        }
        return merged;
    }

    /** Measures merged as records; each actual goes under the measure of the side that wins it. */
    private List<OutcomeMeasure> outcomes() {
        List<OutcomeMeasure> measures = merge(mine.outcomes(), theirs.outcomes(), OutcomeMeasure::id);
        Map<UUID, OutcomeActual> theirActuals = new HashMap<>();
        Map<UUID, UUID> theirParents = new HashMap<>();
        for (OutcomeMeasure m : theirs.outcomes()) {
            m.actuals().forEach(a -> {
                theirActuals.put(a.id(), a);
                theirParents.put(a.id(), m.id());
            });
        }
        Map<UUID, List<OutcomeActual>> byMeasure = new LinkedHashMap<>();
        for (OutcomeMeasure m : mine.outcomes()) {
            for (OutcomeActual a : m.actuals()) {
                boolean take = wins(a.id()) && theirActuals.containsKey(a.id());
                byMeasure.computeIfAbsent(take ? theirParents.get(a.id()) : m.id(), k -> new ArrayList<>())
                        .add(take ? theirActuals.get(a.id()) : a);
            }
        }
        for (OutcomeMeasure m : theirs.outcomes()) {
            for (OutcomeActual a : m.actuals()) {
                if (statuses.get(a.id()) == RecordStatus.NEW) {
                    byMeasure.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(a);
                }
            }
        }
        return measures.stream().map(m -> new OutcomeMeasure(m.id(), m.name(), m.unit(), m.direction(), m.baseline(),
                m.baselineDate(), m.target(), m.targetDate(), byMeasure.getOrDefault(m.id(), List.of()),
                m.lastModified())).toList();
    }

    /** Their version of every record they sent: the bases to keep once the import is applied. */
    static Map<UUID, Instant> basesOf(Project theirs, List<Attachment> theirDocuments) {
        Map<UUID, Instant> bases = new HashMap<>();
        Versioned.all(theirs, theirDocuments).forEach(v -> bases.put(v.id(), v.version()));
        return bases;
    }
}
