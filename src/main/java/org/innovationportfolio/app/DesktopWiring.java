package org.innovationportfolio.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.innovationportfolio.logic.ports.Backups;
import org.innovationportfolio.logic.ports.Protection;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.backup.BackupShelf;
import org.innovationportfolio.logic.briefing.BriefingExport;
import org.innovationportfolio.logic.briefing.DocumentRenderer;
import org.innovationportfolio.logic.catalogue.Adoption;
import org.innovationportfolio.logic.catalogue.CatalogueContents;
import org.innovationportfolio.logic.dashboard.DashboardReader;
import org.innovationportfolio.logic.packs.ImportUndo;
import org.innovationportfolio.logic.packs.PackExporter;
import org.innovationportfolio.logic.packs.PackImporter;
import org.innovationportfolio.logic.portfolio.PortfolioCommands;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.portfolio.WorkspaceFacts;
import org.innovationportfolio.logic.project.ProjectDocuments;
import org.innovationportfolio.logic.project.ProjectEditing;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.logic.timeline.TimelineProjects;
import org.innovationportfolio.logic.tracker.TrackerExport;
import org.innovationportfolio.logic.tracker.TrackerImport;
import org.innovationportfolio.sheets.WorkbookSheetReader;
import org.innovationportfolio.sheets.XlsxTrackerWriter;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.UseCases;

/**
 * The window's composition root: builds every use case the window calls over one open portfolio, and the context
 * that hands them over. The window itself never sees the store.
 */
public final class DesktopWiring {

    private DesktopWiring() {
    }

    /**
     * The use cases over {@code store}.
     *
     * @param backups whole-portfolio backup and restore; null leaves out pack and tracker import and their undo
     */
    public static UseCases useCases(Store store, Clock clock, Path dataFolder, String appVersion,
            List<DocumentRenderer> renderers, Backups backups) {
        List<DocumentRenderer> formats = renderers == null ? List.of() : renderers;
        return new UseCases(new WorkspaceFacts(store), new PortfolioListing(store, clock),
                new PortfolioCommands(store, clock), new DashboardReader(store, clock),
                () -> TimelineProjects.readAll(store), new ProjectEditing(store, clock),
                new ProjectDocuments(store, dataFolder, clock), () -> CatalogueContents.read(store),
                new Adoption(store, clock), new BriefingExport(store, clock, formats),
                new PackExporter(store, clock, appVersion, dataFolder),
                backups == null ? null
                        : new PackImporter(store, backups, dataFolder, dataFolder.resolve("backups"), clock),
                backups == null ? null : new ImportUndo(store, backups, dataFolder),
                new TrackerExport(store, clock, new XlsxTrackerWriter()),
                backups == null ? null : new TrackerImport(store, backups, dataFolder, clock), new WorkbookSheetReader(),
                () -> SampleLoader.load(store, clock));
    }

    /** The window's context over {@code store}, with every use case built. */
    public static DesktopContext context(Store store, Clock clock, Path dataFolder, String appVersion,
            Runnable onFirstShown, List<DocumentRenderer> renderers, Backups backups, Protection protection,
            BackupShelf shelf) {
        return new DesktopContext(useCases(store, clock, dataFolder, appVersion, renderers, backups), clock,
                dataFolder, appVersion, onFirstShown, renderers, backups, protection, shelf);
    }

    /** A context without password protection commands or automatic backups. */
    public static DesktopContext context(Store store, Clock clock, Path dataFolder, String appVersion,
            Runnable onFirstShown, List<DocumentRenderer> renderers, Backups backups) {
        return context(store, clock, dataFolder, appVersion, onFirstShown, renderers, backups, null, null);
    }

    /** A context without briefing renderers or backups (tests of pages that need neither). */
    public static DesktopContext context(Store store, Clock clock, Path dataFolder, String appVersion,
            Runnable onFirstShown) {
        return context(store, clock, dataFolder, appVersion, onFirstShown, List.of(), null);
    }
}
