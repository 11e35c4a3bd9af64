package org.innovationportfolio.render;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.briefing.BriefingExport;
import org.innovationportfolio.logic.briefing.BriefingRequest;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.Database;

/** The sample portfolio in a real Derby database in a temporary folder, with a fixed clock, for briefing tests. */
final class SamplePortfolioFixture implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate MEETING = LocalDate.of(2026, 12, 3);

    final Database database;
    final Clock clock;

    SamplePortfolioFixture(Path folder) {
        this(folder, Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    SamplePortfolioFixture(Path folder, Clock clock) {
        this.clock = clock;
        this.database = Database.open(folder);
        SampleLoader.load(database.store(), clock);
    }

    Store store() {
        return database.store();
    }

    List<Project> projects() {
        return store().read(r -> r.projects().findAll());
    }

    BriefingExport export() {
        return new BriefingExport(store(), clock, List.of(new DocxRenderer(), new PdfRenderer()));
    }

    static BriefingRequest request(Marking marking) {
        return new BriefingRequest("Children's Services Improvement Board", MEETING, "Priya Desai, Innovation Lead", marking,
                List.of(), BriefingSection.all());
    }

    @Override
    public void close() {
        database.close();
    }
}
