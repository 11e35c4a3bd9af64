package org.innovationportfolio.logic.packs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of a pack's entries, field for field as docs/pack-format.md and the schemas give them. */
final class PackJson {

    /**
     * Strict both ways: duplicate keys and unknown fields are errors, numbers stay exact, instants are
     * ISO text. Nulls are written, so every field the schema requires is always there.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    private PackJson() {
    }

    @JsonPropertyOrder({"format", "formatVersion", "appVersion", "packId", "createdAt", "createdBy", "withheld",
        "counts", "projects", "entries"})
    record Manifest(String format, String formatVersion, String appVersion, String packId, Instant createdAt,
            Sender createdBy, Withheld withheld, Counts counts, List<ProjectIndex> projects, List<Entry> entries) {
    }

    record Sender(String name, String council) {
    }

    record Withheld(int privateNotes, boolean funding, boolean risks) {
    }

    @JsonPropertyOrder({"projects", "partners", "statusUpdates", "milestones", "fundingLines", "outcomes", "actuals",
        "risks", "notes", "documents"})
    record Counts(int projects, int partners, int statusUpdates, int milestones, int fundingLines, int outcomes,
            int actuals, int risks, int notes, int documents) {
    }

    record ProjectIndex(String id, String title, String entry) {
    }

    record Entry(String path, long size, String sha256) {
    }

    @JsonPropertyOrder({"id", "title", "innovation", "stage", "leadOfficer", "sponsor", "governanceBoard", "startDate",
        "endDate", "targetCohort", "objectives", "tags", "partners", "statusHistory", "milestones", "funding",
        "outcomes", "risks", "notes", "documents", "created", "lastModified"})
    record ProjectJson(String id, String title, InnovationRef innovation, String stage, String leadOfficer,
            String sponsor, String governanceBoard, LocalDate startDate, LocalDate endDate, String targetCohort,
            String objectives, List<String> tags, List<PartnerJson> partners, List<StatusJson> statusHistory,
            List<MilestoneJson> milestones, List<FundingJson> funding, List<OutcomeJson> outcomes,
            List<RiskJson> risks, List<NoteJson> notes, List<DocumentJson> documents, Instant created,
            Instant lastModified) {
    }

    record InnovationRef(String id, String key, String title) {
    }

    record PartnerJson(String id, String organisation, String role, Instant lastModified) {
    }

    record StatusJson(String id, LocalDate date, String rag, String commentary, String author, Instant lastModified) {
    }

    record MilestoneJson(String id, String title, LocalDate baseline, LocalDate forecast, LocalDate completed,
            String status, String owner, Instant lastModified) {
    }

    record FundingJson(String id, String source, String type, String financialYear, long awardedPence,
            long spentPence, long forecastPence, String status, String reference, String conditions,
            Instant lastModified) {
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

    record NoteJson(String id, LocalDate date, String kind, String text, String author, Instant lastModified) {
    }

    record DocumentJson(String id, String fileName, String mediaType, long size, String sha256, Instant lastModified) {
    }
}
