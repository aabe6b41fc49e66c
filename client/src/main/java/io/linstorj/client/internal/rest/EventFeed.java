package io.linstorj.client.internal.rest;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.internal.Deadline;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a REST watch gets its events from: LinstorJ's watch streams ({@link SseEventFeed}) or,
 * on a controller without them, the promotion stream and polled views ({@link PollingEventFeed}).
 * Either delivers the client protocol's events: {@code Open} with the current value of every
 * matching object, {@code Value} on changes, {@code CloseNoConnection}, {@code CloseRemoved}.
 */
interface EventFeed extends AutoCloseable {
    /**
     * Starts the feed: its events and its end go to {@code sink}, in order, from the feed's own
     * threads.
     *
     * @return the entries answering the start: errors when the controller refused it (then
     *     nothing goes to {@code sink}); the feed's description as a success otherwise
     * @throws io.linstorj.client.LinstorNetworkError if the controller did not answer in time
     */
    List<ApiCallResponse> open(Consumer<FeedSignal> sink, Deadline deadline);

    /** Stops the feed: closes its streams and threads; no signal follows. Idempotent. */
    @Override
    void close();
}
