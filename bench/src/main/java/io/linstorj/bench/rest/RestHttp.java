package io.linstorj.bench.rest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One REST client: its own {@link HttpClient}, so its own kept-alive HTTP/1.1 connection, as a
 * python-linstor client object keeps one. Every answer of 400 or more is a failure of the bench:
 * the bench only sends what the controller must accept.
 */
final class RestHttp {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;

    /** A client of the REST API at {@code base}, e.g. {@code http://127.0.0.1:40123}. */
    RestHttp(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    }

    /** POSTs {@code json} to {@code path}; returns the answer's body. */
    String post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
        return checked("POST", path, http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    /** GETs {@code path}; returns the answer's body as bytes (the caller decides whether to parse it). */
    byte[] get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private static String checked(String method, String path, HttpResponse<String> response) {
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                + response.body());
        }
        return response.body();
    }
}
