package io.linstorj.rest.event;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of every server-sent event stream.
 *
 * @param maxPendingEvents events written but not yet taken by a client before its stream is ended
 *                         with a last {@code Overflow} event
 * @param keepAliveInterval how often a {@code : keep-alive} comment goes out
 * @param nodePollInterval how often the node stream compares the node list with the last one
 */
public record EventStreamLimits(int maxPendingEvents, Duration keepAliveInterval, Duration nodePollInterval) {
    /** 1,000 events, keep-alive every 30 s, node list compared every second. */
    public static final EventStreamLimits DEFAULTS =
            new EventStreamLimits(1000, Duration.ofSeconds(30), Duration.ofSeconds(1));

    /** Checks the values. */
    public EventStreamLimits {
        if (maxPendingEvents <= 0) {
            throw new IllegalArgumentException("maxPendingEvents must be positive: " + maxPendingEvents);
        }
        positive(keepAliveInterval, "keepAliveInterval");
        positive(nodePollInterval, "nodePollInterval");
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
