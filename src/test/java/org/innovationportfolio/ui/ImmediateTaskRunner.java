package org.innovationportfolio.ui;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A {@link TaskRunner} for tests: runs the work at once on the calling thread, so results are there on return. */
public final class ImmediateTaskRunner implements TaskRunner {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    @Override
    public <T> Cancellable run(String description, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<String> onFailure) {
        T result;
        running.set(true);
        try {
            result = work.call(new Progress() {
                @Override
                public void update(long done, long total) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public void message(String text) {
                    message.set(text);
                }

                @Override
                public boolean isCancelRequested() {
                    return false;
                }
            });
        } catch (CancellationException cancelled) {
            return () -> { };
        } catch (Exception | Error failure) {
            onFailure.accept(PlainMessages.of(failure, description));
            return () -> { };
        } finally {
            running.set(false);
        }
        onSuccess.accept(result);
        return () -> { };
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
}
