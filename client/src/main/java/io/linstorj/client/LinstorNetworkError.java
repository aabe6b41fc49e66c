package io.linstorj.client;

import org.jspecify.annotations.Nullable;

/**
 * An error of the connection to the controller: refused, lost, timed out, or a controller that
 * speaks an incompatible protocol version.
 *
 * <p>When it interrupts a mutation, the caller cannot know whether the controller applied it:
 * list the objects to find out before retrying.
 */
public class LinstorNetworkError extends LinstorError {
    private static final long serialVersionUID = 1L;

    /** Creates a network error with a message. */
    public LinstorNetworkError(String message) {
        super(message);
    }

    /** Creates a network error with a message and the exception that caused it. */
    public LinstorNetworkError(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
