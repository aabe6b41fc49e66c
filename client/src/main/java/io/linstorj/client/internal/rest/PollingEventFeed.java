package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
import io.linstorj.client.LinstorApiCallError;
import io.linstorj.client.LinstorError;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.client.ObjectIdentifier;
import io.linstorj.client.internal.Deadline;
import io.linstorj.client.internal.Durations;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watch on a controller without LinstorJ's watch streams (LINBIT's): polls
 * {@code GET /v1/view/resources} (filtered by the watch's node and resource) every
 * {@code interval} and turns the differences into the client protocol's events
 * ({@link ObservedStreams}); follows {@code GET /v1/events/drbd/promotion} as well, each of
 * whose {@code may-promote-change} events (a replica became ready, was promoted or demoted) makes
 * the next poll come at once. The promotion stream only hastens polls: a controller without it,
 * or a stream that ends, leaves the polls alone. A poll that fails ends the watch.
 *
 * <p>What polling cannot see: a change undone between two polls gives no event; the values are
 * those REST gives ({@link ResourceReadiness}); there are no satellite reports in the states.
 */
final class PollingEventFeed implements EventFeed {
    private static final Logger LOG = LoggerFactory.getLogger(PollingEventFeed.class);
    static final String PROMOTION_PATH = "/v1/events/drbd/promotion";

    private final HttpExchange http;
    private final int watchId;
    private final ObjectIdentifier filter;
    private final Duration interval;
    private final Duration callTimeout;
    private final ScheduledExecutorService poller;
    private final Object lock = new Object();
    private volatile boolean closed;
    private volatile @Nullable InputStream promotion;
    private @Nullable Thread promotionReader;
    private ObservedStreams observed = ObservedStreams.none();

    PollingEventFeed(HttpExchange http, int watchId, ObjectIdentifier filter, Duration interval, Duration callTimeout) {
        this.http = http;
        this.watchId = watchId;
        this.filter = filter;
        this.interval = interval;
        this.callTimeout = callTimeout;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "linstorj-rest-poll-" + watchId);
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.poller = executor;
    }

    @Override
    public List<ApiCallResponse> open(Consumer<FeedSignal> sink, Deadline deadline) {
        String path = viewPath();
        HttpAnswer first = http.send("GET", path, null, deadline.cap(callTimeout));
        if (!first.isSuccess()) {
            return refusal(path, first);
        }
        boolean following = followPromotion(sink, deadline);
        synchronized (lock) {
            deliver(ObservedStreams.of(first.body(), filter), sink);
        }
        poller.scheduleWithFixedDelay(() -> poll(sink), interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
        return List.of(new ApiCallResponse(
                Consts.MASK_SUCCESS | Consts.MASK_CRT | Consts.CREATED,
                "Watch " + watchId + " created: polling GET " + path + " every " + Durations.readable(interval)
                        + (following ? ", sooner on events of GET " + PROMOTION_PATH : "") + ".",
                "",
                "",
                "",
                Map.of(),
                List.of()));
    }

    private String viewPath() {
        return "/v1/view/resources"
                + RestRequests.query(
                        "nodes", filter.nodeName() == null ? List.of() : List.of(filter.nodeName()),
                        "resources", filter.resourceName() == null ? List.of() : List.of(filter.resourceName()));
    }

    private void poll(Consumer<FeedSignal> sink) {
        if (closed) {
            return;
        }
        String path = viewPath();
        try {
            HttpAnswer answer = http.send("GET", path, null, callTimeout);
            if (!answer.isSuccess()) {
                end(sink, new LinstorApiCallError("GET " + path, refusal(path, answer)));
                return;
            }
            synchronized (lock) {
                if (!closed) {
                    deliver(ObservedStreams.of(answer.body(), filter), sink);
                }
            }
        } catch (LinstorError e) {
            end(sink, e);
        }
    }

    private void deliver(ObservedStreams now, Consumer<FeedSignal> sink) {
        for (ObservedStreams.Change change : now.since(observed)) {
            sink.accept(FeedSignal.event(change.header(watchId), change.data()));
        }
        observed = now;
    }

    private void end(Consumer<FeedSignal> sink, LinstorError why) {
        if (!closed) {
            sink.accept(FeedSignal.ended(why));
            close();
        }
    }

    /** Opens the promotion stream if the controller has it; true when it does. */
    private boolean followPromotion(Consumer<FeedSignal> sink, Deadline deadline) {
        EventStreamAnswer answer;
        try {
            answer = http.stream(PROMOTION_PATH, deadline.cap(callTimeout));
        } catch (LinstorNetworkError e) {
            LOG.debug("watch {}: no promotion stream, polling only: {}", watchId, e.getMessage());
            return false;
        }
        if (answer.stream() == null) {
            LOG.debug("watch {}: {} answered HTTP {}, polling only", watchId, PROMOTION_PATH, answer.status());
            return false;
        }
        InputStream stream = answer.stream();
        promotion = stream;
        Thread reader = new Thread(() -> readPromotion(stream, sink), "linstorj-rest-promotion-" + watchId);
        reader.setDaemon(true);
        promotionReader = reader;
        reader.start();
        return true;
    }

    private void readPromotion(InputStream stream, Consumer<FeedSignal> sink) {
        try (SseReader events = new SseReader(stream)) {
            while (!closed && events.next().isPresent()) {
                // Whatever changed, the view says it: poll now rather than at the next tick.
                if (!closed) {
                    poller.execute(() -> poll(sink));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("watch {}: promotion stream ended: {}", watchId, e.toString());
        }
    }

    @Override
    public void close() {
        closed = true;
        poller.shutdownNow();
        InputStream stream = promotion;
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                LOG.debug("closing the promotion stream of watch {} failed: {}", watchId, e.toString());
            }
        }
        Thread reader = promotionReader;
        if (reader != null) {
            reader.interrupt();
        }
    }

    private static List<ApiCallResponse> refusal(String path, HttpAnswer answer) {
        if (JsonViews.isApiCallRcList(answer.body())) {
            List<ApiCallResponse> replies = JsonViews.apiCallRcs(answer.body());
            if (replies.stream().anyMatch(ApiCallResponse::isError)) {
                return replies;
            }
        }
        JsonNode body = answer.body();
        throw new LinstorNetworkError("the controller answered GET " + path + " with HTTP " + answer.status()
                + " and " + (body.isMissingNode() ? "an empty body" : body.toString())
                + ", not a resource view or LINSTOR's ApiCallRc list");
    }
}
