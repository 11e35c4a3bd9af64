package org.innovationportfolio.ui.project;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.app.DesktopWiring;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.shell.Navigator;

/** A real Derby store in a temporary folder with the shipped sample loaded, on 23 Nov 2026. */
final class RecordFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    final Path dataFolder;
    final Database database;
    final RecordingNavigator nav = new RecordingNavigator();

    RecordFixture(Path dataFolder) {
        this.dataFolder = dataFolder;
        this.database = Database.open(dataFolder);
        SampleLoader.load(database.store(), CLOCK);
    }

    Store store() {
        return database.store();
    }

    DesktopContext context() {
        return DesktopWiring.context(store(), CLOCK, dataFolder, "test", null);
    }

    Project project(UUID id) {
        return store().read(r -> r.projects().find(id)).orElseThrow();
    }

    /** A project with a milestone not done and not yet due, and the first such milestone. */
    Project projectWithUpcomingMilestone() {
        return store().read(r -> r.projects().findAll()).stream()
                .filter(p -> upcoming(p) != null)
                .min(Comparator.comparing(Project::title)).orElseThrow();
    }

    static Milestone upcoming(Project p) {
        return p.milestones().stream().filter(m -> !m.isDone() && m.due() != null && !m.due().isBefore(TODAY)
                && m.baseline() != null).findFirst().orElse(null);
    }

    /** A project with funding, outcomes with actuals and risks: the fullest record in the sample. */
    Project fullestProject() {
        return store().read(r -> r.projects().findAll()).stream()
                .max(Comparator.comparingInt((Project p) -> p.funding().size() + p.risks().size() + p.milestones().size()))
                .orElseThrow();
    }

    @Override
    public void close() {
        database.close();
    }

    /** Remembers where the page asked to go. */
    static final class RecordingNavigator implements Navigator {
        final List<String> visits = new ArrayList<>();

        @Override
        public void showDashboard() {
            visits.add("dashboard");
        }

        @Override
        public void showPortfolio(PortfolioFilter filter) {
            visits.add("portfolio");
        }

        @Override
        public void showProject(UUID projectId) {
            visits.add("project " + projectId);
        }

        @Override
        public void showTimeline(PortfolioFilter filter) {
            visits.add("timeline " + filter);
        }

        @Override
        public void showCatalogue(UUID innovationId) {
            visits.add("catalogue " + innovationId);
        }
    }
}
