package io.linstorj.satellite.plan;

import java.util.Objects;

/**
 * A problem worded for the operator: message, cause and correction.
 *
 * @param message    what went wrong
 * @param cause      why
 * @param correction what the operator can do
 */
public record Problem(String message, String cause, String correction) {
    /** Creates a value. */
    public Problem {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(correction, "correction");
    }
}
