package io.linstorj.rest.http;

/**
 * An answer: an HTTP status and a JSON body (already serialised).
 *
 * @param status the HTTP status code
 * @param json the UTF-8 JSON body
 */
public record RestResponse(int status, byte[] json) {
}
