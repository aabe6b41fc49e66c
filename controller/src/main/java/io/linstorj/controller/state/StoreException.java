package io.linstorj.controller.state;

/**
 * The store could not load or commit; {@link #outcome()} tells what became of a write, which
 * decides what the writer may answer and whether it may try again.
 */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What became of a write that failed. */
    public enum Outcome {
        /**
         * The database refused a statement of the transaction (a value too long, a constraint):
         * nothing was committed, and the calls of a batch may succeed one by one.
         */
        REJECTED,
        /**
         * The database could not be reached, or the connection broke before COMMIT was sent:
         * nothing was committed, and trying again at once would most likely fail as well.
         */
        UNAVAILABLE,
        /**
         * The connection broke while COMMIT was under way: the database may or may not have
         * committed the transaction, so memory may no longer agree with it.
         */
        UNKNOWN
    }

    private final Outcome outcome;

    /** Creates an exception whose write was rejected (nothing committed). */
    public StoreException(String message, Throwable cause) {
        this(message, cause, Outcome.REJECTED);
    }

    /** Creates an exception with a reason, its cause and the write's outcome. */
    public StoreException(String message, Throwable cause, Outcome outcome) {
        super(message, cause);
        this.outcome = outcome;
    }

    /** What became of the write. */
    public Outcome outcome() {
        return outcome;
    }
}
