package org.innovationportfolio.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.innovationportfolio.logic.ports.Repositories;
import org.innovationportfolio.logic.ports.Store;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The {@link Store} over a database through JDBI (the embedded Derby database, or a team's PostgreSQL server):
 * each read or write is one JDBI handle and one transaction. A call made from inside another on the same thread
 * joins the outer transaction.
 */
final class JdbiStore implements Store {

    private final Supplier<Jdbi> jdbi;
    private final Function<JdbiException, RuntimeException> translate;
    private final Lock inUse;
    private final Runnable checkOpen;
    // The transaction running on this thread, so nested calls join it (and what it read) instead of deadlocking.
    private final ThreadLocal<JdbiRepositories> active = new ThreadLocal<>();
    // Committed writes since this process opened the store: the exit backup is taken only after changes.
    private final AtomicLong writes = new AtomicLong();
    // Why this user may only read, as found when the store was opened; null when they may write.
    private volatile String readOnlyReason;

    /**
     * @param inUse held for the length of every call, so close and restore wait for work in flight
     * @param checkOpen throws when the database has been closed
     */
    JdbiStore(Supplier<Jdbi> jdbi, Path dataFolder, Lock inUse, Runnable checkOpen) {
        this(jdbi, e -> SqlErrors.translate(e, dataFolder), inUse, checkOpen);
    }

    /**
     * @param translate turns a database failure into the user's exception (and logs it)
     * @param inUse held for the length of every call, so close waits for work in flight
     * @param checkOpen throws when the database has been closed
     */
    JdbiStore(Supplier<Jdbi> jdbi, Function<JdbiException, RuntimeException> translate, Lock inUse,
            Runnable checkOpen) {
        this.jdbi = jdbi;
        this.translate = translate;
        this.inUse = inUse;
        this.checkOpen = checkOpen;
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
        return run(work, true);
    }

    @Override
    public <T> T write(Function<Repositories, T> work) {
        return run(work, false);
    }

    @Override
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    /** Says this user may only read the portfolio, and why (null: they may change it). */
    void readOnly(String reason) {
        this.readOnlyReason = reason;
    }

    /** How many writes have committed since the store was made. */
    long writes() {
        return writes.get();
    }

    /** Counts a change made other than through a write (a restore). */
    void countChange() {
        writes.incrementAndGet();
    }

    private <T> T run(Function<Repositories, T> work, boolean readOnly) {
        JdbiRepositories outer = active.get();
        if (outer != null) {
            if (!readOnly && outer.handle().isReadOnly()) {
                throw new IllegalStateException("A write cannot run inside a read: start it as its own write.");
            }
            return work.apply(outer);
        }
        inUse.lock();
        try {
            checkOpen.run();
            try (Handle handle = jdbi.get().open()) {
                handle.setReadOnly(readOnly);
                T result = handle.inTransaction(h -> {
                    JdbiRepositories repositories = new JdbiRepositories(h);
                    active.set(repositories);
                    return work.apply(repositories);
                });
                if (!readOnly) {
                    writes.incrementAndGet();
                }
                return result;
            } finally {
                active.remove();
            }
        } catch (JdbiException e) {
            throw translate.apply(e);
        } finally {
            inUse.unlock();
        }
    }
}
