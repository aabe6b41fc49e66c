package io.linstorj.client.internal.rest;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.internal.Deadline;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event feed a controller allows: LinstorJ's watch streams when it serves them, else
 * (LINBIT's controller answers their path 404) polling. What the first watch found out is kept
 * for the transport's later watches, so only the first one asks.
 */
final class DetectedEventFeed implements EventFeed {
    private static final Logger LOG = LoggerFactory.getLogger(DetectedEventFeed.class);

    /** Which feed the controller allows, as far as known. */
    enum Source {
        UNKNOWN,
        STREAMS,
        POLLING
    }

    private final AtomicReference<Source> known;
    private final Supplier<SseEventFeed> streams;
    private final Supplier<PollingEventFeed> polling;
    private final Object lock = new Object();
    private @Nullable EventFeed chosen;
    private boolean closed;

    DetectedEventFeed(
            AtomicReference<Source> known, Supplier<SseEventFeed> streams, Supplier<PollingEventFeed> polling) {
        this.known = known;
        this.streams = streams;
        this.polling = polling;
    }

    @Override
    public List<ApiCallResponse> open(Consumer<FeedSignal> sink, Deadline deadline) {
        if (known.get() != Source.POLLING) {
            try {
                List<ApiCallResponse> replies = openChosen(streams.get(), sink, deadline);
                known.set(Source.STREAMS);
                return replies;
            } catch (SseEventFeed.StreamsMissing e) {
                LOG.info(
                        "{}: watching by polling /v1/view/resources and following {}",
                        e.getMessage(),
                        PollingEventFeed.PROMOTION_PATH);
                known.set(Source.POLLING);
            }
        }
        return openChosen(polling.get(), sink, deadline);
    }

    private List<ApiCallResponse> openChosen(EventFeed feed, Consumer<FeedSignal> sink, Deadline deadline) {
        synchronized (lock) {
            chosen = feed;
        }
        List<ApiCallResponse> replies = feed.open(sink, deadline);
        synchronized (lock) {
            if (closed) {
                // Cancelled while opening: the feed must not outlive its watch.
                feed.close();
            }
        }
        return replies;
    }

    @Override
    public void close() {
        EventFeed feed;
        synchronized (lock) {
            closed = true;
            feed = chosen;
        }
        if (feed != null) {
            feed.close();
        }
    }
}
