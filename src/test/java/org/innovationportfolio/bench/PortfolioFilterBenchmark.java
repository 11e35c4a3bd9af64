package org.innovationportfolio.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.innovationportfolio.logic.portfolio.PortfolioCommands;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.ports.Repositories;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.logic.portfolio.PortfolioSearch;
import org.innovationportfolio.model.ProjectSummary;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.innovationportfolio.ui.portfolio.PortfolioViewModel;
import org.innovationportfolio.ui.portfolio.RecordingNavigator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One keystroke in the portfolio's search box over 10,000 projects: the filter matched by
 * {@link PortfolioSearch}, and the same through the view model, which also refills its row list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PortfolioFilterBenchmark {

    /** What has been typed so far: a common letter, a word, a lead's name, with a RAG filter on too. */
    @Param({"f", "family", "rebecca nash", "eval partner"})
    public String typed;

    @Param({"10000"})
    public int projects;

    private PortfolioSearch search;
    private PortfolioViewModel viewModel;
    private PortfolioFilter filter;
    private PortfolioFilter withRag;
    private boolean flip;

    @Setup
    public void prepare() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        search = PortfolioSearch.of(SyntheticPortfolio.projects(projects).stream().map(ProjectSummary::of).toList(),
                Map.of(), today);
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));
        viewModel = new PortfolioViewModel(new PortfolioListing(new UnusedStore(), clock),
                new PortfolioCommands(new UnusedStore(), clock), clock, new RecordingDialogService(),
                new ImmediateTaskRunner(), new RecordingNavigator(), count -> { });
        viewModel.show(search);
        filter = new PortfolioFilter(Set.of(), Set.of(), Set.of(), Set.of(), typed, false, null);
        withRag = new PortfolioFilter(Set.of(), Set.of(Rag.RED, Rag.AMBER), Set.of(), Set.of(), typed, false, null);
    }

    @Benchmark
    public List<PortfolioRow> searchKeystroke() {
        return search.matching(filter);
    }

    @Benchmark
    public List<PortfolioRow> searchKeystrokeWithRagFilter() {
        return search.matching(withRag);
    }

    /** Alternates two filters so every call really filters and refills the rows. */
    @Benchmark
    public int viewModelKeystroke() {
        flip = !flip;
        viewModel.filterProperty().set(flip ? filter : withRag);
        return viewModel.rows().size();
    }

    /** The benchmark never reads or writes: the search is handed to the view model ready-made. */
    private static final class UnusedStore implements Store {
        @Override
        public <T> T read(Function<Repositories, T> work) {
            throw new UnsupportedOperationException("not used in the benchmark");
        }

        @Override
        public <T> T write(Function<Repositories, T> work) {
            throw new UnsupportedOperationException("not used in the benchmark");
        }
    }
}
