package org.innovationportfolio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.team.ContentDigest;
import org.innovationportfolio.logic.team.PortfolioMigration;
import org.innovationportfolio.logic.team.PortfolioMigration.Count;
import org.innovationportfolio.logic.team.PortfolioMigration.Options;
import org.innovationportfolio.logic.team.PortfolioMigration.ProjectCheck;
import org.innovationportfolio.logic.team.PortfolioMigration.Result;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.store.TeamDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code team migrate --to postgresql://…}: copies the laptop's portfolio (Derby, in the data folder) to a team
 * portfolio, checked, resumable and idempotent; see {@link PortfolioMigration} and docs/command-line.md.
 */
@Command(name = "migrate", description = "Copies this laptop's portfolio to a team portfolio on a PostgreSQL server, "
        + "in batches, then checks both sides. Safe to run again: what is there already is skipped.")
final class TeamMigrateCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    @Option(names = "--to", required = true, paramLabel = "postgresql://HOST:PORT/DATABASE",
            description = "The team portfolio to copy to. Its tables are created or brought up to date first.")
    private String to;

    @Option(names = "--data", paramLabel = "FOLDER", description = "The laptop portfolio's data folder, when it is not "
            + "the usual one (as --data-dir).")
    private Path data;

    @Option(names = "--merge", description = "Add to a team portfolio that already holds other projects (or another "
            + "council's name). Without it that is refused.")
    private boolean merge;

    @Option(names = "--replace", description = "Overwrite projects (and catalogue entries and settings) that are on the "
            + "server with different content. Without it they are reported and left alone.")
    private boolean replace;

    @Option(names = "--check", description = "Copy nothing: only compare the two sides and print the check.")
    private boolean checkOnly;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + Options.DEFAULT_BATCH,
            description = "Projects per transaction (default ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--max-batches", paramLabel = "N", defaultValue = "0", description = "Stop after N batches, to move "
            + "a large portfolio in parts; run again to continue.")
    private int maxBatches;

    TeamMigrateCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        Options options = new Options(merge, replace, batchSize, maxBatches, checkOnly);
        if (root.usesTeamPortfolio()) {
            throw new RefusedException("team migrate copies to the team portfolio named by --to; --database is not "
                    + "used here. Run it without --database; nothing was done.");
        }
        if (data != null) {
            if (!Files.isDirectory(data)) {
                throw new RefusedException("There is no folder " + data.toAbsolutePath().normalize() + ". Give the "
                        + "laptop portfolio's data folder with --data FOLDER; nothing was done.");
            }
            root.useDataFolder(data.toAbsolutePath().normalize());
        }
        Path folder = root.dataFolder();
        if (!Database.holdsPortfolio(folder)) {
            throw new RefusedException("There is no portfolio in " + folder + " to copy. Give the laptop portfolio's "
                    + "data folder with --data FOLDER; nothing was done.");
        }
        try (Workspace workspace = Workspace.open(folder, false, context);
                TeamDatabase team = root.openTeamPortfolio(to)) {
            context.out().println((checkOnly ? "Comparing" : "Copying") + " the portfolio in " + folder
                    + (checkOnly ? " with" : " to") + " the team portfolio at " + team.address() + ".");
            Result result = new PortfolioMigration(workspace.store(), team.store(), options,
                    line -> context.out().println(line)).run();
            print(result, folder);
            if (!result.finished()) {
                context.out().println(result.remaining() + (result.remaining() == 1 ? " project is" : " projects are")
                        + " still to copy. Run the same command again to continue; what is there is skipped.");
                return 0;
            }
            if (!result.problems().isEmpty()) {
                result.problems().forEach(context.err()::println);
                context.err().println("The check found " + result.problems().size()
                        + (result.problems().size() == 1 ? " difference" : " differences") + " (above).");
                return 1;
            }
            context.out().println("Checked: all " + result.checks().size() + " projects are on the server with the "
                    + "same content.");
            return 0;
        }
    }

    private void print(Result result, Path folder) {
        result.notes().forEach(context.out()::println);
        if (!checkOnly) {
            context.out().println("Projects: " + result.copied() + " copied, " + result.unchanged()
                    + " already there" + (result.replaced() > 0 ? ", " + result.replaced() + " replaced" : "") + ".");
            context.out().println("Documents: only their records were copied. The files stay on this computer (in "
                    + folder.resolve("documents") + "): colleagues see that a project has them but cannot open them "
                    + "from the team portfolio.");
        }
        context.out().println();
        List<List<String>> counts = new ArrayList<>();
        for (Count count : result.counts()) {
            counts.add(List.of(count.what(), "" + count.laptop(), "" + count.server()));
        }
        context.out().print(new TextTable(TextTable.Column.left("Check", 24), TextTable.Column.right("laptop", 8),
                TextTable.Column.right("server", 8)).render(counts));
        if (result.checks().isEmpty()) {
            return;
        }
        context.out().println();
        List<List<String>> rows = new ArrayList<>();
        for (ProjectCheck check : result.checks()) {
            rows.add(List.of(check.title(), ContentDigest.shortForm(check.laptopDigest()),
                    ContentDigest.shortForm(check.serverDigest()),
                    check.serverDigest() == null ? "missing" : check.same() ? "same" : "DIFFERENT"));
        }
        context.out().print(new TextTable(TextTable.Column.left("Project", 40), TextTable.Column.left("laptop digest", 13),
                TextTable.Column.left("server digest", 13), TextTable.Column.left("", 9)).render(rows));
    }
}
