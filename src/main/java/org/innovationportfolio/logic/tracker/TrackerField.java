package org.innovationportfolio.logic.tracker;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innovationportfolio.model.FinancialYear;

/** What a tracker column means, guessed from the header text officers actually write. */
public enum TrackerField {
    ID("Project id", "project id", "id", "project uuid", "portfolio id"),
    TITLE("Project", "project", "project name", "project title", "title", "scheme", "scheme name", "initiative",
            "initiative name", "name", "innovation", "project/scheme"),
    STAGE("Stage", "stage", "phase", "project stage", "current stage", "project phase"),
    RAG("RAG", "rag", "status", "overall rag", "rag status", "overall status", "rag rating", "current rag",
            "overall rag status", "delivery confidence", "rag rating overall"),
    COMMENTARY("Commentary", "commentary", "comments", "comment", "update", "latest update", "progress update",
            "narrative", "progress", "status update", "commentary/update", "rag commentary", "latest position",
            "position", "highlight"),
    LEAD("Lead officer", "lead", "project lead", "sro", "lead officer", "owner", "project manager", "pm",
            "responsible officer", "project owner", "officer"),
    SPONSOR("Sponsor", "sponsor", "executive sponsor", "project sponsor", "director"),
    BOARD("Governance board", "governance board", "board", "governance"),
    START("Start date", "start", "start date", "planned start", "project start"),
    END("End date", "end", "end date", "finish", "finish date", "completion date", "planned end", "project end"),
    /** Funding awarded in one financial year, in a column headed by the year. */
    FUNDING("Funding in a year");

    private static final Pattern YEAR = Pattern.compile(
            "^(?:(?:funding|budget|allocation|award|awarded|grant|spend)\\s+)?(?:fy\\s*)?(\\d{2}|\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})"
                    + "(?:\\s+(?:funding|budget|allocation|award|awarded|grant))?(?:\\s*\\(?£\\)?)?$");

    private final String label;
    private final List<String> synonyms;

    TrackerField(String label, String... synonyms) {
        this.label = label;
        this.synonyms = List.of(synonyms);
    }

    public String label() {
        return label;
    }

    /** A column's meaning from its header: a field and, for funding, the year. */
    public record Guess(TrackerField field, FinancialYear year) {
        @Override
        public String toString() {
            return field == FUNDING ? "Funding " + year : field.label();
        }
    }

    /** The field {@code header} names, if any. */
    public static Optional<Guess> guess(String header) {
        String h = normal(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        for (TrackerField field : values()) {
            if (field.synonyms.contains(h)) {
                return Optional.of(new Guess(field, null));
            }
        }
        return financialYear(h).map(year -> new Guess(FUNDING, year));
    }

    /** "2024/25", "24-25", "FY24/25", "2024/2025", "Budget 2024/25 (£)" as a financial year. */
    static Optional<FinancialYear> financialYear(String normalHeader) {
        Matcher m = YEAR.matcher(normalHeader);
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (m.group(1).length() == 2) {
            start += 2000;
        }
        if (m.group(2).length() == 4 ? end != start + 1 : end != (start + 1) % 100) {
            return Optional.empty();
        }
        return Optional.of(new FinancialYear(start));
    }

    /** Lower case, single spaces, no stray punctuation: "Overall  RAG:" is "overall rag". */
    static String normal(String header) {
        if (header == null) {
            return "";
        }
        return header.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("[\\r\\n\\t]+", " ")
                .replaceAll("[:*.?]+$", "").replaceAll("\\s+", " ").strip();
    }
}
