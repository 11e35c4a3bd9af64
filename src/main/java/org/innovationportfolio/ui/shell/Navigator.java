package org.innovationportfolio.ui.shell;

import java.util.UUID;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;

/** Moves the workspace between pages; given to every page and view model that links elsewhere. */
public interface Navigator {

    void showDashboard();

    /** The portfolio table with {@code filter} applied ({@link PortfolioFilter#NONE} for all). */
    void showPortfolio(PortfolioFilter filter);

    /** The project record, opened on its Overview tab. */
    void showProject(UUID projectId);

    /** The timeline of the projects {@code filter} lets through ({@link PortfolioFilter#NONE} for all). */
    void showTimeline(PortfolioFilter filter);

    /** The catalogue browser, with the entry {@code innovationId} selected when not null. */
    void showCatalogue(UUID innovationId);
}
