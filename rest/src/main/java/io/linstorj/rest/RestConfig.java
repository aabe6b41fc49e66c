package io.linstorj.rest;

import io.linstorj.rest.event.EventStreamLimits;
import io.linstorj.rest.http.HttpLimits;
import java.util.Objects;

/**
 * Where and how the REST API listens.
 *
 * @param listenAddress address to bind (loopback by default)
 * @param port port to bind; 0 picks a free one
 * @param limits the bounds of requests and connections
 * @param events the bounds of server-sent event streams
 */
public record RestConfig(String listenAddress, int port, HttpLimits limits, EventStreamLimits events) {
    /** LINSTOR's REST port. */
    public static final int DEFAULT_PORT = 3370;

    /** Checks the values. */
    public RestConfig {
        Objects.requireNonNull(listenAddress, "listenAddress");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(events, "events");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must lie in 0..65535: " + port);
        }
    }

    /** A configuration with the default event stream limits. */
    public RestConfig(String listenAddress, int port, HttpLimits limits) {
        this(listenAddress, port, limits, EventStreamLimits.DEFAULTS);
    }

    /** 127.0.0.1:3370 with the default limits. */
    public static RestConfig defaults() {
        return new RestConfig("127.0.0.1", DEFAULT_PORT, HttpLimits.DEFAULTS);
    }

    /** Returns a copy on {@code address:newPort}. */
    public RestConfig withListen(String address, int newPort) {
        return new RestConfig(address, newPort, limits, events);
    }

    /** Returns a copy with other limits. */
    public RestConfig withLimits(HttpLimits newLimits) {
        return new RestConfig(listenAddress, port, newLimits, events);
    }

    /** Returns a copy with other event stream limits. */
    public RestConfig withEvents(EventStreamLimits newEvents) {
        return new RestConfig(listenAddress, port, limits, newEvents);
    }
}
