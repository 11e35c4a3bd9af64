package org.innovationportfolio.logic.packs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Project;

/**
 * One record of a project seen the way merging needs it: id, version (last-modified), a value to
 * compare, and a label for people.
 *
 * @param labeller makes the label, only when asked: most records compare unchanged and need none
 * @param parent the outcome measure an actual belongs to; null for everything else
 */
record Versioned<T>(String kind, UUID id, Instant version, T value, Supplier<String> labeller, UUID parent) {

    /** The same record at another version. */
    Versioned<T> withVersion(Instant newVersion) {
        return new Versioned<>(kind, id, newVersion, value, labeller, parent);
    }

    /** The record's label for people. */
    String label() {
        return labeller.get();
    }

    static <T> List<Versioned<T>> of(String kind, List<T> records, Function<T, UUID> id, Function<T, Instant> version,
            Function<T, String> label) {
        List<Versioned<T>> list = new ArrayList<>(records.size());
        for (T record : records) {
            list.add(new Versioned<>(kind, id.apply(record), version.apply(record), record, () -> label.apply(record),
                    null));
        }
        return list;
    }

    /** Every record of a project and its attached documents (last). */
    static List<Versioned<?>> all(Project p, List<Attachment> documents) {
        List<Versioned<?>> all = all(p);
        all.addAll(of("Document", documents, Attachment::id, Attachment::lastModified, Attachment::fileName));
        return all;
    }

    /** Every record of a project, the project's own details first; outcome measures compared without their actuals. */
    static List<Versioned<?>> all(Project p) {
        List<Versioned<?>> all = new ArrayList<>();
        all.add(new Versioned<>("Project details", p.id(), p.lastModified(), Header.of(p), p::title, null));
        all.addAll(of("Partner", p.partners(), x -> x.id(), x -> x.lastModified(), x -> x.organisation()));
        all.addAll(of("Status update", p.statusHistory(), x -> x.id(), x -> x.lastModified(),
                x -> x.date() + " " + x.rag().label()));
        all.addAll(of("Milestone", p.milestones(), x -> x.id(), x -> x.lastModified(), x -> x.title()));
        all.addAll(of("Funding line", p.funding(), x -> x.id(), x -> x.lastModified(),
                x -> x.source() + " " + x.year()));
        for (OutcomeMeasure m : p.outcomes()) {
            all.add(new Versioned<>("Outcome", m.id(), m.lastModified(), withoutActuals(m), m::name, null));
            for (OutcomeActual a : m.actuals()) {
                all.add(new Versioned<>("Outcome actual", a.id(), a.lastModified(), a,
                        () -> m.name() + ": " + a.value().toPlainString() + " on " + a.date(), m.id()));
            }
        }
        all.addAll(of("Risk", p.risks(), x -> x.id(), x -> x.lastModified(), x -> x.description()));
        all.addAll(of("Note", p.notes(), x -> x.id(), x -> x.lastModified(),
                x -> x.date() + " " + x.kind().label() + ": " + shortened(x.text())));
        return all;
    }

    static OutcomeMeasure withoutActuals(OutcomeMeasure m) {
        return new OutcomeMeasure(m.id(), m.name(), m.unit(), m.direction(), m.baseline(), m.baselineDate(),
                m.target(), m.targetDate(), List.of(), m.lastModified());
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    /**
     * A project's own details, without its child records or provenance, and without its last-modified time:
     * saving any child record (a milestone, a risk) moves that time, so two copies each changed only in their
     * children would otherwise differ in their details too, and show a conflict no one made.
     */
    record Header(String title, UUID innovationId, Object stage, String leadOfficer, String sponsor,
            String governanceBoard, Object startDate, Object endDate, String targetCohort, String objectives,
            List<String> tags, Instant created) {

        static Header of(Project p) {
            return new Header(p.title(), p.innovationId(), p.stage(), p.leadOfficer(), p.sponsor(),
                    p.governanceBoard(), p.startDate(), p.endDate(), p.targetCohort(), p.objectives(), p.tags(),
                    p.created());
        }
    }
}
