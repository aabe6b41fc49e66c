package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.client.internal.ControllerAddress;
import io.linstorj.client.internal.Durations;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * Sends one JSON request to the controller and reads its JSON answer, over a shared, thread-safe
 * {@link HttpClient}. Every failure to get an answer becomes a {@link LinstorNetworkError}.
 */
final class HttpExchange {
    private static final String JSON = "application/json";

    private final ControllerAddress address;
    private final HttpClient client;
    private final ObjectMapper mapper;
    private final RestConfig config;
    private final URI base;

    HttpExchange(ControllerAddress address, HttpClient client, ObjectMapper mapper, RestConfig config) {
        this.address = address;
        this.client = client;
        this.mapper = mapper;
        this.config = config;
        String host = address.host().contains(":") ? "[" + address.host() + "]" : address.host();
        this.base = URI.create(address.scheme() + "://" + host + ":" + address.port());
    }

    /**
     * Sends {@code method pathAndQuery} with {@code body} (none when null) and waits at most
     * {@code timeout} for the answer.
     *
     * @param pathAndQuery an encoded path with its query, e.g. {@code /v1/nodes?nodes=alpha}
     * @throws LinstorNetworkError if no answer came, or the answer is not JSON
     */
    HttpAnswer send(String method, String pathAndQuery, @Nullable JsonNode body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(timeout)
                .header("Accept", JSON)
                .header("User-Agent", config.userAgent());
        config.authorization().ifPresent(value -> request.header("Authorization", value));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", JSON).method(method, HttpRequest.BodyPublishers.ofByteArray(write(body)));
        }
        String what = method + " " + pathAndQuery + " to the controller at " + address;
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new LinstorNetworkError(
                    what + " timed out after " + Durations.readable(timeout) + "; the controller may have applied it",
                    e);
        } catch (SSLException e) {
            throw new LinstorNetworkError(
                    "the TLS handshake with the controller at " + address + " failed: " + describe(e)
                            + " (is its certificate trusted? see Linstor.builder().trustCertificates)",
                    e);
        } catch (IOException e) {
            if (e.getCause() instanceof SSLException tls) {
                throw new LinstorNetworkError(
                        "the TLS handshake with the controller at " + address + " failed: " + tls.getMessage()
                                + " (is its certificate trusted? see Linstor.builder().trustCertificates)",
                        e);
            }
            throw new LinstorNetworkError(
                    "cannot send " + what + ": " + describe(e) + "; the controller may have applied it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinstorNetworkError(
                    "interrupted while waiting for the answer to " + what + "; the controller may have applied it", e);
        }
        return new HttpAnswer(response.statusCode(), read(what, response));
    }

    /**
     * Opens the server-sent event stream {@code GET pathAndQuery}, waiting at most
     * {@code timeout} for the answer's headers.
     *
     * @return the open stream on a 2xx answer; otherwise the status with the JSON body read
     * @throws LinstorNetworkError if no answer came in time
     */
    EventStreamAnswer stream(String pathAndQuery, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(timeout)
                .header("Accept", "text/event-stream")
                .header("User-Agent", config.userAgent())
                .GET();
        config.authorization().ifPresent(value -> request.header("Authorization", value));
        String what = "GET " + pathAndQuery + " to the controller at " + address;
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new LinstorNetworkError(what + " timed out after " + Durations.readable(timeout), e);
        } catch (IOException e) {
            throw new LinstorNetworkError("cannot open the event stream " + what + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinstorNetworkError("interrupted while opening the event stream " + what, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new EventStreamAnswer(status, response.body(), MissingNode.getInstance());
        }
        try (InputStream body = response.body()) {
            byte[] bytes = body.readAllBytes();
            JsonNode json = MissingNode.getInstance();
            if (bytes.length > 0) {
                try {
                    json = mapper.readTree(bytes);
                } catch (IOException notJson) {
                    // LINBIT's controller answers an unknown path with HTML or plain text: the status says enough.
                    json = MissingNode.getInstance();
                }
            }
            return new EventStreamAnswer(status, null, json);
        } catch (IOException e) {
            throw new LinstorNetworkError(
                    "cannot read the answer (HTTP " + status + ") to " + what + ": " + describe(e), e);
        }
    }

    /** The {@code base} URI's form of the controller, for messages. */
    ControllerAddress address() {
        return address;
    }

    /** Parses a JSON text of an event's data. */
    JsonNode parse(String json) throws JsonProcessingException {
        return mapper.readTree(json);
    }

    private JsonNode read(String what, HttpResponse<byte[]> response) {
        byte[] bytes = response.body();
        if (bytes.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            String start = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8);
            throw new LinstorNetworkError(
                    "the controller's answer (HTTP " + response.statusCode() + ") to " + what + " is not JSON: " + start
                            + "; the controller may have applied the call",
                    e);
        }
    }

    private byte[] write(JsonNode body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request body does not serialise: " + e.getMessage(), e);
        }
    }

    private static String describe(IOException e) {
        // The JDK's ConnectException carries no message; its class name says what happened.
        String message = e.getMessage();
        return message == null || message.isEmpty() ? e.getClass().getSimpleName() : message;
    }
}
