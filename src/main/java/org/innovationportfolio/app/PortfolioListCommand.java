package org.innovationportfolio.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.innovationportfolio.logic.export.PortfolioExport;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.store.TeamDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code portfolio list}: every project with its stage, RAG, next milestone and funding totals. */
@Command(name = "list", description = "Lists the portfolio: stage, RAG, next milestone and funding for each project.")
final class PortfolioListCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    @Option(names = "--format", paramLabel = "FORMAT", converter = OutputFormat.Converter.class,
            completionCandidates = OutputFormat.Candidates.class,
            description = "csv or json, for other programs. JSON has money in pence; CSV has money in pounds. "
                    + "Without it: a table to read, RAG in words.")
    private OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (replaced in one step) instead of "
            + "standard output.")
    private Path out;

    PortfolioListCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        List<PortfolioRow> rows;
        Path target;
        if (root.usesTeamPortfolio()) {
            target = out == null ? null : out.toAbsolutePath().normalize();
            try (TeamDatabase team = root.openTeamPortfolio()) {
                rows = new PortfolioListing(team.store(), context.clock()).rows();
            }
        } else {
            target = out == null ? null : DataFolder.outsideOf(root.dataFolder(), out);
            try (Workspace workspace = root.openWorkspace()) {
                rows = new PortfolioListing(workspace.store(), context.clock()).rows();
            }
        }
        byte[] data = format == null
                ? PortfolioTable.render(rows, FinancialYear.of(LocalDate.now(context.clock())))
                        .getBytes(StandardCharsets.UTF_8)
                : format == OutputFormat.JSON ? PortfolioExport.json(rows) : PortfolioExport.csv(rows);
        Output.deliver(context, target, data, rows.size() + (rows.size() == 1 ? " project" : " projects"));
        return 0;
    }
}
