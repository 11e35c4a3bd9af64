package org.innovationportfolio.logic;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The portfolio's storage as logic sees it. Every {@link #write} is one transaction: it all happens
 * or, on any exception, none of it does.
 */
public interface Store {

    /** Runs {@code work} in a read-only transaction and returns what it returns. */
    <T> T read(Function<Repositories, T> work);

    /** Runs {@code work} in one transaction, committed when it returns and rolled back if it throws. */
    <T> T write(Function<Repositories, T> work);

    default void writing(Consumer<Repositories> work) {
        write(repositories -> {
            work.accept(repositories);
            return null;
        });
    }
}
