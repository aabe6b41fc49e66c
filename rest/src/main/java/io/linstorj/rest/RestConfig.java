package io.linstorj.rest;

import io.linstorj.rest.event.EventStreamLimits;
import io.linstorj.rest.http.HttpLimits;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the REST API listens.
 *
 * @param listenAddress address to bind (loopback by default)
 * @param port port to bind; 0 picks a free one
 * @param limits the bounds of requests and connections
 * @param events the bounds of server-sent event streams
 * @param deletionWait how long a resource or definition DELETE waits for its satellites to
 *     confirm before it answers that the deletion is still in progress
 */
public record RestConfig(
        String listenAddress, int port, HttpLimits limits, EventStreamLimits events, Duration deletionWait) {
    /** LINSTOR's REST port. */
    public static final int DEFAULT_PORT = 3370;

    /** How long a DELETE waits for the satellites by default. */
    public static final Duration DEFAULT_DELETION_WAIT = Duration.ofSeconds(30);

    /** Checks the values. */
    public RestConfig {
        Objects.requireNonNull(listenAddress, "listenAddress");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(deletionWait, "deletionWait");
        if (deletionWait.isNegative() || deletionWait.isZero()) {
            throw new IllegalArgumentException("deletionWait must be positive: " + deletionWait);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must lie in 0..65535: " + port);
        }
    }

    /** A configuration with the default deletion wait. */
    public RestConfig(String listenAddress, int port, HttpLimits limits, EventStreamLimits events) {
        this(listenAddress, port, limits, events, DEFAULT_DELETION_WAIT);
    }

    /** A configuration with the default event stream limits and deletion wait. */
    public RestConfig(String listenAddress, int port, HttpLimits limits) {
        this(listenAddress, port, limits, EventStreamLimits.DEFAULTS);
    }

    /** 127.0.0.1:3370 with the default limits. */
    public static RestConfig defaults() {
        return new RestConfig("127.0.0.1", DEFAULT_PORT, HttpLimits.DEFAULTS);
    }

    /** Returns a copy on {@code address:newPort}. */
    public RestConfig withListen(String address, int newPort) {
        return new RestConfig(address, newPort, limits, events, deletionWait);
    }

    /** Returns a copy with other limits. */
    public RestConfig withLimits(HttpLimits newLimits) {
        return new RestConfig(listenAddress, port, newLimits, events, deletionWait);
    }

    /** Returns a copy whose DELETEs wait {@code wait} for the satellites. */
    public RestConfig withDeletionWait(Duration wait) {
        return new RestConfig(listenAddress, port, limits, events, wait);
    }

    /** Returns a copy with other event stream limits. */
    public RestConfig withEvents(EventStreamLimits newEvents) {
        return new RestConfig(listenAddress, port, limits, newEvents, deletionWait);
    }
}
