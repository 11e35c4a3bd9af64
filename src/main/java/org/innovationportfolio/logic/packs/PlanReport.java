package org.innovationportfolio.logic.packs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An import plan (and its result, once applied) as people read it and as scripts read it (JSON, camelCase). */
public final class PlanReport {

    private static final int RECORDS_SHOWN = 20;

    private PlanReport() {
    }

    /** Plain lines: who sent it, the counts, each project with its choice and what differs, then remarks. */
    public static List<String> text(ImportPlan plan, ImportResult result) {
        List<String> lines = new ArrayList<>();
        Pack pack = plan.pack();
        lines.add("Pack from " + pack.from() + ", made " + pack.createdAt() + ".");
        lines.add(ExportSummary.count(plan.projects().size(), "project") + ": " + plan.count(ProjectStatus.NEW)
                + " new, " + plan.count(ProjectStatus.UNCHANGED) + " unchanged, " + plan.count(ProjectStatus.UPDATED)
                + " updated, " + plan.count(ProjectStatus.CONFLICT) + " in conflict."
                + (plan.importedBefore() ? " You have imported this pack before." : ""));
        for (ProjectPlan p : plan.projects()) {
            lines.add(String.format(Locale.UK, "  %-10s %s -> %s", p.status().label().toUpperCase(Locale.UK),
                    p.title(), action(p)));
            p.records().stream().limit(RECORDS_SHOWN).forEach(r -> lines.add("      " + r.kind() + " \"" + r.label()
                    + "\": " + r.status().label().toLowerCase(Locale.UK)));
            if (p.records().size() > RECORDS_SHOWN) {
                lines.add("      … and " + (p.records().size() - RECORDS_SHOWN) + " more");
            }
            p.notes().forEach(n -> lines.add("      " + n));
        }
        plan.notes().stream().skip(1).forEach(lines::add);
        lines.add(result == null ? "Dry run: nothing was changed." : result.summary());
        return lines;
    }

    /** What the chosen resolution will do to this project, in words. */
    public static String action(ProjectPlan p) {
        if (!p.changesPortfolio()) {
            return p.status() == ProjectStatus.UNCHANGED ? "nothing to do" : "keep mine (not changed)";
        }
        if (p.status() == ProjectStatus.NEW) {
            return "add";
        }
        return switch (p.resolution()) {
            case TAKE_THEIRS -> "take theirs";
            case KEEP_BOTH -> "keep both (theirs added as a copy)";
            case KEEP_MINE -> "keep mine";
        };
    }

    /** The plan, and the result when applied, as UTF-8 JSON with a trailing newline. */
    public static byte[] json(ImportPlan plan, ImportResult result) {
        ObjectNode root = PackJson.MAPPER.createObjectNode();
        Pack pack = plan.pack();
        ObjectNode about = root.putObject("pack");
        about.put("packId", pack.packId().toString());
        about.put("formatVersion", pack.formatVersion());
        about.put("appVersion", pack.appVersion());
        about.put("createdAt", pack.createdAt().toString());
        about.put("sender", pack.senderName());
        about.put("council", pack.senderCouncil());
        ObjectNode withheld = about.putObject("withheld");
        withheld.put("privateNotes", pack.privateNotesWithheld());
        withheld.put("funding", pack.fundingWithheld());
        withheld.put("risks", pack.risksWithheld());
        about.put("documents", pack.documents().size());
        root.put("importedBefore", plan.importedBefore());
        root.put("dryRun", result == null);
        ObjectNode counts = root.putObject("counts");
        for (ProjectStatus status : ProjectStatus.values()) {
            counts.put(status.name().toLowerCase(Locale.ROOT), plan.count(status));
        }
        ArrayNode projects = root.putArray("projects");
        for (ProjectPlan p : plan.projects()) {
            ObjectNode node = projects.addObject();
            node.put("id", p.id().toString());
            node.put("title", p.title());
            node.put("status", p.status().name());
            node.put("choice", p.resolution().option());
            node.put("changes", p.changesPortfolio());
            ArrayNode records = node.putArray("records");
            p.records().forEach(r -> records.addObject().put("kind", r.kind()).put("id", r.id().toString())
                    .put("label", r.label()).put("status", r.status().name()));
            ArrayNode notes = node.putArray("notes");
            p.notes().forEach(notes::add);
        }
        ArrayNode notes = root.putArray("notes");
        plan.notes().forEach(notes::add);
        if (result != null) {
            ObjectNode applied = root.putObject("result");
            applied.put("added", result.added());
            applied.put("updated", result.updated());
            applied.put("copied", result.copied());
            applied.put("kept", result.kept());
            applied.put("backup", result.backup() == null ? null : result.backup().toString());
        }
        try {
            return (PackJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The plan could not be written as JSON", e);
        }
    }
}
