package org.innovationportfolio.app;

import java.util.concurrent.Callable;
import org.innovationportfolio.logic.ports.ImportRecord;
import org.innovationportfolio.logic.packs.ImportUndo;
import picocli.CommandLine.Command;

/** {@code pack undo-import}: restores the backup taken just before the last pack import. */
@Command(name = "undo-import", description = "Undoes the last pack import by restoring the backup taken just before "
        + "it. Changes made since that import are undone too.")
final class PackUndoImportCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    PackUndoImportCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.open(root.dataFolder(), false, context)) {
            ImportRecord undone = new ImportUndo(workspace.store(), workspace.database(), workspace.folder())
                    .undoLast();
            context.out().println("Undid the import of the pack from " + undone.sender()
                    + (undone.senderCouncil() == null ? "" : ", " + undone.senderCouncil()) + " (imported "
                    + undone.importedAt() + "). The portfolio now has " + workspace.projectCount() + " projects.");
        }
        return 0;
    }
}
