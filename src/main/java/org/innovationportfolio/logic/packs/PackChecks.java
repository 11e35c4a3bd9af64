package org.innovationportfolio.logic.packs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.innovationportfolio.logic.packs.PackJson.Counts;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Project;

/** Checks across a whole pack that no single entry can show: ids used once, counts as the manifest says. */
final class PackChecks {

    private PackChecks() {
    }

    /** Adds every id in {@code project} to {@code seen}, refusing one already there. */
    static void uniqueIds(Project project, Set<UUID> seen, String entry) {
        for (UUID id : ids(project)) {
            if (!seen.add(id)) {
                throw new PackRejectedException("The pack uses the id " + id + " for more than one record (found "
                        + "again in \"" + project.title() + "\", " + entry + "). Every record needs its own id."
                        + PackReader.DAMAGED);
            }
        }
    }

    /** Adds an attached document's id to {@code seen}, refusing one already used by any record in the pack. */
    static void uniqueDocumentId(Pack.PackDocument document, Project project, Set<UUID> seen, String entry) {
        if (!seen.add(document.id())) {
            throw new PackRejectedException("The pack uses the id " + document.id() + " for more than one record "
                    + "(found again for the document \"" + document.fileName() + "\" in \"" + project.title() + "\", "
                    + entry + "). Every record needs its own id." + PackReader.DAMAGED);
        }
    }

    /** The project's own id and its children's, outcome actuals included. */
    static List<UUID> ids(Project p) {
        List<UUID> ids = new ArrayList<>();
        ids.add(p.id());
        p.partners().forEach(x -> ids.add(x.id()));
        p.statusHistory().forEach(x -> ids.add(x.id()));
        p.milestones().forEach(x -> ids.add(x.id()));
        p.funding().forEach(x -> ids.add(x.id()));
        for (OutcomeMeasure outcome : p.outcomes()) {
            ids.add(outcome.id());
            outcome.actuals().forEach(x -> ids.add(x.id()));
        }
        p.risks().forEach(x -> ids.add(x.id()));
        p.notes().forEach(x -> ids.add(x.id()));
        return ids;
    }

    /** The manifest's counts must be what the entries hold, or an entry was swapped or lost. */
    static void counts(Counts promised, List<Project> projects, int documents) {
        Counts found = new Counts(projects.size(), sum(projects, p -> p.partners().size()),
                sum(projects, p -> p.statusHistory().size()), sum(projects, p -> p.milestones().size()),
                sum(projects, p -> p.funding().size()), sum(projects, p -> p.outcomes().size()),
                sum(projects, p -> p.outcomes().stream().mapToInt(o -> o.actuals().size()).sum()),
                sum(projects, p -> p.risks().size()), sum(projects, p -> p.notes().size()), documents);
        if (!found.equals(promised)) {
            throw new PackRejectedException("The pack does not hold what its manifest says (the manifest promises "
                    + promised + "; the entries hold " + found + ")." + PackReader.DAMAGED);
        }
    }

    private static int sum(List<Project> projects, ToIntFunction<Project> size) {
        return projects.stream().mapToInt(size).sum();
    }
}
