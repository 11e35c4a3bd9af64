package org.innovationportfolio.ui;

import org.innovationportfolio.logic.sample.SampleLoader;

/** Sample sources for tests. */
final class Samples {

    private Samples() {
    }

    /** The real shipped sample portfolio and catalogue. */
    static SampleSource shipped() {
        return SampleLoader::load;
    }

    /** A small stand-in: two projects saved through the store. */
    static SampleSource twoProjects() {
        return (store, clock) -> store.writing(repositories -> TestProjects.two().forEach(repositories.projects()::save));
    }
}
