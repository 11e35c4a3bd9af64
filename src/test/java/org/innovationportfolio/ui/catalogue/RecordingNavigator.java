package org.innovationportfolio.ui.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.ui.shell.Navigator;

/** A {@link Navigator} for page tests: remembers where the page asked to go, as "project:ID", "timeline"… */
public final class RecordingNavigator implements Navigator {

    private final List<String> requests = new ArrayList<>();

    public List<String> requests() {
        return requests;
    }

    @Override
    public void showDashboard() {
        requests.add("dashboard");
    }

    @Override
    public void showPortfolio(PortfolioFilter filter) {
        requests.add("portfolio:" + filter);
    }

    @Override
    public void showProject(UUID projectId) {
        requests.add("project:" + projectId);
    }

    @Override
    public void showTimeline(PortfolioFilter filter) {
        requests.add("timeline:" + filter);
    }

    @Override
    public void showCatalogue(UUID innovationId) {
        requests.add("catalogue:" + innovationId);
    }
}
