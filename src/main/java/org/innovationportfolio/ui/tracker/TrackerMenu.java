package org.innovationportfolio.ui.tracker;

import java.util.List;
import javafx.scene.control.MenuItem;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;

/** The File menu's spreadsheet items. */
public final class TrackerMenu {

    private final TrackerExportViewModel export;

    public TrackerMenu(DesktopContext context, DialogService dialogs, TaskRunner tasks) {
        this.export = new TrackerExportViewModel(context.useCases().trackerExport(), dialogs, tasks);
    }

    /** "Export spreadsheet…". */
    public List<MenuItem> items() {
        MenuItem exportItem = new MenuItem("Export spreads_heet…");
        exportItem.setOnAction(event -> export.export());
        return List.of(exportItem);
    }
}
