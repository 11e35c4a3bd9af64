package org.innovationportfolio.ui;

import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.sample.BundledDataException;
import org.innovationportfolio.model.InvalidValueException;

/**
 * Turns a failure into the sentence a user reads: our own refusals and damaged-installation messages as
 * written, anything else as "unexpected".
 */
public final class PlainMessages {

    private PlainMessages() {
    }

    /**
     * The message for a failure while doing {@code description}.
     *
     * @param description what was being done, e.g. "Loading the sample portfolio"
     */
    public static String of(Throwable failure, String description) {
        // A refusal may arrive wrapped (e.g. by a transaction template); its own message is the one to show.
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if ((t instanceof RefusedException || t instanceof InvalidValueException || t instanceof BundledDataException)
                    && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return description + " did not work because of an unexpected problem. "
                + "The technical details have been written to the application's log.";
    }
}
