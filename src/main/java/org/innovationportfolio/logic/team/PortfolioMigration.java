package org.innovationportfolio.logic.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.ports.PackRecord;
import org.innovationportfolio.logic.ports.ProjectRepository.DetailsVersion;
import org.innovationportfolio.logic.ports.Repositories;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.CatalogueSource;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;
import org.innovationportfolio.model.ProjectSummary;

/**
 * Copies a laptop's portfolio into a team portfolio: {@code team migrate}. Both sides are {@link Store}s; the
 * laptop's is only read. The copy is checked, resumable and idempotent:
 * <ul>
 * <li>the catalogue and the portfolio-wide settings first, each in one transaction;</li>
 * <li>then the projects, whole, in batches, one transaction per batch, written through the server store's one
 * project writer with their documents' records and pack bases. A project already on the server with the same
 * content (by id and {@link ContentDigest}) is skipped, so a run that was stopped part way is simply run again;
 * one there with different content is reported and left alone unless {@link Options#replace};</li>
 * <li>then the briefing packs' records, by id;</li>
 * <li>finally the check: counts on both sides and each project's digest read back from both.</li>
 * </ul>
 * Refused, before anything is written, when the server holds another portfolio (projects the laptop does not have,
 * or another council's name) unless {@link Options#merge}.
 */
public final class PortfolioMigration {

    /** Portfolio-wide settings that travel; the rest (the officer's own name, last briefing's contact) stay. */
    static final List<String> PORTFOLIO_SETTINGS = List.of(SettingKeys.COUNCIL_NAME,
            SettingKeys.RAG_STALE_AFTER_WEEKS, SettingKeys.CATALOGUE_VERSION, SettingKeys.SAMPLE_LOADED);

    /**
     * @param merge add to a server that holds another portfolio
     * @param replace overwrite projects (and catalogue entries, settings) that differ on the server
     * @param batchSize projects per transaction
     * @param maxBatches stop after this many batches that wrote something (0: no limit), to move in parts
     * @param checkOnly write nothing; only compare
     */
    public record Options(boolean merge, boolean replace, int batchSize, int maxBatches, boolean checkOnly) {
        public static final int DEFAULT_BATCH = 50;

        public Options {
            if (batchSize < 1 || batchSize > 10_000) {
                throw new RefusedException("The batch size must be between 1 and 10000 projects; "
                        + batchSize + " is not.");
            }
            if (maxBatches < 0) {
                throw new RefusedException("The number of batches cannot be negative.");
            }
        }

        public static Options defaults() {
            return new Options(false, false, DEFAULT_BATCH, 0, false);
        }
    }

    /** What one kind of thing numbers on each side. */
    public record Count(String what, int laptop, int server) {
    }

    /** One project's digest on each side; null where the project is missing. */
    public record ProjectCheck(UUID id, String title, String laptopDigest, String serverDigest) {
        public boolean same() {
            return laptopDigest != null && laptopDigest.equals(serverDigest);
        }
    }

    /**
     * @param copied projects written that were not on the server
     * @param unchanged projects already on the server with the same content
     * @param replaced projects that differed and were overwritten (--replace)
     * @param differing projects that differ on the server and were left alone
     * @param finished false when {@link Options#maxBatches} stopped the copy with projects still to go
     * @param remaining projects still to copy when stopped early
     * @param counts counts on both sides, for the check
     * @param checks each laptop project's digest on both sides (empty when stopped early)
     * @param problems what the check found wrong, in words; empty when all is well
     * @param notes what else was done or left, in words
     */
    public record Result(int copied, int unchanged, int replaced, List<ProjectCheck> differing, boolean finished,
            int remaining, List<Count> counts, List<ProjectCheck> checks, List<String> problems, List<String> notes) {
        public boolean checkedOk() {
            return finished && problems.isEmpty();
        }
    }

