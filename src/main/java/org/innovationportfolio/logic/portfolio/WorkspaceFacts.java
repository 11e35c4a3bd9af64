package org.innovationportfolio.logic.portfolio;

import java.util.Objects;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.ports.Store;

/**
 * What the window says about the portfolio as a whole (the council's name, the project count, whether the sample is
 * in), the one-time first-run welcome, and the two names the welcome keeps.
 */
public final class WorkspaceFacts {

    private final Store store;

    public WorkspaceFacts(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * True once only: on the first start with an empty portfolio. The offer is recorded in the same transaction that
     * finds it due, so the welcome is never shown twice.
     */
    public boolean claimFirstRunOffer() {
        return store.write(repositories -> {
            if (repositories.projects().count() > 0
                    || repositories.settings().get(SettingKeys.SAMPLE_OFFERED).isPresent()) {
                return false;
            }
            repositories.settings().put(SettingKeys.SAMPLE_OFFERED, "true");
            return true;
        });
    }

    /** The project count, the council's name (null before one is given) and whether the sample was loaded. */
    public Summary summary() {
        return store.read(repositories -> new Summary(repositories.projects().count(),
                repositories.settings().get(SettingKeys.COUNCIL_NAME).orElse(null),
                repositories.settings().get(SettingKeys.SAMPLE_LOADED).map("true"::equals).orElse(false)));
    }

    /** Keeps the council's and the officer's names, both in one transaction. */
    public void keepNames(String council, String officer) {
        store.writing(repositories -> {
            repositories.settings().put(SettingKeys.COUNCIL_NAME, council);
            repositories.settings().put(SettingKeys.OFFICER_NAME, officer);
        });
    }

    /**
     * The portfolio at a glance.
     *
     * @param councilName null before the welcome (or a pack) gave one
     */
    public record Summary(int projects, String councilName, boolean sampleLoaded) {
    }
}
