package org.innovationportfolio.logic.sample;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The shape of {@code portfolio.json}, field for field; {@link SamplePortfolio} maps it to the model. */
final class PortfolioJson {

    private PortfolioJson() {
    }

    record File(int formatVersion, String council, String notice, LocalDate asOf, List<ProjectJson> projects) {
    }

    record ProjectJson(String id, String title, String innovationKey, String stage, String leadOfficer,
            String sponsor, String governanceBoard, LocalDate startDate, LocalDate endDate, String targetCohort,
            String objectives, List<String> tags, List<PartnerJson> partners, List<StatusJson> statusHistory,
            List<StageJson> stageHistory, List<MilestoneJson> milestones, List<FundingJson> funding,
            List<OutcomeJson> outcomes, List<RiskJson> risks, List<NoteJson> notes, Instant created, Instant lastModified) {
    }

    record PartnerJson(String id, String organisation, String role, Instant lastModified) {
    }

    record StatusJson(String id, LocalDate date, String rag, String commentary, String author, Instant lastModified) {
    }

    record StageJson(String id, String from, String to, LocalDate changedOn, Instant lastModified) {
    }

    record MilestoneJson(String id, String title, LocalDate baseline, LocalDate forecast, LocalDate completed,
            String status, String owner, Instant lastModified) {
    }

    record FundingJson(String id, String source, String type, String financialYear, long awarded, long spent,
            long forecast, String status, String reference, String conditions, Instant lastModified) {
    }

    record OutcomeJson(String id, String name, String unit, String direction, BigDecimal baseline,
            LocalDate baselineDate, BigDecimal target, LocalDate targetDate, List<ActualJson> actuals,
            Instant lastModified) {
    }

    record ActualJson(String id, LocalDate date, BigDecimal value, String note, Instant lastModified) {
    }

    record RiskJson(String id, String description, int likelihood, int impact, String owner, String mitigation,
            String status, Instant lastModified) {
    }

    record NoteJson(String id, LocalDate date, String kind, String text, String author,
            @JsonProperty("private") boolean privateNote, Instant lastModified) {
    }
}
