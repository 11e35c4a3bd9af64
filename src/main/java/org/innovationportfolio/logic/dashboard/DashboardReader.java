package org.innovationportfolio.logic.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.RagStaleness;

/** Reads the portfolio from the store and works out the dashboard's figures as of today. */
public final class DashboardReader {

    private final Store store;
    private final Clock clock;

    public DashboardReader(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public DashboardFigures figures() {
        LocalDate today = LocalDate.now(clock);
        return store.read(repositories -> DashboardFigures.of(repositories.projects().findAll(), today,
                RagStaleness.fromSetting(repositories.settings().get(SettingKeys.RAG_STALE_AFTER_WEEKS))));
    }
}
