package io.linstorj.bench.rest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * One REST client with one kept-alive HTTP/1.1 connection, used from one thread at a time, as a
 * python-linstor client object keeps one ({@code http.client.HTTPConnection}: blocking, one
 * request after the other). Apache HttpClient's classic, blocking client sends and reads on the
 * calling thread, so the bench's own share of the 2 cores is small beside the controller's
 * (the JDK's {@code java.net.http} client, used before, cost as much CPU per pair as the
 * controller: a selector thread and future hand-offs per request). Every answer of 400 or more
 * is a failure of the bench: the bench only sends what the controller must accept.
 */
final class RestHttp implements AutoCloseable {
    private static final Timeout TIMEOUT = Timeout.ofSeconds(60);

    private final CloseableHttpClient http;
    private final URI base;

    /** A client of the REST API at {@code base}, e.g. {@code http://127.0.0.1:40123}. */
    RestHttp(URI base) {
        this.base = base;
        PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager();
        connections.setMaxTotal(1);
        connections.setDefaultMaxPerRoute(1);
        this.http = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(TIMEOUT)
                        .setResponseTimeout(TIMEOUT)
                        .build())
                // A POST is never sent twice behind the bench's back, and nothing else is wanted.
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
    }

    /** POSTs {@code json} to {@code path}; returns the answer's body. */
    String post(String path, String json) throws IOException {
        HttpPost request = new HttpPost(base.resolve(path));
        request.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        return new String(send("POST", path, request), StandardCharsets.UTF_8);
    }

    /** GETs {@code path}; returns the answer's body as bytes (the caller decides whether to parse it). */
    byte[] get(String path) throws IOException {
        return send("GET", path, new HttpGet(base.resolve(path)));
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    private byte[] send(String method, String path, ClassicHttpRequest request) throws IOException {
        return http.execute(request, response -> {
            byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
            if (response.getCode() >= 400) {
                throw new IllegalStateException(method + " " + path + " answered " + response.getCode() + ": "
                        + new String(body, StandardCharsets.UTF_8));
            }
            return body;
        });
    }
}
