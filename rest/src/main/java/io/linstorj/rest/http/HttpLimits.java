package io.linstorj.rest.http;

import java.time.Duration;
import java.util.Objects;

/**
 * What one REST server accepts at most; every bound is mandatory.
 *
 * @param maxBodyBytes largest request body; a larger one is answered 413 and the connection closed
 * @param maxInitialLineBytes longest request line (method, URI, version); longer is answered 414
 * @param maxHeaderBytes largest header block; larger is answered 431
 * @param maxConnections open connections at once; a further one is closed at accept
 * @param idleTimeout a connection without traffic for this long is closed
 */
public record HttpLimits(
        int maxBodyBytes, int maxInitialLineBytes, int maxHeaderBytes, int maxConnections, Duration idleTimeout) {

    /** 1 MiB bodies, 8 KiB lines, 16 KiB headers, 256 connections, 5 minutes idle. */
    public static final HttpLimits DEFAULTS = new HttpLimits(1024 * 1024, 8192, 16384, 256, Duration.ofMinutes(5));

    /** Checks the values. */
    public HttpLimits {
        positive(maxBodyBytes, "maxBodyBytes");
        positive(maxInitialLineBytes, "maxInitialLineBytes");
        positive(maxHeaderBytes, "maxHeaderBytes");
        positive(maxConnections, "maxConnections");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
        }
    }

    /** Returns a copy with another maximum body size. */
    public HttpLimits withMaxBodyBytes(int bytes) {
        return new HttpLimits(bytes, maxInitialLineBytes, maxHeaderBytes, maxConnections, idleTimeout);
    }

    /** Returns a copy with another maximum of connections. */
    public HttpLimits withMaxConnections(int connections) {
        return new HttpLimits(maxBodyBytes, maxInitialLineBytes, maxHeaderBytes, connections, idleTimeout);
    }

    private static void positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
