package org.innovationportfolio.app;

import java.util.concurrent.Callable;
import org.innovationportfolio.logic.tracker.TrackerImport;
import picocli.CommandLine.Command;

/** {@code tracker undo-import}: restores the backup taken just before the last tracker import. */
@Command(name = "undo-import", description = "Undoes the last tracker import by restoring the backup taken just "
        + "before it. Changes made since that import are undone too.")
final class TrackerUndoImportCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    TrackerUndoImportCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.open(root.dataFolder(), false, context)) {
            TrackerImport.LastImport undone = new TrackerImport(workspace.store(), workspace.database(),
                    workspace.folder(), context.clock()).undoLast();
            context.out().println("Undid the import of the tracker " + undone.fileName() + " (imported "
                    + undone.importedAt() + "). The portfolio now has " + workspace.projectCount() + " projects.");
        }
        return 0;
    }
}
