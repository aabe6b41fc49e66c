package io.linstorj.client;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The root of every error the client library raises: a message and, optionally, further errors
 * that came with it.
 *
 * <p>Unchecked, so that calls read like LINSTOR's Python API. Its subclasses say why:
 * {@link LinstorNetworkError} when no answer came, {@link LinstorApiCallError} when the controller
 * refused a query. A refused mutation is not an exception but data: its
 * {@link ApiCallResponse} entries.
 */
public class LinstorError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<LinstorError> errors;

    /** Creates an error with a message and no further errors. */
    public LinstorError(String message) {
        this(message, null, List.of());
    }

    /** Creates an error with a message and the exception that caused it. */
    public LinstorError(String message, @Nullable Throwable cause) {
        this(message, cause, List.of());
    }

    /** Creates an error with a message, its cause (or null) and further errors that came with it. */
    public LinstorError(String message, @Nullable Throwable cause, List<? extends LinstorError> errors) {
        super(message, cause);
        this.errors = List.copyOf(errors);
    }

    /** The further errors that came with this one (empty when there are none); an immutable list. */
    public List<LinstorError> getErrors() {
        return errors;
    }
}
