package io.linstorj.controller.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * What one client, and all clients together, may cost the controller's client-protocol server.
 *
 * @param maxConnections open client connections in total; one more is refused and closed at once
 * @param maxConnectionsPerAddress open client connections from one remote address
 * @param idleTimeout a connection that completed no frame for this long, has no call in flight,
 *     no reply waiting and no watch is closed (the Java client sends a Ping well within it)
 * @param frameTimeout a frame whose first bytes arrived must be complete within this time
 *     (slowloris, truncated frames)
 * @param maxPartialFrameBytes bytes all connections together may hold in frames not yet complete;
 *     the connection whose bytes pass the bound is closed
 * @param maxPendingWriteBytes replies queued for one connection that does not read them; a client
 *     that has this much unread and asks for more is dropped
 * @param writeStallTimeout a connection whose replies stay queued past the write buffer's high
 *     mark for this long is dropped
 */
public record ClientLimits(
        int maxConnections,
        int maxConnectionsPerAddress,
        Duration idleTimeout,
        Duration frameTimeout,
        long maxPartialFrameBytes,
        long maxPendingWriteBytes,
        Duration writeStallTimeout) {

    /** Default total connections: far below a default {@code ulimit -n} of 1024, with room for the rest. */
    public static final int DEFAULT_MAX_CONNECTIONS = 500;
    /**
     * Default connections per remote address: half the total, since on one host every client
     * (CLI, CSI driver, bench watchers) comes from the same loopback address.
     */
    public static final int DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 250;
    /** Default idle timeout. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(300);
    /** Default frame (header and body) timeout. */
    public static final Duration DEFAULT_FRAME_TIMEOUT = Duration.ofSeconds(30);
    /** Default bound of bytes in partial frames over all connections: 128 MiB. */
    public static final long DEFAULT_MAX_PARTIAL_FRAME_BYTES = 128L * 1024 * 1024;
    /** Default bound of unread reply bytes per connection: 64 MiB. */
    public static final long DEFAULT_MAX_PENDING_WRITE_BYTES = 64L * 1024 * 1024;
    /** Default write stall timeout. */
    public static final Duration DEFAULT_WRITE_STALL_TIMEOUT = Duration.ofSeconds(60);
    /** Write buffer high mark: above it the connection is unwritable and its reading pauses. */
    static final int WRITE_BUFFER_HIGH = 1024 * 1024;
    /** Write buffer low mark: below it the connection is writable again and reading resumes. */
    static final int WRITE_BUFFER_LOW = 512 * 1024;

    /** The defaults. */
    public static final ClientLimits DEFAULTS = new ClientLimits(
            DEFAULT_MAX_CONNECTIONS,
            DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
            DEFAULT_IDLE_TIMEOUT,
            DEFAULT_FRAME_TIMEOUT,
            DEFAULT_MAX_PARTIAL_FRAME_BYTES,
            DEFAULT_MAX_PENDING_WRITE_BYTES,
            DEFAULT_WRITE_STALL_TIMEOUT);

    /** Checks the values. */
    public ClientLimits {
        positive("maxConnections", maxConnections);
        positive("maxConnectionsPerAddress", maxConnectionsPerAddress);
        positive(
                "idleTimeout",
                Objects.requireNonNull(idleTimeout, "idleTimeout").toMillis());
        positive(
                "frameTimeout",
                Objects.requireNonNull(frameTimeout, "frameTimeout").toMillis());
        positive("maxPartialFrameBytes", maxPartialFrameBytes);
        positive("maxPendingWriteBytes", maxPendingWriteBytes);
        positive(
                "writeStallTimeout",
                Objects.requireNonNull(writeStallTimeout, "writeStallTimeout").toMillis());
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    /** Returns a copy with other connection limits. */
    public ClientLimits withConnections(int total, int perAddress) {
        return new ClientLimits(
                total,
                perAddress,
                idleTimeout,
                frameTimeout,
                maxPartialFrameBytes,
                maxPendingWriteBytes,
                writeStallTimeout);
    }

    /** Returns a copy with other timeouts. */
    public ClientLimits withTimeouts(Duration idle, Duration frame, Duration writeStall) {
        return new ClientLimits(
                maxConnections,
                maxConnectionsPerAddress,
                idle,
                frame,
                maxPartialFrameBytes,
                maxPendingWriteBytes,
                writeStall);
    }

    /** Returns a copy with other memory bounds. */
    public ClientLimits withMemory(long partialFrameBytes, long pendingWriteBytes) {
        return new ClientLimits(
                maxConnections,
                maxConnectionsPerAddress,
                idleTimeout,
                frameTimeout,
                partialFrameBytes,
                pendingWriteBytes,
                writeStallTimeout);
    }
}
