package org.innovationportfolio.logic.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectSummary;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listing reads lean (see {@code findAllForListing}); its rows and every filter must come out exactly
 * as they did from the whole projects and catalogue.
 */
class PortfolioListingLeanReadTest {

    @TempDir
    static Path folder;
    private static SampleStore sample;
    private static List<Project> projects;
    private static Map<UUID, Innovation> catalogue;
    private static PortfolioSearch whole;
    private static PortfolioSearch lean;
    private static Project bare;
    private static Project bareButAdopted;

    @BeforeAll
    static void loadSample() {
        sample = new SampleStore(folder);
        Instant now = Instant.now(SampleStore.CLOCK);
        Innovation themed = sample.store().read(r -> r.catalogue().findAll()).stream()
                .filter(i -> !i.themes().isEmpty()).findFirst().orElseThrow();
        bare = Project.create("Nothing recorded yet", null, now);
        bareButAdopted = Project.create("Adopted, nothing recorded yet", themed.id(), now);
        sample.store().writing(r -> {
            r.projects().save(bare);
            r.projects().save(bareButAdopted);
        });
        projects = sample.store().read(r -> r.projects().findAll());
        catalogue = sample.store().read(r -> r.catalogue().findAll()).stream()
                .collect(Collectors.toMap(Innovation::id, Function.identity()));
        LocalDate today = LocalDate.now(SampleStore.CLOCK);
        whole = PortfolioSearch.of(projects.stream().map(ProjectSummary::of).toList(), catalogue, today);
        lean = new PortfolioListing(sample.store(), SampleStore.CLOCK).search();
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    @Test
    void leanSearchGivesExactlyTheRowsTheWholeReadsGave() {
        assertThat(lean.rows()).hasSize(projects.size()).isEqualTo(whole.rows());
        assertThat(lean.tags()).isEqualTo(whole.tags());
        assertThat(lean.today()).isEqualTo(whole.today());
    }

    @Test
    void rowsAreTheSearchRows() {
        assertThat(new PortfolioListing(sample.store(), SampleStore.CLOCK).rows()).isEqualTo(whole.rows());
    }

    @Test
    void projectsWithNoRecordsAreListedLikeAnyOther() {
        assertThat(lean.rows()).filteredOn(row -> row.id().equals(bare.id()) || row.id().equals(bareButAdopted.id()))
                .hasSize(2)
                .allSatisfy(row -> assertThat(row.rag()).isNull())
                .anySatisfy(row -> assertThat(row.innovationTitle()).isEqualTo(
                        catalogue.get(bareButAdopted.innovationId()).title()));
    }

    @Test
    void everyFilterLetsThroughTheSameRowsAsOverTheWholeReads() {
        Map<String, PortfolioFilter> filters = filters();
        for (Map.Entry<String, PortfolioFilter> named : filters.entrySet()) {
            List<PortfolioRow> expected = whole.matching(named.getValue());
            assertThat(lean.matching(named.getValue())).as(named.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void theFiltersCompareSomething() {
        // Each of these picks out some rows, not none and not all, so matching them proves something.
        for (String name : List.of("partner", "commentary", "lead officer", "tag", "theme", "strand", "overdue",
                "due within 90 days", "adopted entry's title")) {
            assertThat(whole.matching(filters().get(name))).as(name).isNotEmpty().hasSizeLessThan(projects.size());
        }
    }

    /** Filters over the sample, each named for what it looks at. */
    private static Map<String, PortfolioFilter> filters() {
        Map<String, PortfolioFilter> filters = new LinkedHashMap<>();
        Project withPartner = projects.stream().filter(p -> !p.partners().isEmpty()).findFirst().orElseThrow();
        filters.put("partner", text(withPartner.partners().get(0).organisation()));
        Project withCommentary = projects.stream()
                .filter(p -> p.currentStatus().map(s -> s.commentary() != null).orElse(false))
                .findFirst().orElseThrow();
        String[] words = withCommentary.currentStatus().get().commentary().split("\\s+");
        filters.put("commentary", text(words[words.length - 1].replaceAll("\\W", "")));
        String lead = projects.stream().map(Project::leadOfficer).filter(o -> o != null).findFirst().orElseThrow();
        filters.put("lead officer", text(lead.toUpperCase(Locale.ROOT)));
        filters.put("adopted entry's title", text(catalogue.get(bareButAdopted.innovationId()).title()));
        filters.put("nothing", text("no such words anywhere zzqx"));
        String tag = whole.tags().get(0);
        filters.put("tag", new PortfolioFilter(Set.of(), Set.of(), Set.of(), Set.of(tag), "", false, null));
        for (Stage stage : Stage.values()) {
            filters.put("stage " + stage, PortfolioFilter.stage(stage));
        }
        for (Rag rag : Rag.values()) {
            filters.put("RAG " + rag, PortfolioFilter.rag(rag));
        }
        filters.put("theme", new PortfolioFilter(Set.of(), Set.of(), Set.of(Theme.STABILITY_FOR_CHILDREN_IN_CARE),
                Set.of(), "", false, null));
        filters.put("strand", PortfolioFilter.strand(Strand.RETHINKING_CHILDRENS_SOCIAL_WORK));
        filters.put("overdue", new PortfolioFilter(Set.of(), Set.of(), Set.of(), Set.of(), "", true, null));
        filters.put("due within 90 days", new PortfolioFilter(Set.of(), Set.of(), Set.of(), Set.of(), "", false, 90));
        filters.put("everything at once", new PortfolioFilter(Set.of(Stage.values()), Set.of(Rag.AMBER, Rag.RED),
                Set.of(Theme.values()), Set.of(tag), "", true, 365, Set.of(Strand.values())));
        filters.put("none", PortfolioFilter.NONE);
        return filters;
    }

    private static PortfolioFilter text(String text) {
        return new PortfolioFilter(Set.of(), Set.of(), Set.of(), Set.of(), text, false, null);
    }
}
