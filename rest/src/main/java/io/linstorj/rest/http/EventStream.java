package io.linstorj.rest.http;

import java.time.Duration;

/**
 * The source of one server-sent event stream (text/event-stream). The HTTP layer writes the
 * answer's headers, then calls {@link #open} once with the stream's writer; the stream ends when
 * the client closes the connection, when the source calls {@link EventStreamWriter#finish}, or
 * when the client falls {@link #maxPendingEvents} events behind.
 */
public interface EventStream {
    /** Starts the stream; must not block. */
    void open(EventStreamWriter writer);

    /** Events written but not yet taken by the client's socket before the stream is ended. */
    int maxPendingEvents();

    /** How often a comment line is sent while no event is, so that proxies and clients see life. */
    Duration keepAliveInterval();
}
