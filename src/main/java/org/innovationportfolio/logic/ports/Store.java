package org.innovationportfolio.logic.ports;

import java.util.Optional;
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

    /**
     * Why this user may only read the portfolio (a team portfolio's viewer role), in words for the window;
     * empty when they may change it. Known from when the store was opened.
     */
    default Optional<String> readOnlyReason() {
        return Optional.empty();
    }

    /** True when this user may change the portfolio; see {@link #readOnlyReason()}. */
    default boolean canEdit() {
        return readOnlyReason().isEmpty();
    }

    default void writing(Consumer<Repositories> work) {
        write(repositories -> {
            work.accept(repositories);
            return null;
        });
    }
}
