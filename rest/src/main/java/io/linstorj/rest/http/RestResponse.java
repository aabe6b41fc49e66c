package io.linstorj.rest.http;

/**
 * An answer: an HTTP status and a body (already serialised), JSON unless it says otherwise.
 *
 * @param status the HTTP status code
 * @param json the UTF-8 body: JSON, or text for {@code /metrics}
 * @param contentType the body's content type
 */
public record RestResponse(int status, byte[] json, String contentType) {
    /** The content type of every answer but {@code /metrics}. */
    public static final String APPLICATION_JSON = "application/json";

    /** A JSON answer. */
    public RestResponse(int status, byte[] json) {
        this(status, json, APPLICATION_JSON);
    }
}
