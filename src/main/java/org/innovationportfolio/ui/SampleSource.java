package org.innovationportfolio.ui;

import java.time.Clock;
import org.innovationportfolio.logic.Store;

/**
 * Fills an empty store with the fictional sample portfolio; the window is handed one so tests can
 * give it a loader that fails.
 */
@FunctionalInterface
public interface SampleSource {

    /**
     * Loads the sample portfolio into {@code store}.
     *
     * @throws org.innovationportfolio.logic.RefusedException when the store already holds projects
     */
    void loadInto(Store store, Clock clock);
}
