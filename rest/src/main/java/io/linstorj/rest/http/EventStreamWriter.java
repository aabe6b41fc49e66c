package io.linstorj.rest.http;

/**
 * Writes one server-sent event stream. Thread-safe and non-blocking: events are queued for the
 * connection's event loop, and a client that does not read makes {@link #send} refuse instead of
 * holding memory.
 */
public interface EventStreamWriter {
    /**
     * Queues one event ({@code event:} and {@code data:} lines).
     *
     * @param data one line of JSON (no line breaks)
     * @return false when the stream is closed or its client is {@link EventStream#maxPendingEvents}
     *         events behind: the caller then {@link #finish}es it
     */
    boolean send(String event, String data);

    /** Writes a last event regardless of the bound, then closes the connection; idempotent. */
    void finish(String event, String data);

    /** Runs {@code action} once when the stream ends, however it ends (at once if it has). */
    void onClose(Runnable action);
}
