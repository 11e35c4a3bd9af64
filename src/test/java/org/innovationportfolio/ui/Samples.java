package org.innovationportfolio.ui;

import java.time.Clock;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.sample.SampleLoader;

/** Sample sources for tests: each is bound to the test's store by the harness, as the launcher binds the real one. */
final class Samples {

    private Samples() {
    }

    /** The real shipped sample portfolio and catalogue. */
    static Loader shipped() {
        return SampleLoader::load;
    }

    /** A small stand-in: two projects saved through the store. */
    static Loader twoProjects() {
        return (store, clock) -> store.writing(repositories -> TestProjects.two().forEach(repositories.projects()::save));
    }

    /** A sample loader not yet bound to a store. */
    @FunctionalInterface
    interface Loader {

        void loadInto(Store store, Clock clock);

        /** This loader bound to {@code store}, as the window is handed it. */
        default SampleSource over(Store store, Clock clock) {
            return () -> loadInto(store, clock);
        }
    }
}
