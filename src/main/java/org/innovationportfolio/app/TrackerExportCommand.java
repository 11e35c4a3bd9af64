package org.innovationportfolio.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.tracker.CsvTrackerWriter;
import org.innovationportfolio.logic.tracker.TrackerExport;
import org.innovationportfolio.sheets.XlsxTrackerWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tracker export --out FILE.xlsx}: the whole portfolio as one workbook for finance and colleagues;
 * {@code --out FILE.csv}: its Projects sheet alone as CSV.
 */
@Command(name = "export", description = "Writes the portfolio as an Excel workbook (.xlsx): Projects, Milestones, "
        + "Funding, RAG history, Risks and Outcomes, with real dates and money. With a .csv file, writes the "
        + "Projects sheet alone as CSV. Notes are never included.")
final class TrackerExportCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .xlsx (whole workbook) or "
            + ".csv (Projects sheet) file to write, replaced in one step.")
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
        boolean csv = name.endsWith(".csv");
        if (!name.endsWith(".xlsx") && !csv) {
            throw new ParameterException(spec.commandLine(), "The --out file \"" + target.getFileName()
                    + "\" must end in .xlsx (the whole workbook) or .csv (the Projects sheet alone).");
        }
        Marking chosen;
        try {
            chosen = Marking.parse(marking);
        } catch (RefusedException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Workspace workspace = root.openWorkspace()) {
            TrackerExport.Summary summary = new TrackerExport(workspace.store(), context.clock(),
                    csv ? new CsvTrackerWriter() : new XlsxTrackerWriter()).export(target, chosen);
            context.out().println("Wrote the " + (csv ? "Projects sheet of the tracker" : "tracker") + " for "
                    + summary.projects() + (summary.projects() == 1 ? " project" : " projects") + " ("
                    + chosen.label() + ") to " + summary.file() + "."
                    + (csv ? " A CSV file has no marking of its own: label it " + chosen.label() + " when you send it."
                            : ""));
        }
        return 0;
    }
}
