package io.linstorj.controller.state;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The desired state with the lock that guards it. The writer holds the write lock across
 * applying a batch and committing it, so readers see only committed state. After a commit whose
 * outcome is unknown the writer replaces the whole state with the one the store holds.
 */
public final class GuardedState {
    private DesiredState state;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Executor readExecutor;

    /** Guards {@code state}; asynchronous reads run on {@code readExecutor}. */
    public GuardedState(DesiredState state, Executor readExecutor) {
        this.state = state;
        this.readExecutor = readExecutor;
    }

    /**
     * Runs {@code query} under the read lock on the calling thread. The query must not keep
     * references to live tables beyond its return; it returns values.
     */
    public <T> T read(Function<DesiredState, T> query) {
        lock.readLock().lock();
        try {
            return query.apply(state);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs {@code query} under the read lock on the read executor, never on the caller's thread. */
    public <T> CompletableFuture<T> readAsync(Function<DesiredState, T> query) {
        return CompletableFuture.supplyAsync(() -> read(query), readExecutor);
    }

    Lock writeLock() {
        return lock.writeLock();
    }

    DesiredState state() {
        return state;
    }

    /** Replaces the state with one reloaded from the store; the caller holds the write lock. */
    void replace(DesiredState reloaded) {
        if (!lock.isWriteLockedByCurrentThread()) {
            throw new IllegalStateException("the desired state is replaced under the write lock only");
        }
        state = reloaded;
    }
}
