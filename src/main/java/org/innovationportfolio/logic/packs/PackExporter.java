package org.innovationportfolio.logic.packs;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innovationportfolio.logic.ports.ProjectRepository.DetailsVersion;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.packs.PackWriter.ChangedFileException;
import org.innovationportfolio.logic.packs.PackWriter.FileEntry;
import org.innovationportfolio.logic.project.DocumentKey;
import org.innovationportfolio.logic.project.ProjectDocuments;
import org.innovationportfolio.logic.packs.PackJson.Counts;
import org.innovationportfolio.logic.packs.PackJson.DocumentJson;
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
import org.innovationportfolio.model.ProjectDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes chosen projects to a pack file, and says beforehand what will leave and what will not. */
public final class PackExporter {

    private static final Logger LOG = LoggerFactory.getLogger(PackExporter.class);

    private final Store store;
    private final Clock clock;
    private final String appVersion;
    private final Path dataFolder;

    /**
     * @param dataFolder the portfolio's data folder, where attached documents' copies are kept
     */
    public PackExporter(Store store, Clock clock, String appVersion, Path dataFolder) {
        this.store = store;
        this.clock = clock;
        this.appVersion = appVersion == null || appVersion.isBlank() ? "development" : appVersion;
        this.dataFolder = Objects.requireNonNull(dataFolder, "dataFolder");
    }

    /**
     * The name to offer as the pack's sender: the officer's name kept in the portfolio's settings, or
     * {@code loginName} (the computer's login) only when none is kept.
     */
    public String suggestedSender(String loginName) {
        return store.read(repositories -> repositories.settings().get(SettingKeys.OFFICER_NAME))
                .filter(name -> !name.isBlank()).map(String::strip).orElse(loginName);
    }

    /** What {@link #export} would write, without writing anything. */
    public ExportSummary preview(ExportRequest request) {
        Chosen chosen = chosen(request);
        return summary(chosen.projects(), chosen.documents(), request);
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
        ExportSummary summary = summary(chosen.projects(), chosen.documents(), request);
        Map<String, FileEntry> files = request.withoutDocuments() ? Map.of() : documentFiles(chosen);
        try {
            Map<String, byte[]> entries = PackWriter.ordered();
            List<ProjectIndex> index = new ArrayList<>();
            SentBases sent = new SentBases();
            for (Project project : chosen.projects()) {
                List<DocumentJson> documents = request.withoutDocuments() ? List.of()
                        : chosen.documents().getOrDefault(project.id(), List.of()).stream()
                                .map(PackExporter::documentJson).toList();
                ProjectJson json = PackMapping.toJson(project, chosen.innovations().get(project.id()),
                        !request.withoutFunding(), !request.withoutRisks(), documents);
                sent.add(PackMapping.toModel(json, project.provenance()), chosen.details().get(project.id()),
                        request.withoutDocuments() ? List.of()
                        : chosen.documents().getOrDefault(project.id(), List.of()).stream().map(Attachment::of)
                                .toList());
                String entry = PackFormat.projectEntry(json.id());
                entries.put(entry, PackJson.MAPPER.writeValueAsBytes(json));
                index.add(new ProjectIndex(json.id(), project.title(), entry));
            }
            List<Entry> listed = new ArrayList<>(entries.entrySet().stream()
                    .map(e -> new Entry(e.getKey(), e.getValue().length, PackWriter.sha256(e.getValue())))
                    .toList());
            files.forEach((path, file) -> listed.add(new Entry(path, file.size(), file.sha256())));
            Manifest manifest = new Manifest(PackFormat.FORMAT_ID, PackFormat.CURRENT_VERSION, appVersion,
                    UUID.randomUUID().toString(), clock.instant(), new Sender(senderName, council),
                    new Withheld(summary.privateNotesWithheld(), request.withoutFunding(), request.withoutRisks()),
                    counts(summary), index, listed);
            PackWriter.write(target, PackJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest),
                    entries, files);
            remember(sent, senderName);
            LOG.info("Exported {} projects and {} documents to {} (pack {})", summary.projects(), summary.documents(),
                    target, manifest.packId());
            return summary;
        } catch (ChangedFileException e) {
            LOG.warn("A document's copy changed since it was attached: {}", e.entry(), e);
            throw new RefusedException(changedDocument(chosen, e.entry()), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A project could not be written as JSON", e);
        } catch (IOException e) {
            LOG.warn("Could not write the pack {}", target, e);
            String reason = String.valueOf(e.getMessage()).strip();
            throw new RefusedException("The pack could not be written to " + target + ": " + reason
                    + (reason.endsWith(".") ? "" : ".") + " Choose another folder or free some space, then try again.",
                    e);
        }
    }

