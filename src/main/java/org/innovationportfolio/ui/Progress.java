package org.innovationportfolio.ui;

/** What background work can tell the window while it runs, and how it learns it should stop. */
public interface Progress {

    /** Reports {@code done} out of {@code total}; a negative total means "no idea how long". */
    void update(long done, long total);

    /** A short line for the status bar, e.g. "Loading the sample portfolio…". */
    void message(String text);

    /** True once the user asked to cancel; long work checks this between steps and stops cleanly. */
    boolean isCancelRequested();
}
