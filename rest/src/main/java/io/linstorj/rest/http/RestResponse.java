package io.linstorj.rest.http;

import java.util.Objects;

/**
 * An answer: an HTTP status and a body (already serialised), JSON unless it says otherwise, or an
 * event stream.
 *
 * @param status the HTTP status code
 * @param json the UTF-8 body: JSON, text for {@code /metrics}, empty for an event stream
 * @param contentType the body's content type
 * @param stream the server-sent event stream to open instead of a body; null for a body answer
 */
public record RestResponse(int status, byte[] json, String contentType, EventStream stream) {
    /** The content type of every answer but {@code /metrics} and event streams. */
    public static final String APPLICATION_JSON = "application/json";

    /** A JSON answer. */
    public RestResponse(int status, byte[] json) {
        this(status, json, APPLICATION_JSON);
    }

    /** An answer with a body of {@code contentType}. */
    public RestResponse(int status, byte[] json, String contentType) {
        this(status, json, contentType, null);
    }

    /** A {@code 200 text/event-stream} answer that stays open; {@code stream} writes its events. */
    public static RestResponse eventStream(EventStream stream) {
        return new RestResponse(200, new byte[0], "text/event-stream", Objects.requireNonNull(stream, "stream"));
    }

    /** True when this answer opens an event stream. */
    public boolean isEventStream() {
        return stream != null;
    }
}
