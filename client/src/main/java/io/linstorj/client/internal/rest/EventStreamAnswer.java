package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * What the controller answered to opening an event stream.
 *
 * @param status the HTTP status
 * @param stream the open event stream on a 2xx status (the caller closes it); null otherwise
 * @param body the JSON body of a refusal; a missing node when there is none or it is not JSON
 */
record EventStreamAnswer(int status, @Nullable InputStream stream, JsonNode body) {}
