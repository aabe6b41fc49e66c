package io.linstorj.satellite.storage;

import java.util.Objects;

/** A storage operation that could not be done; it carries the {@link StorageProblem} to report. */
public final class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient StorageProblem problem;

    /** Creates an exception for {@code problem}. */
    public StorageException(StorageProblem problem) {
        this(problem, null);
    }

    /** Creates an exception for {@code problem}, caused by {@code cause}. */
    public StorageException(StorageProblem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").describe(), cause);
        this.problem = problem;
    }

    /** Returns the problem, with message, cause and correction. */
    public StorageProblem problem() {
        return problem;
    }
}
