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
import picocli.CommandLine.Option;

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
            + "(default: your login name).")
    private String sender;

    @Option(names = "--council", paramLabel = "NAME", description = "Your council (default: the portfolio's council).")
    private String council;

    @Option(names = "--dry-run", description = "Say what would leave and what would not, without writing.")
    private boolean dryRun;

    PackExportCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        ExportRequest request = new ExportRequest(projects, withoutFunding, withoutRisks, senderName(), council,
                withoutDocuments);
        Path target = DataFolder.outsideOf(root.dataFolder(), out);
        try (Workspace workspace = root.openWorkspace()) {
            PackExporter exporter = new PackExporter(workspace.store(), context.clock(), AppVersion.current(),
                    workspace.folder());
            ExportSummary summary = dryRun ? exporter.preview(request) : exporter.export(request, target);
            summary.lines().forEach(context.out()::println);
            context.out().println(dryRun ? "Dry run: no file was written."
                    : "Wrote the pack to " + target + " (" + Output.size(target.toFile().length()) + ").");
        }
        return 0;
    }

    private String senderName() {
        if (sender != null) {
            return sender;
        }
        String user = context.env().getOrDefault("USER", context.env().get("USERNAME"));
        return user == null || user.isBlank() ? "Innovation Portfolio user" : user;
    }
}
