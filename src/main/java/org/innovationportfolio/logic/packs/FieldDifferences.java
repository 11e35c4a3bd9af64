package org.innovationportfolio.logic.packs;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.innovationportfolio.logic.packs.Versioned.Header;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.StatusUpdate;

/** Which fields of one record differ between mine and theirs, each by its plain name with both values as text. */
final class FieldDifferences {

    static final String BLANK = "(blank)";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM uuuu 'at' HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private record Field<T>(String name, Function<T, Object> value) {
    }

    private static final List<Field<Header>> HEADER = List.of(new Field<>("Title", Header::title),
            new Field<>("Catalogue entry adopted", Header::innovationId), new Field<>("Stage", Header::stage),
            new Field<>("Lead officer", Header::leadOfficer), new Field<>("Sponsor", Header::sponsor),
            new Field<>("Governance board", Header::governanceBoard), new Field<>("Start date", Header::startDate),
            new Field<>("End date", Header::endDate), new Field<>("Target cohort", Header::targetCohort),
            new Field<>("Objectives", Header::objectives), new Field<>("Tags", Header::tags),
            new Field<>("Created", Header::created));
    private static final List<Field<Partner>> PARTNER = List.of(new Field<>("Organisation", Partner::organisation),
            new Field<>("Role", Partner::role), new Field<>("Last changed", Partner::lastModified));
    private static final List<Field<StatusUpdate>> STATUS = List.of(new Field<>("Date", StatusUpdate::date),
            new Field<>("RAG rating", StatusUpdate::rag), new Field<>("Commentary", StatusUpdate::commentary),
            new Field<>("Author", StatusUpdate::author), new Field<>("Last changed", StatusUpdate::lastModified));
    private static final List<Field<Milestone>> MILESTONE = List.of(new Field<>("Title", Milestone::title),
            new Field<>("Baseline date", Milestone::baseline), new Field<>("Forecast date", Milestone::forecast),
            new Field<>("Completed on", Milestone::completed), new Field<>("Status", Milestone::status),
            new Field<>("Owner", Milestone::owner), new Field<>("Last changed", Milestone::lastModified));
    private static final List<Field<FundingLine>> FUNDING = List.of(new Field<>("Source", FundingLine::source),
            new Field<>("Type", FundingLine::type), new Field<>("Financial year", FundingLine::year),
            new Field<>("Awarded", FundingLine::awarded), new Field<>("Spent", FundingLine::spent),
            new Field<>("Forecast", FundingLine::forecast), new Field<>("Status", FundingLine::status),
            new Field<>("Reference", FundingLine::reference), new Field<>("Conditions", FundingLine::conditions),
            new Field<>("Last changed", FundingLine::lastModified));
    private static final List<Field<OutcomeMeasure>> OUTCOME = List.of(new Field<>("Name", OutcomeMeasure::name),
            new Field<>("Unit", OutcomeMeasure::unit), new Field<>("Direction", OutcomeMeasure::direction),
            new Field<>("Baseline", OutcomeMeasure::baseline), new Field<>("Baseline date", OutcomeMeasure::baselineDate),
            new Field<>("Target", OutcomeMeasure::target), new Field<>("Target date", OutcomeMeasure::targetDate),
            new Field<>("Last changed", OutcomeMeasure::lastModified));
    private static final List<Field<OutcomeActual>> ACTUAL = List.of(new Field<>("Date", OutcomeActual::date),
            new Field<>("Value", OutcomeActual::value), new Field<>("Note", OutcomeActual::note),
            new Field<>("Last changed", OutcomeActual::lastModified));
    private static final List<Field<Risk>> RISK = List.of(new Field<>("Description", Risk::description),
            new Field<>("Likelihood (1 to 5)", Risk::likelihood), new Field<>("Impact (1 to 5)", Risk::impact),
            new Field<>("Owner", Risk::owner), new Field<>("Mitigation", Risk::mitigation),
            new Field<>("Status", Risk::status), new Field<>("Last changed", Risk::lastModified));
    private static final List<Field<Note>> NOTE = List.of(new Field<>("Date", Note::date),
            new Field<>("Kind", Note::kind), new Field<>("Text", Note::text), new Field<>("Author", Note::author),
            new Field<>("Last changed", Note::lastModified));
    private static final List<Field<Attachment>> DOCUMENT = List.of(new Field<>("File name", Attachment::fileName),
            new Field<>("Size", a -> NumberFormat.getIntegerInstance(Locale.UK).format(a.size()) + " bytes"),
            new Field<>("Contents (check code)", a -> a.sha256().substring(0, Math.min(16, a.sha256().length()))),
            new Field<>("Last changed", Attachment::lastModified));

    private FieldDifferences() {
    }

    /** The fields that differ between two versions of the same record, in the order a form shows them. */
    static List<FieldDifference> between(Object mine, Object theirs) {
        if (mine instanceof Header m && theirs instanceof Header t) {
            return compare(HEADER, m, t);
        } else if (mine instanceof Partner m && theirs instanceof Partner t) {
            return compare(PARTNER, m, t);
        } else if (mine instanceof StatusUpdate m && theirs instanceof StatusUpdate t) {
            return compare(STATUS, m, t);
        } else if (mine instanceof Milestone m && theirs instanceof Milestone t) {
            return compare(MILESTONE, m, t);
        } else if (mine instanceof FundingLine m && theirs instanceof FundingLine t) {
            return compare(FUNDING, m, t);
        } else if (mine instanceof OutcomeMeasure m && theirs instanceof OutcomeMeasure t) {
            return compare(OUTCOME, m, t);
        } else if (mine instanceof OutcomeActual m && theirs instanceof OutcomeActual t) {
            return compare(ACTUAL, m, t);
        } else if (mine instanceof Risk m && theirs instanceof Risk t) {
            return compare(RISK, m, t);
        } else if (mine instanceof Note m && theirs instanceof Note t) {
            return compare(NOTE, m, t);
        } else if (mine instanceof Attachment m && theirs instanceof Attachment t) {
            return compare(DOCUMENT, m, t);
        }
        throw new IllegalArgumentException("No fields known for " + mine.getClass().getSimpleName());
    }

    private static <T> List<FieldDifference> compare(List<Field<T>> fields, T mine, T theirs) {
        List<FieldDifference> differences = new ArrayList<>();
        for (Field<T> field : fields) {
            String my = text(field.value().apply(mine));
            String their = text(field.value().apply(theirs));
            if (!Objects.equals(my, their)) {
                differences.add(new FieldDifference(field.name(), my, their));
            }
        }
        return differences;
    }

    /** A value as people read it: dates in full, money in pounds, lists joined, nothing as "(blank)". */
    static String text(Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return BLANK;
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant);
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? BLANK : String.join(", ", items.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }
}
