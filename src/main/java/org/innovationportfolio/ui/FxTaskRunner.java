package org.innovationportfolio.ui;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's {@link TaskRunner}: each piece of work becomes a JavaFX {@link Task} on one
 * background thread, so work on the embedded database runs in order, one transaction at a time.
 */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(namedDaemonThreads());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private int unfinished;
    // Set when the readiness held for failed: work is then dropped unrun (see holdUntil).
    private volatile boolean abandoned;

    @Override
    public <T> Cancellable run(String description, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<String> onFailure) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Start background work from the JavaFX thread.");
        }
        WorkTask<T> task = new WorkTask<>(description, work);
        task.runningProperty().addListener((observable, was, isRunning) -> {
            if (isRunning) {
                // The status bar follows whichever task is running now; queued ones wait their turn.
                progress.bind(task.progressProperty());
                message.bind(task.messageProperty());
            }
        });
        task.setOnSucceeded(event -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finished();
            Throwable failure = task.getException();
            if (failure instanceof CancellationException) {
                LOG.info("{}: cancelled", description);
                return;
            }
            LOG.warn("{} failed", description, failure);
            onFailure.accept(PlainMessages.of(failure, description));
        });
        task.setOnCancelled(event -> finished());
        unfinished++;
        running.set(true);
        executor.execute(() -> {
            if (abandoned) {
                // Ends as a cancellation: no result and no failure message for work that never ran.
                task.requestCancel();
            }
            task.run();
        });
        return task::requestCancel;
    }

    /**
     * Holds the work given before and after this call until {@code ready} completes, so the window's
     * first reads can be asked for while the database still boots. If {@code ready} fails, that work is
     * dropped: it ends as cancelled, with neither its result nor a failure message, since the failure is
     * the caller's to report once.
     */
    public void holdUntil(CompletableFuture<?> ready) {
        executor.execute(() -> {
            try {
                ready.join();
            } catch (CompletionException | CancellationException e) {
                abandoned = true;
            }
        });
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Takes no more work and waits for the work already started, so the store is not closed under a
     * write. Call it off the JavaFX thread (the launcher's thread, after the window closed).
     *
     * @return false if work was still running when {@code patience} ran out
     */
    public boolean shutdown(Duration patience) {
        executor.shutdown();
        try {
            return executor.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void finished() {
        unfinished--;
        if (unfinished == 0) {
            progress.unbind();
            message.unbind();
            progress.set(0);
            message.set("");
            running.set(false);
        }
    }

    private static ThreadFactory namedDaemonThreads() {
        ThreadFactory base = Executors.defaultThreadFactory();
        return runnable -> {
            Thread thread = base.newThread(runnable);
            thread.setName("innovation-portfolio-work");
            // Daemon, so a stuck task can never keep the process alive after the window has gone.
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One piece of work as a JavaFX task, with cancellation the work itself checks. */
    private static final class WorkTask<T> extends Task<T> {
        private final String description;
        private final Work<T> work;
        private volatile boolean cancelRequested;

        WorkTask(String description, Work<T> work) {
            this.description = description;
            this.work = work;
            updateMessage(description + "…");
            updateProgress(-1, -1);
        }

        @Override
        protected T call() throws Exception {
            if (cancelRequested) {
                throw new CancellationException(description + " was cancelled before it started.");
            }
            return work.call(new Progress() {
                @Override
                public void update(long done, long total) {
                    updateProgress(done, total);
                }

                @Override
                public void message(String text) {
                    updateMessage(text);
                }

                @Override
                public boolean isCancelRequested() {
                    return cancelRequested;
                }
            });
        }

        // Not Task.cancel(true): interrupting a thread inside Derby can close the database. The work
        // checks the flag between steps and throws CancellationException, so a transaction is never cut.
        void requestCancel() {
            cancelRequested = true;
        }
    }
}
