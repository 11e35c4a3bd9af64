package org.innovationportfolio.logic.briefing;

/** Where a renderer reports how far it has got and learns whether the user has cancelled. */
public interface RenderProgress {

    /** A progress that never cancels and reports nowhere. */
    RenderProgress NONE = new RenderProgress() {
        @Override
        public void worked(int done, int total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} blocks laid out. */
    void worked(int done, int total);

    boolean isCancelled();

    /** Throws {@link ExportCancelledException} when the user has cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ExportCancelledException();
        }
    }
}
