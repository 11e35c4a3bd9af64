package org.innovationportfolio.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs slow work (database reads and writes, imports, exports) away from the JavaFX thread and hands
 * the result, or a plain-English failure message, back to it.
 */
public interface TaskRunner {

    /**
     * Starts {@code work} in the background. Call it on the JavaFX thread; the callbacks run there too.
     *
     * @param description what the work does, as a status line: "Loading the sample portfolio"
     * @param onSuccess receives the work's result
     * @param onFailure receives a message for the user; not called when the work was cancelled
     * @return a way to ask the work to stop
     */
    <T> Cancellable run(String description, Work<T> work, Consumer<? super T> onSuccess, Consumer<String> onFailure);

    /** True while any work is queued or running. */
    ReadOnlyBooleanProperty runningProperty();

    /** The running work's progress from 0 to 1, or -1 when it cannot tell. */
    ReadOnlyDoubleProperty progressProperty();

    /** The running work's status line. */
    ReadOnlyStringProperty messageProperty();

    /** Work that may take a while. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** A request to stop work that has been started; the work stops at its next check. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
