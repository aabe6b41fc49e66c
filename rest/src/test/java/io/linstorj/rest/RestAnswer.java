package io.linstorj.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** An answer as a test sees it: status, content type and the body, parsed (public for dist's tests). */
public record RestAnswer(int status, String contentType, String body) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    /** The ret code of the first ApiCallRc entry. */
    public long firstRetCode() {
        return json().get(0).get("ret_code").asLong();
    }

    /** The message of the first ApiCallRc entry. */
    public String firstMessage() {
        return json().get(0).get("message").asText();
    }
}
