package org.innovationportfolio.app;

import java.util.concurrent.Callable;
import org.innovationportfolio.logic.sample.SampleLoad;
import org.innovationportfolio.logic.sample.SampleLoader;
import picocli.CommandLine.Command;

/** {@code sample load}: the fictional sample portfolio and the shipped catalogue, into an empty portfolio. */
@Command(name = "load", description = "Loads the fictional sample portfolio and the shipped catalogue. Refused if the "
        + "portfolio already has projects.")
final class SampleLoadCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    SampleLoadCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            SampleLoad loaded = SampleLoader.load(workspace.store(), context.clock());
            context.out().println("Loaded " + loaded.projects() + " sample projects and "
                    + workspace.catalogueCount() + " catalogue entries into " + workspace.folder() + ".");
        }
        return 0;
    }
}
