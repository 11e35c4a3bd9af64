package org.innovationportfolio.logic.briefing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innovationportfolio.logic.ports.PackRecord;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.export.AtomicFile;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.RagStaleness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces briefing packs: reads the portfolio, builds one document, renders it to each chosen format, writes
 * every file atomically, and records the pack so the next one can say what changed (and remembers its
 * implications and contact officer for the next one).
 */
public final class BriefingExport {

    private static final Logger LOG = LoggerFactory.getLogger(BriefingExport.class);

    private final Store store;
    private final Clock clock;
    private final Map<BriefingFormat, DocumentRenderer> renderers;

    public BriefingExport(Store store, Clock clock, List<DocumentRenderer> renderers) {
        this.store = store;
        this.clock = clock;
        this.renderers = renderers.stream().collect(Collectors.toMap(DocumentRenderer::format, Function.identity()));
    }

    /**
     * Reads what the pack needs in one transaction and builds its document.
     *
     * @throws RefusedException when a chosen project is not in the portfolio, or none is chosen from an empty one
     */
    public PreparedBriefing prepare(BriefingRequest request) {
        return prepare(request, null);
    }

    /**
     * As {@link #prepare(BriefingRequest)}, naming the council on the cover and in the header as given rather
     * than as the portfolio's settings have it.
     *
     * @param council the council's name for this pack; null or blank for the portfolio's own
     */
    public PreparedBriefing prepare(BriefingRequest request, String council) {
        String councilForPack = council == null || council.isBlank() ? null : council.strip();
        Instant produced = clock.instant();
        LocalDate today = LocalDate.now(clock);
        BriefingInputs inputs = store.read(repositories -> {
            List<Project> all = repositories.projects().findAll();
            List<Project> chosen = choose(all, request.projectIds());
            Set<UUID> adopted = chosen.stream().map(Project::innovationId).filter(id -> id != null).collect(Collectors.toSet());
            Map<UUID, String> titles = adopted.isEmpty() ? Map.of() : repositories.catalogue().findAll().stream()
                    .filter(i -> adopted.contains(i.id())).collect(Collectors.toMap(Innovation::id, Innovation::title));
            String named = councilForPack != null ? councilForPack
                    : repositories.settings().get(SettingKeys.COUNCIL_NAME).orElse(null);
            RagStaleness staleness = RagStaleness.fromSetting(repositories.settings().get(SettingKeys.RAG_STALE_AFTER_WEEKS));
            return new BriefingInputs(named, chosen, titles,
                    repositories.briefingHistory().latestBefore(request.board(), request.meetingDate()), today, produced,
                    staleness);
        });
        BriefingDocument document = BriefingPackBuilder.build(request, inputs);
        PackRecord record = new PackRecord(UUID.randomUUID(), produced, request.board(), request.meetingDate(),
                request.marking(), inputs.snapshot());
        return new PreparedBriefing(request, document, record);
    }

    /** The portfolio's council and officer names as the welcome kept them (empty when not given). */
    public Names names() {
        return store.read(repositories -> new Names(
                repositories.settings().get(SettingKeys.COUNCIL_NAME).orElse(""),
                repositories.settings().get(SettingKeys.OFFICER_NAME).orElse("")));
    }

    /** The last pack made for {@code board} for a meeting before {@code meetingDate}: what "changes since" compares with. */
    public java.util.Optional<PackRecord> lastPackBefore(String board, LocalDate meetingDate) {
        return store.read(repositories -> repositories.briefingHistory().latestBefore(board, meetingDate));
    }

    /** The council's name and the officer's name, each empty when not given. */
    public record Names(String council, String officer) {
    }

    /** The implications and contact officer written for the last pack, to start the next one from. */
    public BoardReport remembered() {
        return store.read(repositories -> BoardReportMemory.read(repositories.settings()));
    }

