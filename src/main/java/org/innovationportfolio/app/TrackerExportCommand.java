package org.innovationportfolio.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.briefing.Marking;
import org.innovationportfolio.logic.tracker.TrackerExport;
import org.innovationportfolio.sheets.XlsxTrackerWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tracker export --out FILE.xlsx}: the whole portfolio as one workbook for finance and colleagues. */
@Command(name = "export", description = "Writes the portfolio as an Excel workbook (.xlsx): Projects, Milestones, "
        + "Funding, RAG history, Risks and Outcomes, with real dates and money. Notes are never included.")
final class TrackerExportCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .xlsx file to write (replaced "
            + "in one step).")
    private Path out;

    @Option(names = "--marking", paramLabel = "MARKING", defaultValue = "OFFICIAL",
            description = "OFFICIAL (default) or OFFICIAL-SENSITIVE.")
    private String marking;

    TrackerExportCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        Path target = DataFolder.outsideOf(root.dataFolder(), out);
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx")) {
            throw new ParameterException(spec.commandLine(), "The --out file \"" + target.getFileName()
                    + "\" must end in .xlsx: the tracker is written as an Excel workbook.");
        }
        Marking chosen;
        try {
            chosen = Marking.parse(marking);
        } catch (RefusedException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Workspace workspace = root.openWorkspace()) {
            TrackerExport.Summary summary = new TrackerExport(workspace.store(), context.clock(),
                    new XlsxTrackerWriter()).export(target, chosen);
            context.out().println("Wrote the tracker for " + summary.projects()
                    + (summary.projects() == 1 ? " project" : " projects") + " (" + chosen.label() + ") to "
                    + summary.file() + ".");
        }
        return 0;
    }
}