    /**
     * Remembers what was sent, and the sender's name as the officer's when none is kept yet; a failure here
     * leaves the written pack good, so it is logged, not raised.
     */
    private void remember(SentBases sent, String senderName) {
        try {
            store.writing(repositories -> {
                sent.record(repositories.packHistory(), repositories.projects());
                if (repositories.settings().get(SettingKeys.OFFICER_NAME).filter(n -> !n.isBlank()).isEmpty()) {
                    repositories.settings().put(SettingKeys.OFFICER_NAME, senderName);
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("The pack was written, but what it sent could not be remembered; a copy coming back may show "
                    + "conflicts", e);
        }
    }

    /** @param details when each project's own details last changed, read with the projects */
    private record Chosen(List<Project> projects, Map<UUID, InnovationRef> innovations, String council,
            Map<UUID, List<ProjectDocument>> documents, Map<UUID, DetailsVersion> details) {
    }

    private static DocumentJson documentJson(ProjectDocument d) {
        String label = DocumentNames.label(d.fileName());
        return new DocumentJson(d.id().toString(), label, DocumentNames.mediaType(d), d.sizeBytes(), d.sha256(),
                d.lastModified());
    }

    /**
     * Each document's copy in the data folder, by its pack entry (one entry for identical files), refusing
     * before anything is written when a copy is missing.
     */
    private Map<String, FileEntry> documentFiles(Chosen chosen) {
        Map<String, FileEntry> files = new LinkedHashMap<>();
        ProjectDocuments copies = new ProjectDocuments(store, dataFolder, clock);
        Optional<DocumentKey> key = copies.key();
        for (Project project : chosen.projects()) {
            for (ProjectDocument d : chosen.documents().getOrDefault(project.id(), List.of())) {
                Path copy = copies.copyOf(d, key);
                if (!copies.hasCopy(d, key)) {
                    throw new RefusedException("The document \"" + d.fileName() + "\" attached to \"" + project.title()
                            + "\" is missing from the data folder (" + copy + "). Attach it to the project again, "
                            + "or leave documents out of the pack. No pack was written.");
                }
                files.putIfAbsent(PackFormat.documentEntry(d.sha256()), new FileEntry(() -> copies.read(d, key), d.sizeBytes(),
                        d.sha256()));
            }
        }
        return files;
    }

    private static String changedDocument(Chosen chosen, String entry) {
        for (Project project : chosen.projects()) {
            for (ProjectDocument d : chosen.documents().getOrDefault(project.id(), List.of())) {
                if (PackFormat.documentEntry(d.sha256()).equals(entry)) {
                    return "The copy of \"" + d.fileName() + "\" attached to \"" + project.title() + "\" has changed "
                            + "or been damaged since it was attached, so it cannot be sent as it is. Remove it from the "
                            + "project and attach it again, or leave documents out of the pack. No pack was written.";
                }
            }
        }
        return "An attached document's copy has changed since it was attached. No pack was written.";
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
            Map<UUID, List<ProjectDocument>> documents = repositories.documents()
                    .findByProjects(projects.stream().map(Project::id).toList()).stream()
                    .collect(Collectors.groupingBy(ProjectDocument::projectId, LinkedHashMap::new, Collectors.toList()));
            Map<UUID, DetailsVersion> details = repositories.projects()
                    .detailsVersions(projects.stream().map(Project::id).toList());
            return new Chosen(projects, innovations, council, documents, details);
        });
    }

    private static ExportSummary summary(List<Project> projects, Map<UUID, List<ProjectDocument>> byProject,
            ExportRequest request) {
        List<ProjectDocument> documents = projects.stream()
                .flatMap(p -> byProject.getOrDefault(p.id(), List.of()).stream()).toList();
        long documentBytes = documents.stream().mapToLong(ProjectDocument::sizeBytes).sum();
        boolean sent = !request.withoutDocuments();
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
                sent ? documents.size() : 0, sent ? documentBytes : 0, privateNotes,
                request.withoutFunding() ? funding : 0,
                request.withoutRisks() ? risks : 0,
                sent ? 0 : documents.size(), sent ? 0 : documentBytes);
    }

    private static Counts counts(ExportSummary s) {
        return new Counts(s.projects(), s.partners(), s.statusUpdates(), s.milestones(), s.fundingLines(),
                s.outcomes(), s.actuals(), s.risks(), s.notes(), s.documents());
    }

    private static int sum(List<Project> projects, java.util.function.ToIntFunction<Project> size) {
        return projects.stream().mapToInt(size).sum();
    }
}
