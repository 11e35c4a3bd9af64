package org.innovationportfolio.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.innovationportfolio.logic.export.CatalogueExport;
import org.innovationportfolio.model.CatalogueSource;
import org.innovationportfolio.model.Innovation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code catalogue export}: every catalogue entry with all its fields, facts and sources. */
@Command(name = "export", description = "Exports the catalogue of innovations with their evidence, awards, facts and "
        + "sources.")
final class CatalogueExportCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = OutputFormat.Converter.class,
            completionCandidates = OutputFormat.Candidates.class,
            description = "csv or json. JSON nests facts and lists the source documents; CSV puts each fact on a "
                    + "line of one cell.")
    private OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (replaced in one step) instead of "
            + "standard output.")
    private Path out;

    CatalogueExportCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        List<Innovation> innovations;
        List<CatalogueSource> sources;
        Path target = out == null ? null : DataFolder.outsideOf(root.dataFolder(), out);
        try (Workspace workspace = root.openWorkspace()) {
            innovations = workspace.store().read(repositories -> repositories.catalogue().findAll());
            sources = workspace.store().read(repositories -> repositories.catalogue().sources());
        }
        byte[] data = format == OutputFormat.JSON
                ? CatalogueExport.json(innovations, sources)
                : CatalogueExport.csv(innovations, sources);
        Output.deliver(context, target, data, innovations.size() + " catalogue entries");
        return 0;
    }
}
