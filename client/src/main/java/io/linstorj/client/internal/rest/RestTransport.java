package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.MessageLite;
import io.linstorj.client.EventHandler;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.client.ObjectIdentifier;
import io.linstorj.client.ReplyHandler;
import io.linstorj.client.internal.Answer;
import io.linstorj.client.internal.ControllerAddress;
import io.linstorj.client.internal.SnapshotCalls;
import io.linstorj.client.internal.Transport;
import io.linstorj.client.internal.WatchTask;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * LINSTOR's REST API v1 as a {@link Transport}: one shared {@link HttpClient} (thread-safe, its
 * connections pooled) for every call of one {@code Linstor}.
 *
 * <p>Opening asks {@code GET /v1/controller/version}, so that a controller that does not answer is
 * found at connect, as on the binary protocol, and its {@code rest_api_version} is known.
 */
public final class RestTransport implements Transport {
    private final ControllerAddress address;
    private final ExecutorService executor;
    private final RestCalls calls;
    private final RestSnapshots snapshots;
    private final ControllerVersion version;
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final HttpExchange http;
    private final RestConfig config;
    private final AtomicInteger watchIds = new AtomicInteger();
    private final AtomicReference<DetectedEventFeed.Source> eventSource =
            new AtomicReference<>(DetectedEventFeed.Source.UNKNOWN);

    private RestTransport(
            ControllerAddress address,
            ExecutorService executor,
            HttpExchange http,
            RestConfig config,
            ControllerVersion version) {
        this.address = address;
        this.executor = executor;
        this.http = http;
        this.config = config;
        this.calls = new RestCalls(http, version);
        this.snapshots = new RestSnapshots(calls);
        this.version = version;
    }

    /**
     * Connects to the REST API at {@code address} ({@code http://} or {@code https://}) and reads
     * the controller's version.
     *
     * @throws LinstorNetworkError if the controller does not answer within {@code connectTimeout},
     *     or answers something else than LINSTOR's version object
     */
    public static RestTransport open(ControllerAddress address, RestConfig config) {
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor);
        config.sslContext().ifPresent(builder::sslContext);
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        HttpExchange http = new HttpExchange(address, builder.build(), mapper, config);
        try {
            ControllerVersion version = readVersion(address, http, config.connectTimeout());
            return new RestTransport(address, executor, http, config, version);
        } catch (RuntimeException e) {
            executor.shutdownNow();
            throw e;
        }
    }

    private static ControllerVersion readVersion(ControllerAddress address, HttpExchange http, Duration timeout) {
        HttpAnswer answer;
        try {
            answer = http.send("GET", "/v1/controller/version", null, timeout);
        } catch (LinstorNetworkError e) {
            throw new LinstorNetworkError(
                    "cannot connect to the controller at " + address + ": " + e.getMessage(), e.getCause());
        }
        JsonNode body = answer.body();
        if (!answer.isSuccess() || !body.path("version").isTextual()) {
            throw new LinstorNetworkError("the server at " + address + " is not a LINSTOR controller: GET "
                    + "/v1/controller/version answered HTTP " + answer.status() + " " + body);
        }
        return new ControllerVersion(
                body.path("version").asText(),
                body.path("rest_api_version").asText(""),
                body.path("git_hash").asText(""));
    }

    /** What the controller said of itself at connect. */
    public ControllerVersion controllerVersion() {
        return version;
    }

    /**
     * Prepares a watch of {@code filter}; nothing is sent yet. On LinstorJ's controller it reads
     * the watch streams {@code /v1/events/linstorj/resource-state} and {@code .../volume-disk-state}
     * (for a filter naming a snapshot {@code .../snapshot-deployment});
     * on one without them (LINBIT's answers their path 404, found by the first watch and kept) it
     * polls {@code GET /v1/view/resources} every {@link RestConfig#eventPollInterval()} and follows
     * {@code GET /v1/events/drbd/promotion}. Both deliver the client protocol's events.
     */
    public <T> WatchTask<T> watch(
            ObjectIdentifier filter,
            ReplyHandler<? extends T> replyHandler,
            EventHandler<? extends T> eventHandler,
            Duration callTimeout) {
        if (!open.get()) {
            throw new LinstorNetworkError("the REST transport to " + address + " is closed");
        }
        int watchId = watchIds.incrementAndGet();
        EventFeed feed = new DetectedEventFeed(
                eventSource,
                () -> new SseEventFeed(http, watchId, filter, callTimeout),
                () -> new PollingEventFeed(http, watchId, filter, config.eventPollInterval(), callTimeout));
        return new RestWatch<>(watchId, feed, filter, address.uri(), replyHandler, eventHandler);
    }

    @Override
    public Answer call(String call, Duration timeout, List<MessageLite> bodies) {
        if (!open.get()) {
            throw new LinstorNetworkError("the REST transport to " + address + " is closed");
        }
        return calls.call(call, bodies, timeout);
    }

    @Override
    public SnapshotCalls snapshots() {
        if (!open.get()) {
            throw new LinstorNetworkError("the REST transport to " + address + " is closed");
        }
        return snapshots;
    }

    @Override
    public boolean isOpen() {
        return open.get();
    }

    @Override
    public String uri() {
        return address.uri();
    }

    /** Stops the HTTP client's threads; calls still running fail with {@link LinstorNetworkError}. */
    @Override
    public void close() {
        if (open.compareAndSet(true, false)) {
            executor.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        // Daemon threads: a client its user forgot to close must not keep the JVM alive.
        return runnable -> {
            Thread thread = new Thread(runnable, "linstorj-rest-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
