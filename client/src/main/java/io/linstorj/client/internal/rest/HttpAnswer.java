package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the controller answered to one HTTP request.
 *
 * @param status the HTTP status
 * @param body the JSON body; a missing node when the body was empty
 */
record HttpAnswer(int status, JsonNode body) {
    /** True for a 2xx status. */
    boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
