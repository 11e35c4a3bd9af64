package org.innovationportfolio.logic.portfolio;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.store.Database;

/** A real Derby store in a temporary folder holding the shipped sample portfolio, for logic tests. */
public final class SampleStore implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));

    private final Database database;

    public SampleStore(Path folder) {
        database = Database.open(folder);
        SampleLoader.load(database.store(), CLOCK);
    }

    public Store store() {
        return database.store();
    }

    @Override
    public void close() {
        database.close();
    }
}
