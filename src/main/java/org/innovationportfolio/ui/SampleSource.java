package org.innovationportfolio.ui;

/**
 * Fills the empty portfolio with the fictional sample; the launcher hands the window one bound to the open
 * portfolio, so tests can give it a loader that fails.
 */
@FunctionalInterface
public interface SampleSource {

    /**
     * Loads the sample portfolio.
     *
     * @throws org.innovationportfolio.logic.RefusedException when the portfolio already holds projects
     */
    void load();
}
