package org.innovationportfolio.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.innovationportfolio.logic.packs.ExportRequest;
import org.innovationportfolio.logic.packs.ExportSummary;
import org.innovationportfolio.logic.packs.PackExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code pack export}: chosen projects (or all) to one pack file, saying what leaves and what stays behind. */
@Command(name = "export", description = "Writes a project pack (all projects if none is named). Private notes never "
        + "leave.")
final class PackExportCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The pack file to write (.ippack).")
    private Path out;

    @Option(names = "--project", paramLabel = "ID", description = "A project's id; repeat for more. Default: all.")
    private List<UUID> projects = new ArrayList<>();

    @Option(names = "--without-funding", description = "Keep funding figures back.")
    private boolean withoutFunding;

    @Option(names = "--without-risks", description = "Keep risks back.")
    private boolean withoutRisks;

    @Option(names = "--without-documents", description = "Keep attached documents back (they go by default).")
    private boolean withoutDocuments;

    @Option(names = "--sender", paramLabel = "NAME", description = "Your name, shown to whoever imports the pack "
            + "(default: the officer's name set at first run).")
    private String sender;

    @Option(names = "--council", paramLabel = "NAME", description = "Your council (default: the portfolio's council).")
    private String council;

    @Option(names = "--dry-run", description = "Say what would leave and what would not, without writing.")
    private boolean dryRun;

    @Spec
    private CommandSpec spec;

    PackExportCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        Path target = DataFolder.outsideOf(root.dataFolder(), out);
        try (Workspace workspace = root.openWorkspace()) {
            PackExporter exporter = new PackExporter(workspace.store(), context.clock(), AppVersion.current(),
                    workspace.folder());
            ExportRequest request = new ExportRequest(projects, withoutFunding, withoutRisks, senderName(exporter),
                    council, withoutDocuments);
            ExportSummary summary = dryRun ? exporter.preview(request) : exporter.export(request, target);
            summary.lines().forEach(context.out()::println);
            context.out().println(dryRun ? "Dry run: no file was written."
                    : "Wrote the pack to " + target + " (" + Output.size(target.toFile().length()) + ").");
        }
        return 0;
    }

    /**
     * The name given, or else the officer's name the portfolio keeps; never the computer's login name, which
     * whoever imports the pack would not recognise.
     */
    private String senderName(PackExporter exporter) {
        if (sender != null && !sender.isBlank()) {
            return sender.strip();
        }
        String kept = exporter.suggestedSender(null);
        if (kept == null) {
            throw new ParameterException(spec.commandLine(), "Say who is sending the pack: add --sender \"Your Name\". "
                    + "No officer's name is set in this portfolio to use instead.");
        }
        return kept;
    }
}
