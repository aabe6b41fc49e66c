package io.linstorj.rest.http;

/**
 * An answer: an HTTP status and a JSON body (already serialised), or an event stream.
 *
 * @param status the HTTP status code
 * @param json the UTF-8 JSON body (empty for an event stream)
 * @param stream the server-sent event stream to open instead of a body; null for a JSON answer
 */
public record RestResponse(int status, byte[] json, EventStream stream) {
    /** A JSON answer. */
    public RestResponse(int status, byte[] json) {
        this(status, json, null);
    }

    /** A {@code 200 text/event-stream} answer that stays open; {@code stream} writes its events. */
    public static RestResponse eventStream(EventStream stream) {
        return new RestResponse(200, new byte[0], java.util.Objects.requireNonNull(stream, "stream"));
    }

    /** True when this answer opens an event stream. */
    public boolean isEventStream() {
        return stream != null;
    }
}
