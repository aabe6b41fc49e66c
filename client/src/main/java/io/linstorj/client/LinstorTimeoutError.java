package io.linstorj.client;

import org.jspecify.annotations.Nullable;

/**
 * A wait that ran out of time: a watch that got no result within its timeout. The watch was
 * deleted on the controller.
 */
public class LinstorTimeoutError extends LinstorNetworkError {
    private static final long serialVersionUID = 1L;

    /** Creates a timeout error with a message. */
    public LinstorTimeoutError(String message) {
        super(message);
    }

    /** Creates a timeout error with a message and the exception that caused it. */
    public LinstorTimeoutError(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
