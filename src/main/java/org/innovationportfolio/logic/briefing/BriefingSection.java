package org.innovationportfolio.logic.briefing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.innovationportfolio.logic.RefusedException;

/**
 * A part of a briefing pack the officer can leave out: the summary, and the appendices after it. The cover, the
 * contents, the purpose and the decisions sought are always there.
 */
public enum BriefingSection {
    EXECUTIVE_SUMMARY("summary", "Summary"),
    RAG_TABLE("rag", "Portfolio RAG status"),
    PIPELINE("pipeline", "Stage pipeline"),
    FUNDING("funding", "Funding"),
    MILESTONES("milestones", "Milestones"),
    RISKS("risks", "Top risks"),
    CHANGES("changes", "Changes since the last pack"),
    PROJECT_PAGES("projects", "Project pages");

    private final String key;
    private final String title;

    BriefingSection(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The short name the command line uses, e.g. "funding". */
    public String key() {
        return key;
    }

    /** The section's heading in the pack. */
    public String title() {
        return title;
    }

    public static Set<BriefingSection> all() {
        return EnumSet.allOf(BriefingSection.class);
    }

    /** Reads a comma-separated list of keys ("summary,funding,projects"), or "all". */
    public static Set<BriefingSection> parseList(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("all")) {
            return all();
        }
        Set<BriefingSection> sections = EnumSet.noneOf(BriefingSection.class);
        for (String part : text.split(",")) {
            String key = part.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            sections.add(Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
                    .orElseThrow(() -> new RefusedException("\"" + part.strip() + "\" is not a briefing section. Use any of: "
                            + String.join(", ", Arrays.stream(values()).map(BriefingSection::key).toList()) + ", or all.")));
        }
        return sections;
    }

    @Override
    public String toString() {
        return title;
    }
}
