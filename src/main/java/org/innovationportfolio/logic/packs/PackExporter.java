package org.innovationportfolio.logic.packs;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.Store;
import org.innovationportfolio.logic.packs.PackJson.Counts;
import org.innovationportfolio.logic.packs.PackJson.Entry;
import org.innovationportfolio.logic.packs.PackJson.InnovationRef;
import org.innovationportfolio.logic.packs.PackJson.Manifest;
import org.innovationportfolio.logic.packs.PackJson.ProjectIndex;
import org.innovationportfolio.logic.packs.PackJson.ProjectJson;
import org.innovationportfolio.logic.packs.PackJson.Sender;
import org.innovationportfolio.logic.packs.PackJson.Withheld;
import org.innovationportfolio.model.Checks;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Project;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes chosen projects to a pack file, and says beforehand what will leave and what will not. */
public final class PackExporter {

    private static final Logger LOG = LoggerFactory.getLogger(PackExporter.class);

    private final Store store;
    private final Clock clock;
    private final String appVersion;

    public PackExporter(Store store, Clock clock, String appVersion) {
        this.store = store;
        this.clock = clock;
        this.appVersion = appVersion == null || appVersion.isBlank() ? "development" : appVersion;
    }

    /** What {@link #export} would write, without writing anything. */
    public ExportSummary preview(ExportRequest request) {
        return summary(chosen(request).projects(), request);
    }

    /**
     * Writes the pack to {@code target} atomically: on failure nothing is left there and an existing file is kept.
     *
     * @throws RefusedException when a chosen project does not exist, there is nothing to send, or the file
     *     cannot be written
     */
    public ExportSummary export(ExportRequest request, Path target) {
        String senderName = Checks.optionalShort(request.senderName(), "The sender's name");
        if (senderName == null) {
            throw new RefusedException("Say who is sending the pack (your name), so your colleague knows where it came from.");
        }
        Chosen chosen = chosen(request);
        String council = Optional.ofNullable(Checks.optionalShort(request.senderCouncil(), "The council"))
                .orElse(chosen.council());
        ExportSummary summary = summary(chosen.projects(), request);
        try {
            Map<String, byte[]> entries = PackWriter.ordered();
            List<ProjectIndex> index = new ArrayList<>();
            for (Project project : chosen.projects()) {
                ProjectJson json = PackMapping.toJson(project, chosen.innovations().get(project.id()),
                        !request.withoutFunding(), !request.withoutRisks());
                String entry = PackFormat.projectEntry(json.id());
                entries.put(entry, PackJson.MAPPER.writeValueAsBytes(json));
                index.add(new ProjectIndex(json.id(), project.title(), entry));
            }
            List<Entry> listed = entries.entrySet().stream()
                    .map(e -> new Entry(e.getKey(), e.getValue().length, PackWriter.sha256(e.getValue())))
                    .toList();
            Manifest manifest = new Manifest(PackFormat.FORMAT_ID, PackFormat.CURRENT_VERSION, appVersion,
                    UUID.randomUUID().toString(), clock.instant(), new Sender(senderName, council),
                    new Withheld(summary.privateNotesWithheld(), request.withoutFunding(), request.withoutRisks()),
                    counts(summary), index, listed);
            PackWriter.write(target, PackJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest),
                    entries);
            LOG.info("Exported {} projects to {} (pack {})", summary.projects(), target, manifest.packId());
            return summary;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A project could not be written as JSON", e);
        } catch (IOException e) {
            LOG.warn("Could not write the pack {}", target, e);
            throw new RefusedException("The pack could not be written to " + target + ": " + e.getMessage()
                    + ". Choose another folder or free some space, then try again.", e);
        }
    }

    private record Chosen(List<Project> projects, Map<UUID, InnovationRef> innovations, String council) {
    }

    private Chosen chosen(ExportRequest request) {
        return store.read(repositories -> {
            List<Project> all = repositories.projects().findAll();
            List<Project> projects;
            if (request.projectIds().isEmpty()) {
                projects = all;
            } else {
                Map<UUID, Project> byId = all.stream().collect(Collectors.toMap(Project::id, Function.identity()));
                projects = new ArrayList<>();
                for (UUID id : request.projectIds().stream().distinct().toList()) {
                    Project project = byId.get(id);
                    if (project == null) {
                        throw new RefusedException("There is no project with the id " + id
                                + ". List the projects with: portfolio list --format csv");
                    }
                    projects.add(project);
                }
            }
            if (projects.isEmpty()) {
                throw new RefusedException("There are no projects to put in a pack. Add a project first.");
            }
            Map<UUID, InnovationRef> innovations = new LinkedHashMap<>();
            for (Project project : projects) {
                if (project.innovationId() != null) {
                    Optional<Innovation> entry = repositories.catalogue().find(project.innovationId());
                    innovations.put(project.id(), new InnovationRef(project.innovationId().toString(),
                            entry.map(Innovation::key).orElse(null), entry.map(Innovation::title).orElse(null)));
                }
            }
            String council = repositories.settings().get(SettingKeys.COUNCIL_NAME).orElse(null);
            return new Chosen(projects, innovations, council);
        });
    }

    private static ExportSummary summary(List<Project> projects, ExportRequest request) {
        int funding = sum(projects, p -> p.funding().size());
        int risks = sum(projects, p -> p.risks().size());
        int privateNotes = sum(projects, p -> (int) p.notes().stream().filter(n -> n.privateNote()).count());
        return new ExportSummary(projects.stream().map(Project::title).toList(),
                sum(projects, p -> p.milestones().size()),
                request.withoutFunding() ? 0 : funding,
                sum(projects, p -> p.outcomes().size()),
                sum(projects, p -> p.outcomes().stream().mapToInt(o -> o.actuals().size()).sum()),
                request.withoutRisks() ? 0 : risks,
                sum(projects, p -> p.notes().size()) - privateNotes,
                sum(projects, p -> p.statusHistory().size()),
                sum(projects, p -> p.partners().size()),
                0, privateNotes,
                request.withoutFunding() ? funding : 0,
                request.withoutRisks() ? risks : 0);
    }

    private static Counts counts(ExportSummary s) {
        return new Counts(s.projects(), s.partners(), s.statusUpdates(), s.milestones(), s.fundingLines(),
                s.outcomes(), s.actuals(), s.risks(), s.notes(), s.documents());
    }

    private static int sum(List<Project> projects, java.util.function.ToIntFunction<Project> size) {
        return projects.stream().mapToInt(size).sum();
    }
}
