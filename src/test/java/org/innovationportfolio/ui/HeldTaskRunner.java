package org.innovationportfolio.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A {@link TaskRunner} for tests that holds work until told to run it, so a test can look at a screen
 * while the work is still going, or finish work in another order than it was started, without depending on timing.
 */
public final class HeldTaskRunner implements TaskRunner {

    private final Deque<Runnable> held = new ArrayDeque<>();
    private final ImmediateTaskRunner runner = new ImmediateTaskRunner();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    @Override
    public <T> Cancellable run(String description, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<String> onFailure) {
        held.add(() -> runner.run(description, work, onSuccess, onFailure));
        running.set(true);
        return () -> { };
    }

    /** How much work is waiting. */
    public int waiting() {
        return held.size();
    }

    /** Runs everything held, and whatever that work starts, in order. */
    public void runAll() {
        while (!held.isEmpty()) {
            held.poll().run();
        }
        running.set(false);
    }

    /** Runs the work started last, as a slow earlier piece of work would let it finish first. */
    public void runNewest() {
        held.pollLast().run();
        running.set(!held.isEmpty());
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return new ReadOnlyDoubleWrapper(-1).getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return new ReadOnlyStringWrapper("").getReadOnlyProperty();
    }
}
