package io.linstorj.controller.state;

import java.util.List;

/** Durable storage of the desired state (a database). */
public interface DesiredStateStore extends AutoCloseable {
    /** Fills the empty {@code state} with everything stored. */
    void loadInto(DesiredState state) throws StoreException;

    /**
     * Writes {@code changes} in one transaction and commits it; throws if it did not commit,
     * with {@link StoreException.Outcome#UNKNOWN} when it cannot tell whether it did.
     */
    void write(List<Change> changes) throws StoreException;

    @Override
    void close();
}
