package io.linstorj.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A fake LINSTOR REST controller on 127.0.0.1: it answers each request whose method and path
 * (with query) match a {@link RestExample} exactly as LINBIT's controller answered it (status,
 * headers, body), and records what it received. Unmatched requests get a 599, so a client that
 * asks something unexpected fails loudly.
 */
public final class RecordedController implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the fake received. */
    public record Received(String method, String path, Headers headers, JsonNode body) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, Deque<RestExample>> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** A fake speaking plain HTTP. */
    public RecordedController() {
        this(null);
    }

    /** A fake speaking HTTPS with {@code tls} (its key and certificate), or plain HTTP when null. */
    RecordedController(@Nullable SSLContext tls) {
        try {
            if (tls == null) {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } else {
                HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                server = https;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
        serve("001-controller-version");
    }

    /** Answers the example's request with its recorded answer from now on. */
    public RecordedController serve(String exampleName) {
        return serve(RestExample.of(exampleName));
    }

    /**
     * Answers {@code example}'s request with its answer from now on; several examples of one
     * request answer in turn, the last one for good.
     */
    public RecordedController serve(RestExample example) {
        answers.computeIfAbsent(example.method() + " " + example.path(), key -> new ConcurrentLinkedDeque<>())
                .add(example);
        return this;
    }

    /** Answers {@code example}'s request with its answer from now on, instead of what was served for it. */
    RecordedController replace(RestExample example) {
        answers.put(example.method() + " " + example.path(), new ConcurrentLinkedDeque<>(List.of(example)));
        return this;
    }

    private @Nullable RestExample answerTo(String request) {
        Deque<RestExample> queue = answers.get(request);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.size() > 1 ? queue.poll() : queue.peek();
        }
    }

    /** The controller's URI, e.g. {@code http://127.0.0.1:40123}. */
    public String uri() {
        return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:"
                + server.getAddress().getPort();
    }

    /** Every request received but the version probes, in order. */
    public List<Received> calls() {
        return received.stream()
                .filter(call -> !call.path().equals("/v1/controller/version"))
                .toList();
    }

    /** The last request received. */
    public Received last() {
        return received.get(received.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + exchange.getRequestURI().getRawQuery());
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    exchange.getRequestMethod(),
                    path,
                    exchange.getRequestHeaders(),
                    body.length == 0 ? MissingNode.getInstance() : MAPPER.readTree(body)));
            RestExample example = answerTo(exchange.getRequestMethod() + " " + path);
            if (example == null) {
                byte[] text = ("no recorded answer to " + exchange.getRequestMethod() + " " + path).getBytes();
                exchange.sendResponseHeaders(599, text.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(text);
                }
                return;
            }
            example.headers()
                    .forEach((key, value) -> exchange.getResponseHeaders().add(key, value));
            exchange.sendResponseHeaders(
                    example.status(), example.responseBody().length == 0 ? -1 : example.responseBody().length);
            if (example.responseBody().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(example.responseBody());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
