package org.innovationportfolio.ui.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.ui.shell.Navigator;

/** A {@link Navigator} for view-model tests: remembers where it was asked to go. */
public final class RecordingNavigator implements Navigator {

    public final List<Object> visits = new ArrayList<>();

    @Override
    public void showDashboard() {
        visits.add("dashboard");
    }

    @Override
    public void showPortfolio(PortfolioFilter filter) {
        visits.add(filter);
    }

    @Override
    public void showProject(UUID projectId) {
        visits.add(projectId);
    }

    @Override
    public void showTimeline(PortfolioFilter filter) {
        visits.add("timeline " + filter);
    }

    @Override
    public void showCatalogue(UUID innovationId) {
        visits.add("catalogue");
    }
}
