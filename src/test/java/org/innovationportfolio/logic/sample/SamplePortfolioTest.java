package org.innovationportfolio.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StageChange;
import org.innovationportfolio.model.StatusUpdate;
import org.junit.jupiter.api.Test;

class SamplePortfolioTest {

    private static final LocalDate DATA_DAY = LocalDate.of(2026, 11, 23);

    private final SamplePortfolio sample = SamplePortfolio.read(DATA_DAY);

    @Test
    void sampleValidatesAgainstItsSchemaWithFormatsChecked() {
        JsonNode document = BundledJson.readTree(SamplePortfolio.RESOURCE, "the sample");
        assertThat(validate(document)).isEmpty();

        ObjectNode broken = document.deepCopy();
        ((ObjectNode) broken.get("projects").get(0)).put("id", "not-a-uuid");
        ((ObjectNode) broken.get("projects").get(0)).put("startDate", "2026-02-30");
        assertThat(validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void sampleSaysItIsFictional() {
        assertThat(sample.council()).contains("fictional");
        assertThat(sample.notice()).containsIgnoringCase("fictional");
        assertThat(sample.asOf()).isEqualTo(DATA_DAY);
    }

    @Test
    void everyStageAndEveryRagAppears() {
        assertThat(sample.projects()).extracting(Project::stage).contains(Stage.values());
        assertThat(sample.projects()).map(p -> p.rag().orElseThrow()).contains(Rag.values());
    }

    @Test
    void sampleHasAboutTwelveAdoptionsAndHomeGrownPilots() {
        assertThat(sample.projects().stream().filter(p -> p.innovationId() != null)).hasSizeBetween(10, 14);
        assertThat(sample.projects().stream().filter(p -> p.innovationId() == null)).isNotEmpty();
    }

    @Test
    void sampleHasAPrivateNote() {
        assertThat(sample.projects().stream().flatMap(p -> p.notes().stream())).anyMatch(Note::privateNote);
    }

    @Test
    void milestonesIncludeOverdueDueSoonAndSlipped() {
        List<Milestone> milestones = sample.projects().stream().flatMap(p -> p.milestones().stream()).toList();
        assertThat(milestones).anyMatch(m -> m.isOverdue(DATA_DAY));
        assertThat(milestones).anyMatch(m -> m.isDueWithin(DATA_DAY, 90));
        assertThat(milestones).anyMatch(m -> m.slippageDays() > 0 && !m.isDone());
        assertThat(milestones).anyMatch(m -> m.slippageDays() > 0 && m.isDone());
    }

    @Test
    void aGrantEndsPartWayAndCouncilBudgetTakesOver() {
        assertThat(sample.projects().stream().anyMatch(p -> {
            FinancialYear lastGrant = lastYear(p, FundingType.GRANT);
            FinancialYear lastCouncil = lastYear(p, FundingType.COUNCIL_BUDGET);
            return lastGrant != null && lastCouncil != null && lastCouncil.compareTo(lastGrant) > 0
                    && p.funding().stream().anyMatch(f -> f.type() == FundingType.COUNCIL_BUDGET
                            && f.year().equals(lastGrant.next()));
        })).as("a project whose grant ends before its council budget starts").isTrue();
    }

    @Test
    void fundingComesFromEveryTypeAcrossFourYears() {
        List<FundingLine> lines = sample.projects().stream().flatMap(p -> p.funding().stream()).toList();
        assertThat(lines).extracting(FundingLine::type).contains(FundingType.values());
        assertThat(lines).extracting(FundingLine::year).contains(new FinancialYear(2023), new FinancialYear(2024),
                new FinancialYear(2025), new FinancialYear(2026));
    }

    @Test
    void oneProjectHasEighteenMonthsOfRagHistoryWithMovement() {
        assertThat(sample.projects().stream().anyMatch(p -> {
            List<StatusUpdate> history = p.statusHistory();
            long months = ChronoUnit.MONTHS.between(history.get(history.size() - 1).date(), history.get(0).date());
            long ragChanges = Stream.iterate(1, i -> i < history.size(), i -> i + 1)
                    .filter(i -> history.get(i).rag() != history.get(i - 1).rag()).count();
            return months >= 18 && history.size() >= 12 && ragChanges >= 3
                    && history.stream().map(StatusUpdate::rag).distinct().count() == 3;
        })).as("a project with 18 months of RAG history moving through red, amber and green").isTrue();
    }

    @Test
    void everyRecordHasItsOwnId() {
        List<Object> ids = sample.projects().stream().flatMap(p -> Stream.of(
                Stream.of(p.id()),
                p.partners().stream().map(x -> x.id()),
                p.statusHistory().stream().map(x -> x.id()),
                p.milestones().stream().map(x -> x.id()),
                p.funding().stream().map(x -> x.id()),
                p.outcomes().stream().flatMap(o -> Stream.concat(Stream.of(o.id()), o.actuals().stream().map(a -> a.id()))),
                p.risks().stream().map(x -> x.id()),
                p.notes().stream().map(x -> x.id())).flatMap(s -> s)).map(Object.class::cast).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThan(300);
    }

    @Test
    void freeTextNamesNoCalendarYearSoShiftedDataStaysTrue() {
        Pattern year = Pattern.compile("\\b(19|20)\\d\\d\\b");
        List<String> texts = sample.projects().stream().flatMap(p -> Stream.of(
                Stream.of(p.title(), p.objectives(), p.targetCohort()),
                p.statusHistory().stream().map(StatusUpdate::commentary),
                p.milestones().stream().map(Milestone::title),
                p.funding().stream().flatMap(f -> Stream.of(f.reference(), f.conditions())),
                p.risks().stream().flatMap(r -> Stream.of(r.description(), r.mitigation())),
                p.notes().stream().map(Note::text)).flatMap(s -> s)).filter(t -> t != null).toList();
        assertThat(texts).noneMatch(t -> year.matcher(t).find());
    }

    @Test
    void readingTwiceOnTheSameDayGivesTheSameData() {
        assertThat(SamplePortfolio.read(DATA_DAY.plusYears(3).plusDays(40)))
                .isEqualTo(SamplePortfolio.read(DATA_DAY.plusYears(3).plusDays(40)));
    }

    @Test
    void yearShiftCountsWholeYearsFromTheDataDay() {
        assertThat(YearShift.between(DATA_DAY, DATA_DAY).years()).isZero();
        assertThat(YearShift.between(DATA_DAY, LocalDate.of(2027, 11, 22)).years()).isZero();
        assertThat(YearShift.between(DATA_DAY, LocalDate.of(2027, 11, 23)).years()).isEqualTo(1);
        assertThat(YearShift.between(DATA_DAY, LocalDate.of(2031, 1, 5)).years()).isEqualTo(4);
        assertThat(YearShift.between(DATA_DAY, LocalDate.of(2025, 1, 1)).years()).isZero();
    }

    @Test
    void sampleIsUnchangedUntilAFullYearHasPassed() {
        assertThat(SamplePortfolio.read(LocalDate.of(2027, 11, 22))).isEqualTo(sample);
    }

    @Test
    void aYearLaterEveryDateAndFinancialYearMovesOnAYear() {
        SamplePortfolio later = SamplePortfolio.read(LocalDate.of(2027, 11, 23));
        assertThat(later.asOf()).isEqualTo(LocalDate.of(2027, 11, 23));
        assertThat(later.projects()).hasSameSizeAs(sample.projects());
        for (int i = 0; i < sample.projects().size(); i++) {
            Project before = sample.projects().get(i);
            Project after = later.projects().get(i);
            assertThat(after.id()).isEqualTo(before.id());
            assertThat(after.startDate()).isEqualTo(before.startDate() == null ? null : before.startDate().plusYears(1));
            assertThat(after.created()).isEqualTo(before.created().atOffset(ZoneOffset.UTC).plusYears(1).toInstant());
            assertThat(after.funding()).extracting(f -> f.year().startYear())
                    .containsExactlyElementsOf(before.funding().stream().map(f -> f.year().startYear() + 1).toList());
            assertThat(after.funding()).extracting(FundingLine::awarded)
                    .containsExactlyElementsOf(before.funding().stream().map(FundingLine::awarded).toList());
            assertThat(after.statusHistory()).extracting(StatusUpdate::date)
                    .containsExactlyElementsOf(before.statusHistory().stream().map(s -> s.date().plusYears(1)).toList());
            assertThat(after.milestones()).extracting(Milestone::due)
                    .containsExactlyElementsOf(before.milestones().stream()
                            .map(m -> m.due() == null ? null : m.due().plusYears(1)).toList());
        }
        List<Milestone> milestones = later.projects().stream().flatMap(p -> p.milestones().stream()).toList();
        assertThat(milestones).anyMatch(m -> m.isOverdue(later.asOf()));
        assertThat(milestones).anyMatch(m -> m.isDueWithin(later.asOf(), 90));
    }

    private static FinancialYear lastYear(Project project, FundingType type) {
        return project.funding().stream().filter(f -> f.type() == type).map(FundingLine::year)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private static Set<ValidationMessage> validate(JsonNode document) {
        JsonNode schema = BundledJson.readTree(SamplePortfolio.SCHEMA, "the schema");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build())
                .validate(document);
    }

    @Test
    void stageHistoriesAreDatedChainsThatEndAtEachProjectsStage() {
        assertThat(sample.projects()).filteredOn(p -> !p.stageHistory().isEmpty()).hasSizeGreaterThan(10);
        for (Project project : sample.projects()) {
            List<StageChange> history = project.stageHistory(); // newest first
            if (history.isEmpty()) {
                assertThat(project.stage()).as(project.title()).isEqualTo(Stage.EXPLORING);
                continue;
            }
            assertThat(history.get(0).to()).as(project.title()).isEqualTo(project.stage());
            assertThat(history.get(history.size() - 1).from()).as(project.title())
                    .isEqualTo(Stage.EXPLORING);
            for (int i = 0; i + 1 < history.size(); i++) {
                assertThat(history.get(i).from()).as(project.title()).isEqualTo(history.get(i + 1).to());
            }
            assertThat(history).allSatisfy(change -> assertThat(change.changedOn())
                    .isBetween(LocalDate.ofInstant(project.created(), ZoneOffset.UTC), sample.asOf()));
        }
    }
}