    private final Store laptop;
    private final Store server;
    private final Options options;
    private final Consumer<String> progress;
    private final List<String> notes = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * @param progress told each step as it is done, in words (the command prints it)
     */
    public PortfolioMigration(Store laptop, Store server, Options options, Consumer<String> progress) {
        this.laptop = Objects.requireNonNull(laptop, "laptop");
        this.server = Objects.requireNonNull(server, "server");
        this.options = Objects.requireNonNull(options, "options");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Runs the copy (or only the check) and the check.
     *
     * @throws RefusedException before writing anything, when the server holds another portfolio and
     *         {@link Options#merge} was not given
     */
    public Result run() {
        List<ProjectSummary> ours = laptop.read(r -> r.projects().findAllForListing());
        Map<UUID, String> serverTitles = titles(server.read(r -> r.projects().findAllForListing()));
        refuseAnotherPortfolio(ours, serverTitles);

        int copied = 0;
        int unchanged = 0;
        int replaced = 0;
        List<ProjectCheck> differing = new ArrayList<>();
        boolean finished = true;
        int remaining = 0;
        if (!options.checkOnly()) {
            copyCatalogue();
            copySettings();
            List<List<UUID>> batches = batches(ours.stream().map(ProjectSummary::id).toList(), options.batchSize());
            int written = 0;
            for (int i = 0; i < batches.size(); i++) {
                if (options.maxBatches() > 0 && written == options.maxBatches()) {
                    finished = false;
                    remaining = (int) batches.subList(i, batches.size()).stream().flatMap(List::stream)
                            .filter(id -> !serverTitles.containsKey(id)).count();
                    progress.accept("Stopped after " + written + (written == 1 ? " batch" : " batches")
                            + " as asked. Run the same command again to continue.");
                    break;
                }
                BatchOutcome outcome = copyBatch(batches.get(i));
                copied += outcome.copied;
                unchanged += outcome.unchanged;
                replaced += outcome.replaced;
                differing.addAll(outcome.differing);
                if (outcome.wrote()) {
                    written++;
                }
                progress.accept("Projects: batch " + (i + 1) + " of " + batches.size() + ": " + outcome.copied
                        + " copied, " + outcome.unchanged + " already there"
                        + (outcome.replaced > 0 ? ", " + outcome.replaced + " replaced" : "")
                        + (outcome.differing.isEmpty() ? "" : ", " + outcome.differing.size()
                                + " different on the server (left as they are)")
                        + ".");
            }
            if (finished) {
                copyBriefingHistory();
            }
        }
        List<ProjectCheck> checks = finished ? check(ours) : List.of();
        List<Count> counts = counts();
        if (finished) {
            for (ProjectCheck c : checks) {
                if (c.serverDigest() == null) {
                    problems.add("\"" + c.title() + "\" (" + c.id() + ") is not on the server.");
                } else if (!c.same()) {
                    problems.add("\"" + c.title() + "\" (" + c.id() + ") differs on the server"
                            + (options.replace() || options.checkOnly() ? "." : ": it was there before and was "
                                    + "left as it is. Run again with --replace to overwrite it with the laptop's."));
                }
            }
            for (Count count : counts) {
                if (count.server() < count.laptop()) {
                    problems.add("The server has fewer " + count.what() + " (" + count.server() + ") than the laptop ("
                            + count.laptop() + ").");
                }
            }
        }
        return new Result(copied, unchanged, replaced, List.copyOf(differing), finished, remaining, counts, checks,
                List.copyOf(problems), List.copyOf(notes));
    }

    // ---- refusal ----------------------------------------------------------------------------------------------

    private void refuseAnotherPortfolio(List<ProjectSummary> ours, Map<UUID, String> serverTitles) {
        if (options.merge()) {
            return;
        }
        Set<UUID> ourIds = new HashSet<>();
        ours.forEach(p -> ourIds.add(p.id()));
        List<String> foreign = serverTitles.entrySet().stream().filter(e -> !ourIds.contains(e.getKey()))
                .map(Map.Entry::getValue).sorted().toList();
        if (!foreign.isEmpty()) {
            throw new RefusedException("The team portfolio already holds " + foreign.size()
                    + (foreign.size() == 1 ? " project" : " projects") + " that this laptop's portfolio does not have"
                    + " (\"" + foreign.get(0) + "\"" + (foreign.size() > 1 ? " and others" : "") + "), so it is "
                    + "another portfolio. Nothing was copied. To add this laptop's projects to it, run again with "
                    + "--merge.");
        }
        Optional<String> ourCouncil = laptop.read(r -> r.settings().get(SettingKeys.COUNCIL_NAME));
        Optional<String> theirCouncil = server.read(r -> r.settings().get(SettingKeys.COUNCIL_NAME));
        if (ourCouncil.isPresent() && theirCouncil.isPresent() && !ourCouncil.get().equals(theirCouncil.get())) {
            throw new RefusedException("The team portfolio belongs to " + theirCouncil.get() + ", and this laptop's "
                    + "to " + ourCouncil.get() + ". Nothing was copied. To add this laptop's projects to it anyway, "
                    + "run again with --merge.");
        }
    }

    // ---- catalogue and settings -------------------------------------------------------------------------------

    private void copyCatalogue() {
        List<CatalogueSource> sources = laptop.read(r -> r.catalogue().sources());
        List<Innovation> entries = laptop.read(r -> r.catalogue().findAll());
        int[] done = new int[4]; // copied sources, copied entries, differing, replaced
        server.writing(r -> {
            Map<String, CatalogueSource> theirSources = new HashMap<>();
            r.catalogue().sources().forEach(s -> theirSources.put(s.id(), s));
            for (CatalogueSource source : sources) {
                CatalogueSource theirs = theirSources.get(source.id());
                if (theirs == null || !theirs.equals(source) && options.replace()) {
                    r.catalogue().saveSource(source);
                    done[theirs == null ? 0 : 3]++;
                } else if (!theirs.equals(source)) {
                    done[2]++;
                }
            }
            Map<UUID, String> theirEntries = new HashMap<>();
            r.catalogue().findAll().forEach(e -> theirEntries.put(e.id(), ContentDigest.ofValue(e)));
            for (Innovation entry : entries) {
                String theirs = theirEntries.get(entry.id());
                boolean same = ContentDigest.ofValue(entry).equals(theirs);
                if (theirs == null || !same && options.replace()) {
                    r.catalogue().save(entry);
                    done[theirs == null ? 1 : 3]++;
                } else if (!same) {
                    done[2]++;
                }
            }
        });
        progress.accept("Catalogue: " + done[1] + " of " + entries.size() + " entries and " + done[0] + " of "
                + sources.size() + " sources copied (the rest were there already)"
                + (done[3] > 0 ? ", " + done[3] + " replaced" : "") + ".");
        if (done[2] > 0) {
            notes.add(done[2] + " catalogue " + (done[2] == 1 ? "entry or source differs" : "entries or sources differ")
                    + " on the server and " + (done[2] == 1 ? "was" : "were") + " left as the server has "
                    + (done[2] == 1 ? "it" : "them") + " (--replace overwrites them).");
        }
    }

    private void copySettings() {
        Map<String, String> ours = new LinkedHashMap<>();
        laptop.read(r -> {
            PORTFOLIO_SETTINGS.forEach(key -> r.settings().get(key).ifPresent(value -> ours.put(key, value)));
            return null;
        });
        List<String> copied = new ArrayList<>();
        server.writing(r -> {
            for (Map.Entry<String, String> setting : ours.entrySet()) {
                Optional<String> theirs = r.settings().get(setting.getKey());
                if (theirs.isEmpty() || !theirs.get().equals(setting.getValue()) && options.replace()) {
                    r.settings().put(setting.getKey(), setting.getValue());
                    copied.add(setting.getKey());
                } else if (!theirs.get().equals(setting.getValue())) {
                    notes.add("The setting " + setting.getKey() + " is \"" + theirs.get() + "\" on the server and \""
                            + setting.getValue() + "\" here; the server's was kept.");
                }
            }
        });
        progress.accept("Settings: " + (copied.isEmpty() ? "none to copy" : String.join(", ", copied) + " copied")
                + " (your own name and the last briefing's contact details stay on this computer).");
    }

    // ---- projects ---------------------------------------------------------------------------------------------

    private record BatchOutcome(int copied, int unchanged, int replaced, List<ProjectCheck> differing) {
        boolean wrote() {
            return copied + replaced > 0;
        }
    }

    /** What is read of a batch on one side. */
    private record Side(Map<UUID, Project> projects, Map<UUID, List<ProjectDocument>> documents) {
        static Side read(Repositories r, List<UUID> ids) {
            Map<UUID, Project> projects = new LinkedHashMap<>();
            r.projects().findByIds(ids).forEach(p -> projects.put(p.id(), p));
            Map<UUID, List<ProjectDocument>> documents = new HashMap<>();
            r.documents().findByProjects(ids)
                    .forEach(d -> documents.computeIfAbsent(d.projectId(), k -> new ArrayList<>()).add(d));
            return new Side(projects, documents);
        }

        String digest(UUID id) {
            Project project = projects.get(id);
            return project == null ? null : ContentDigest.of(project, documents.getOrDefault(id, List.of()));
        }
    }

    private BatchOutcome copyBatch(List<UUID> ids) {
        Side ours = laptop.read(r -> Side.read(r, ids));
        Map<UUID, DetailsVersion> versions = laptop.read(r -> r.projects().detailsVersions(ids));
        Map<UUID, Map<UUID, Instant>> bases = laptop.read(r -> {
            Map<UUID, Map<UUID, Instant>> byProject = new HashMap<>();
            for (UUID id : ids) {
                Map<UUID, Instant> b = r.packHistory().bases(List.of(id));
                if (!b.isEmpty()) {
                    byProject.put(id, b);
                }
            }
            return byProject;
        });
        return server.write(r -> {
            Side theirs = Side.read(r, ids);
            List<Project> fresh = new ArrayList<>();
            List<Project> replacing = new ArrayList<>();
            List<ProjectCheck> differing = new ArrayList<>();
            int unchanged = 0;
            for (Project project : ours.projects().values()) {
                UUID id = project.id();
                String mine = ours.digest(id);
                String there = theirs.digest(id);
                if (there == null) {
                    fresh.add(project);
                } else if (mine.equals(there)) {
                    unchanged++;
                } else if (options.replace()) {
                    replacing.add(project);
                } else {
                    differing.add(new ProjectCheck(id, project.title(), mine, there));
                }
            }
            r.projects().saveAll(fresh);
            replacing.forEach(r.projects()::save);
            Map<UUID, Map<UUID, Instant>> movedBases = new HashMap<>();
            for (Project project : concat(fresh, replacing)) {
                UUID id = project.id();
                for (ProjectDocument old : theirs.documents().getOrDefault(id, List.of())) {
                    r.documents().delete(old.id());
                }
                ours.documents().getOrDefault(id, List.of()).forEach(r.documents()::save);
                if (bases.containsKey(id)) {
                    movedBases.put(id, bases.get(id));
                }
                keepExchangeNote(r, id, versions.get(id));
            }
            r.packHistory().saveBases(movedBases);
            return new BatchOutcome(fresh.size(), unchanged, replacing.size(), differing);
        });
    }

    /**
     * Keeps what a pack export needs to know: whether the project's details changed since they were last
     * exchanged in a pack. The server's save stamps its own details time, so "unchanged since the exchange"
     * is carried as that, and "changed since" as the laptop's older exchange time.
     */
    private static void keepExchangeNote(Repositories r, UUID id, DetailsVersion laptopVersion) {
        if (laptopVersion == null || laptopVersion.exchanged() == null) {
            return;
        }
        DetailsVersion there = r.projects().detailsVersions(List.of(id)).get(id);
        if (there == null) {
            return;
        }
        boolean unchangedSinceExchange = laptopVersion.exchanged().equals(laptopVersion.modified());
        r.projects().markDetailsExchanged(id, unchangedSinceExchange ? there.modified() : laptopVersion.exchanged());
    }

    // ---- briefing history -------------------------------------------------------------------------------------

    private void copyBriefingHistory() {
        List<PackRecord> ours = laptop.read(r -> r.briefingHistory().findAll());
        int copied = server.write(r -> {
            Set<UUID> theirs = new HashSet<>();
            r.briefingHistory().findAll().forEach(p -> theirs.add(p.id()));
            int n = 0;
            for (PackRecord pack : ours) {
                if (!theirs.contains(pack.id())) {
                    r.briefingHistory().record(pack);
                    n++;
                }
            }
            return n;
        });
        progress.accept("Briefing packs: " + copied + " of " + ours.size() + " records copied (so the next pack "
                + "lists what changed since the last).");
    }

    // ---- the check --------------------------------------------------------------------------------------------

    private List<ProjectCheck> check(List<ProjectSummary> ours) {
        List<ProjectCheck> checks = new ArrayList<>();
        for (List<UUID> ids : batches(ours.stream().map(ProjectSummary::id).toList(), options.batchSize())) {
            Side mine = laptop.read(r -> Side.read(r, ids));
            Side theirs = server.read(r -> Side.read(r, ids));
            for (UUID id : ids) {
                Project project = mine.projects().get(id);
                if (project != null) {
                    checks.add(new ProjectCheck(id, project.title(), mine.digest(id), theirs.digest(id)));
                }
            }
        }
        return checks;
    }

    private List<Count> counts() {
        Function<Repositories, int[]> count = r -> {
            List<UUID> ids = r.projects().findAllForListing().stream().map(ProjectSummary::id).toList();
            return new int[] {ids.size(), r.documents().findByProjects(ids).size(), r.catalogue().count(),
                r.catalogue().sources().size(), r.briefingHistory().findAll().size(), r.packHistory().bases().size()};
        };
        int[] mine = laptop.read(count);
        int[] theirs = server.read(count);
        String[] what = {"projects", "documents' records", "catalogue entries", "catalogue sources",
            "briefing pack records", "pack bases"};
        List<Count> counts = new ArrayList<>();
        for (int i = 0; i < what.length; i++) {
            counts.add(new Count(what[i], mine[i], theirs[i]));
        }
        return counts;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static Map<UUID, String> titles(List<ProjectSummary> projects) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        projects.forEach(p -> titles.put(p.id(), p.title()));
        return titles;
    }

    static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            batches.add(List.copyOf(items.subList(i, Math.min(items.size(), i + size))));
        }
        return batches;
    }

    private static List<Project> concat(Collection<Project> a, Collection<Project> b) {
        List<Project> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
