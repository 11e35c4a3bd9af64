package org.innovationportfolio.ui;

import java.util.Objects;
import java.util.function.Supplier;
import org.innovationportfolio.logic.briefing.BriefingExport;
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
import org.innovationportfolio.logic.timeline.TimelineProjects;
import org.innovationportfolio.logic.tracker.SpreadsheetReader;
import org.innovationportfolio.logic.tracker.TrackerExport;
import org.innovationportfolio.logic.tracker.TrackerImport;

/**
 * The use cases the window calls, built over the open portfolio by the launcher (the composition root) and handed
 * over in the {@link DesktopContext}: the window never opens a transaction of its own.
 *
 * @param workspace the council's name, the project count, the first-run welcome and the names it keeps
 * @param listing the portfolio as rows (the portfolio page, packs, the briefing wizard, CSV and JSON exports)
 * @param portfolio add, duplicate, delete and restore projects
 * @param dashboard the dashboard's figures
 * @param timeline reads the projects and catalogue the timeline lays out
 * @param editing opens and saves one project record
 * @param documents the files attached to projects
 * @param catalogue reads the catalogue of innovations with who adopted each
 * @param adoption adopts an innovation as a new project
 * @param briefing builds and writes briefing packs, and reads what they start from
 * @param packExporter writes project packs
 * @param packImporter previews and imports project packs; null when the portfolio cannot be backed up first
 * @param importUndo undoes the last pack import; null when the portfolio cannot be backed up
 * @param trackerExport writes the tracker spreadsheet
 * @param trackerImport previews, imports and undoes an officer's spreadsheet tracker; null when the portfolio cannot
 *     be backed up first
 * @param spreadsheets reads a tracker workbook or CSV file (never running anything in it)
 * @param sample loads the fictional sample portfolio into the empty portfolio
 */
public record UseCases(WorkspaceFacts workspace, PortfolioListing listing, PortfolioCommands portfolio,
        DashboardReader dashboard, Supplier<TimelineProjects.Portfolio> timeline, ProjectEditing editing,
        ProjectDocuments documents, Supplier<CatalogueContents> catalogue, Adoption adoption, BriefingExport briefing,
        PackExporter packExporter, PackImporter packImporter, ImportUndo importUndo, TrackerExport trackerExport,
        TrackerImport trackerImport, SpreadsheetReader spreadsheets, SampleSource sample) {

    public UseCases {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(dashboard, "dashboard");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(editing, "editing");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(adoption, "adoption");
        Objects.requireNonNull(briefing, "briefing");
        Objects.requireNonNull(packExporter, "packExporter");
        Objects.requireNonNull(trackerExport, "trackerExport");
        Objects.requireNonNull(spreadsheets, "spreadsheets");
        Objects.requireNonNull(sample, "sample");
    }
}
