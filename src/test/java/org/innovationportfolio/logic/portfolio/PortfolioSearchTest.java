package org.innovationportfolio.logic.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioSearchTest {

    @TempDir
    static Path folder;
    private static SampleStore sample;
    private static List<Project> projects;
    private static PortfolioSearch search;

    @BeforeAll
    static void loadSample() {
        sample = new SampleStore(folder);
        projects = sample.store().read(repositories -> repositories.projects().findAll());
        search = new PortfolioListing(sample.store(), SampleStore.CLOCK).search();
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    @Test
    void noFilterLetsEveryProjectThrough() {
        assertThat(search.matching(PortfolioFilter.NONE)).hasSize(projects.size());
    }

    @Test
    void ragFilterKeepsExactlyTheProjectsWhoseLatestRagIsThat() {
        for (Rag rag : Rag.values()) {
            long expected = projects.stream().filter(p -> p.rag().orElse(null) == rag).count();
            assertThat(search.matching(PortfolioFilter.rag(rag))).as(rag.label()).hasSize((int) expected)
                    .allSatisfy(row -> assertThat(row.rag()).isEqualTo(rag));
        }
    }

    @Test
    void stageFilterMatchesTheStore() {
        for (Stage stage : Stage.values()) {
            long expected = projects.stream().filter(p -> p.stage() == stage).count();
            assertThat(search.matching(PortfolioFilter.stage(stage))).hasSize((int) expected);
        }
    }

    @Test
    void textSearchFindsLeadOfficersPartnersAndCommentaryIgnoringCase() {
        Project any = projects.get(0);
        String lead = any.leadOfficer();
        assertThat(search.matching(text(lead.toUpperCase(Locale.ROOT)))).extracting(PortfolioRow::id).contains(any.id());
        Project withPartner = projects.stream().filter(p -> !p.partners().isEmpty()).findFirst().orElseThrow();
        assertThat(search.matching(text(withPartner.partners().get(0).organisation())))
                .extracting(PortfolioRow::id).contains(withPartner.id());
        Project withCommentary = projects.stream()
                .filter(p -> p.currentStatus().map(s -> s.commentary() != null).orElse(false)).findFirst().orElseThrow();
        String words = String.join(" ", List.of(withCommentary.currentStatus().get().commentary().split("\\s+")).subList(0, 2));
        assertThat(search.matching(text(words))).extracting(PortfolioRow::id).contains(withCommentary.id());
        assertThat(search.matching(text("no such words anywhere zzqx"))).isEmpty();
    }

    @Test
    void overdueOnlyKeepsProjectsWithAMilestoneOverdueToday() {
        LocalDate today = LocalDate.now(SampleStore.CLOCK);
        long expected = projects.stream().filter(p -> p.milestones().stream().anyMatch(m -> m.isOverdue(today))).count();
        PortfolioFilter overdue = new PortfolioFilter(Set.of(), Set.of(), Set.of(), Set.of(), "", true, null);
        assertThat(search.matching(overdue)).hasSize((int) expected);
        assertThat(expected).as("the sample has overdue milestones to show").isPositive();
    }

    @Test
    void tagsAreOfferedOnceEachInOrder() {
        assertThat(search.tags()).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).doesNotHaveDuplicates();
        if (!search.tags().isEmpty()) {
            String tag = search.tags().get(0);
            long expected = projects.stream().filter(p -> p.tags().stream().anyMatch(tag::equalsIgnoreCase)).count();
            PortfolioFilter tagged = new PortfolioFilter(Set.of(), Set.of(), Set.of(), Set.of(tag), "", false, null);
            assertThat(search.matching(tagged)).hasSize((int) expected);
        }
    }

    @Test
    void strandFindsProjectsAdoptedFromTheDfeProgrammeAndCountsWithThemesAsEitherOr() {
        java.util.Map<java.util.UUID, Innovation> catalogue = sample.store().read(r -> r.catalogue().findAll()).stream()
                .collect(java.util.stream.Collectors.toMap(Innovation::id, i -> i));
        java.util.function.Function<Project, Innovation> entry = p -> p.innovationId() == null ? null
                : catalogue.get(p.innovationId());
        Strand strand = Strand.RETHINKING_CHILDRENS_SOCIAL_WORK;
        List<java.util.UUID> expected = projects.stream()
                .filter(p -> entry.apply(p) != null && entry.apply(p).strand() == strand).map(Project::id).toList();
        assertThat(expected).as("the sample adopts entries from this strand").hasSizeGreaterThan(1);

        assertThat(search.matching(PortfolioFilter.strand(strand))).extracting(PortfolioRow::id)
                .containsExactlyInAnyOrderElementsOf(expected);

        Theme theme = Theme.STABILITY_FOR_CHILDREN_IN_CARE;
        List<java.util.UUID> withTheme = projects.stream()
                .filter(p -> entry.apply(p) != null && entry.apply(p).themes().contains(theme)).map(Project::id).toList();
        assertThat(withTheme).isNotEmpty();
        PortfolioFilter either = new PortfolioFilter(Set.of(), Set.of(), Set.of(theme), Set.of(), "", false, null,
                Set.of(strand));
        assertThat(search.matching(either)).extracting(PortfolioRow::id)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(expected.stream(), withTheme.stream()).toList());
    }

    private static PortfolioFilter text(String text) {
        return new PortfolioFilter(Set.of(), Set.of(), Set.of(), Set.of(), text, false, null);
    }
}