    private static List<Project> choose(List<Project> all, List<UUID> ids) {
        if (ids.isEmpty()) {
            if (all.isEmpty()) {
                throw new RefusedException("The portfolio has no projects yet, so there is nothing to brief on. "
                        + "Add a project or load the sample data first.");
            }
            return all;
        }
        Map<UUID, Project> byId = all.stream().collect(Collectors.toMap(Project::id, Function.identity()));
        List<Project> chosen = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (UUID id : ids) {
            Project project = byId.get(id);
            if (project == null) {
                throw new RefusedException("There is no project with id " + id + " in the portfolio. "
                        + "List the projects with: portfolio list --format csv");
            }
            if (seen.add(id)) {
                chosen.add(project);
            }
        }
        return chosen;
    }

    /**
     * Renders the pack to each target and writes the files, then records the pack. When rendering fails or is
     * cancelled no file is written; when writing one file fails, the others written by this call are removed.
     *
     * @param targets the file for each format wanted, in the order to make them
     * @return the files written
     * @throws ExportCancelledException when the user cancelled
     * @throws RefusedException when a file cannot be written, saying why
     */
    public List<Path> export(PreparedBriefing prepared, Map<BriefingFormat, Path> targets, RenderProgress progress) {
        return export(prepared, targets, PrintSize.STANDARD, progress);
    }

    /** As {@link #export(PreparedBriefing, Map, RenderProgress)}, in the given print size (large print: 14 pt body text). */
    public List<Path> export(PreparedBriefing prepared, Map<BriefingFormat, Path> targets, PrintSize size,
            RenderProgress progress) {
        if (targets.isEmpty()) {
            throw new RefusedException("Choose at least one format: Word or PDF.");
        }
        targets.forEach(BriefingExport::refuseFolder);
        Map<Path, byte[]> rendered = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<BriefingFormat, Path> target : targets.entrySet()) {
            DocumentRenderer renderer = renderers.get(target.getKey());
            if (renderer == null) {
                throw new IllegalStateException("No renderer for " + target.getKey());
            }
            rendered.put(target.getValue(), render(renderer, prepared.document(), size, slice(progress, index++, targets.size())));
        }
        progress.checkCancelled();
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> file : rendered.entrySet()) {
                write(file.getKey(), file.getValue());
                written.add(file.getKey());
            }
        } catch (RefusedException e) {
            written.forEach(BriefingExport::deleteQuietly);
            throw e;
        }
        store.writing(repositories -> {
            repositories.briefingHistory().record(prepared.record());
            BoardReportMemory.remember(repositories.settings(), prepared.request().report());
        });
        LOG.info("Briefing pack for {} written: {}", prepared.request().board(), written);
        return written;
    }

    private static byte[] render(DocumentRenderer renderer, BriefingDocument document, PrintSize size,
            RenderProgress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            renderer.render(document, size, out, progress);
        } catch (IOException e) {
            LOG.error("Could not render the briefing as {}", renderer.format(), e);
            throw new RefusedException("The briefing could not be made as " + renderer.format().label() + ": "
                    + e.getMessage() + ". No file was written.", e);
        }
        return out.toByteArray();
    }

    /** A folder named as the file gets its own message, before any rendering, rather than a failed write's. */
    private static void refuseFolder(BriefingFormat format, Path target) {
        if (Files.isDirectory(target)) {
            throw new RefusedException(target + " is a folder. Give the name of the file to write inside it, "
                    + "for example " + target.resolve("briefing-pack." + format.extension()) + ". Nothing was written.");
        }
    }

    private static void write(Path target, byte[] content) {
        try {
            AtomicFile.write(target, content);
        } catch (RefusedException e) {
            if (Files.exists(target)) {
                throw new RefusedException(e.getMessage() + " If " + target.getFileName()
                        + " is open in Word or a PDF reader, close it and try again.", e);
            }
            throw e;
        }
    }

    private static RenderProgress slice(RenderProgress whole, int index, int count) {
        return new RenderProgress() {
            @Override
            public void worked(int done, int total) {
                whole.worked(index * total + done, count * total);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {} after a failed export", file, e);
        }
    }
}
