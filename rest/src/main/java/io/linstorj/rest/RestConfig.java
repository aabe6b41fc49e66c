package io.linstorj.rest;

import io.linstorj.rest.http.HttpLimits;
import java.util.Objects;

/**
 * Where and how the REST API listens.
 *
 * @param listenAddress address to bind (loopback by default)
 * @param port port to bind; 0 picks a free one
 * @param limits the bounds of requests and connections
 */
public record RestConfig(String listenAddress, int port, HttpLimits limits) {
    /** LINSTOR's REST port. */
    public static final int DEFAULT_PORT = 3370;

    /** Checks the values. */
    public RestConfig {
        Objects.requireNonNull(listenAddress, "listenAddress");
        Objects.requireNonNull(limits, "limits");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must lie in 0..65535: " + port);
        }
    }

    /** 127.0.0.1:3370 with the default limits. */
    public static RestConfig defaults() {
        return new RestConfig("127.0.0.1", DEFAULT_PORT, HttpLimits.DEFAULTS);
    }

    /** Returns a copy on {@code address:newPort}. */
    public RestConfig withListen(String address, int newPort) {
        return new RestConfig(address, newPort, limits);
    }

    /** Returns a copy with other limits. */
    public RestConfig withLimits(HttpLimits newLimits) {
        return new RestConfig(listenAddress, port, newLimits);
    }
}
