package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
import io.linstorj.client.LinstorError;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.client.ObjectIdentifier;
import io.linstorj.client.internal.Deadline;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watch over LinstorJ's watch streams: {@code GET /v1/events/linstorj/resource-state} and
 * {@code .../volume-disk-state} with the filter as query ({@code node}, {@code resource},
 * {@code volume}, {@code snapshot}), each read by a daemon thread of its own. A filter with a
 * volume number opens only the disk-state stream (no resource-state stream has a volume, as on
 * the client protocol); a filter with a snapshot name only {@code .../snapshot-deployment} (on
 * the client protocol such a filter matches only the snapshot's stream, too; the controller
 * refuses it with a node or volume, which no snapshot stream has). Events of one stream keep
 * their order; two streams' events interleave as they arrive.
 */
final class SseEventFeed implements EventFeed {
    private static final Logger LOG = LoggerFactory.getLogger(SseEventFeed.class);
    static final String RESOURCE_STATE_PATH = "/v1/events/linstorj/resource-state";
    static final String VOLUME_DISK_STATE_PATH = "/v1/events/linstorj/volume-disk-state";
    static final String SNAPSHOT_DEPLOYMENT_PATH = "/v1/events/linstorj/snapshot-deployment";
    private static final String OVERFLOW = "Overflow";

    /** Raised by {@link #open} when the controller has no such streams (LINBIT's answers 404). */
    static final class StreamsMissing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StreamsMissing(String path) {
            super("the controller does not serve " + path, null, false, false);
        }
    }

    private final HttpExchange http;
    private final int watchId;
    private final ObjectIdentifier filter;
    private final Duration callTimeout;
    private final List<Reader> readers = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    SseEventFeed(HttpExchange http, int watchId, ObjectIdentifier filter, Duration callTimeout) {
        this.http = http;
        this.watchId = watchId;
        this.filter = filter;
        this.callTimeout = callTimeout;
    }

    /**
     * Opens the streams; the first one's 404 means the controller has none of them.
     *
     * @throws StreamsMissing if the controller answered the first stream 404
     */
    @Override
    public List<ApiCallResponse> open(Consumer<FeedSignal> sink, Deadline deadline) {
        Map<String, String> streams = streams();
        List<String> opened = new ArrayList<>();
        try {
            for (Map.Entry<String, String> stream : streams.entrySet()) {
                String eventName = stream.getKey();
                String path = stream.getValue() + query();
                EventStreamAnswer answer = http.stream(path, deadline.cap(callTimeout));
                if (answer.stream() == null) {
                    if (answer.status() == 404 && opened.isEmpty()) {
                        throw new StreamsMissing(path);
                    }
                    close();
                    return refusal(path, answer);
                }
                readers.add(new Reader(eventName, path, answer.stream(), sink));
                opened.add("GET " + path);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        readers.forEach(Reader::start);
        return List.of(new ApiCallResponse(
                Consts.MASK_SUCCESS | Consts.MASK_CRT | Consts.CREATED,
                "Watch " + watchId + " created: event stream" + (opened.size() > 1 ? "s " : " ")
                        + String.join(", ", opened) + " open.",
                "",
                "",
                "",
                Map.of(),
                List.of()));
    }

    /** The streams the filter selects, by event name, in the order they are opened. */
    private Map<String, String> streams() {
        Map<String, String> streams = new LinkedHashMap<>();
        if (filter.snapshotName() != null) {
            streams.put(Consts.EVENT_SNAPSHOT_DEPLOYMENT, SNAPSHOT_DEPLOYMENT_PATH);
            return streams;
        }
        if (filter.volumeNumber() == null) {
            streams.put(Consts.EVENT_RESOURCE_STATE, RESOURCE_STATE_PATH);
        }
        streams.put(Consts.EVENT_VOLUME_DISK_STATE, VOLUME_DISK_STATE_PATH);
        return streams;
    }

    private List<ApiCallResponse> refusal(String path, EventStreamAnswer answer) {
        if (JsonViews.isApiCallRcList(answer.body())) {
            List<ApiCallResponse> replies = JsonViews.apiCallRcs(answer.body());
            if (replies.stream().anyMatch(ApiCallResponse::isError)) {
                return replies;
            }
        }
        throw new LinstorNetworkError("the controller answered GET " + path + " with HTTP " + answer.status()
                + " and "
                + (answer.body().isMissingNode() ? "no JSON" : answer.body().toString())
                + ", not an event stream or LINSTOR's ApiCallRc list");
    }

    private String query() {
        List<String> parts = new ArrayList<>();
        if (filter.nodeName() != null) {
            parts.add("node=" + RestRequests.segment(filter.nodeName()));
        }
        if (filter.resourceName() != null) {
            parts.add("resource=" + RestRequests.segment(filter.resourceName()));
        }
        if (filter.volumeNumber() != null) {
            parts.add("volume=" + filter.volumeNumber());
        }
        if (filter.snapshotName() != null) {
            parts.add("snapshot=" + RestRequests.segment(filter.snapshotName()));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    @Override
    public void close() {
        closed = true;
        readers.forEach(Reader::stop);
    }

    /** Reads one stream on its own thread and hands its events on. */
    private final class Reader implements Runnable {
        private final String eventName;
        private final String path;
        private final InputStream stream;
        private final Consumer<FeedSignal> sink;
        private final Thread thread;

        Reader(String eventName, String path, InputStream stream, Consumer<FeedSignal> sink) {
            this.eventName = eventName;
            this.path = path;
            this.stream = stream;
            this.sink = sink;
            this.thread = new Thread(this, "linstorj-rest-watch-" + watchId + "-" + eventName);
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() {
            try {
                stream.close();
            } catch (IOException e) {
                LOG.debug("closing event stream {} failed: {}", path, e.toString());
            }
            // Closing the body cancels the exchange; the interrupt ends a read that waits for data.
            thread.interrupt();
        }

        @Override
        public void run() {
            try (SseReader events = new SseReader(stream)) {
                Optional<SseEvent> event;
                while (!closed && (event = events.next()).isPresent()) {
                    if (!deliver(event.get())) {
                        return;
                    }
                }
                if (!closed) {
                    sink.accept(FeedSignal.ended(new LinstorNetworkError(
                            "the controller at " + http.address() + " closed the event stream GET " + path)));
                }
            } catch (IOException e) {
                if (!closed) {
                    sink.accept(FeedSignal.ended(new LinstorNetworkError(
                            "the event stream GET " + path + " from the controller at " + http.address() + " broke: "
                                    + e,
                            e)));
                }
            }
        }

        /** Hands one event on; false when it ended the watch. */
        private boolean deliver(SseEvent event) {
            JsonNode data;
            try {
                data = http.parse(event.data());
            } catch (JsonProcessingException e) {
                sink.accept(FeedSignal.ended(new LinstorNetworkError(
                        "event '" + event.name() + "' of GET " + path + " does not parse: " + e.getOriginalMessage(),
                        e)));
                return false;
            }
            if (OVERFLOW.equals(event.name())) {
                sink.accept(FeedSignal.ended(new LinstorError("watch " + watchId + " was ended by the controller ("
                        + Consts.EVENT_STREAM_OVERFLOW + "): this client did not take its events fast enough ("
                        + data.path("reason").asText("") + "); events since then are lost, watch again")));
                return false;
            }
            sink.accept(FeedSignal.event(
                    StreamEvents.header(watchId, eventName, event.name(), data),
                    StreamEvents.data(eventName, event.name(), data)));
            return true;
        }
    }
}
