package io.linstorj.client.internal.rest;

import io.linstorj.client.EventData;
import io.linstorj.client.EventHeader;
import io.linstorj.client.LinstorError;
import org.jspecify.annotations.Nullable;

/**
 * What an event feed hands its watch: one event, or the feed's end (the stream closed, the
 * controller unreachable, the controller ending the watch).
 *
 * @param header the event, null for an end
 * @param data the event's value; null for closes and unknown events
 * @param end why the feed ended, null for an event
 */
record FeedSignal(
        @Nullable EventHeader header,
        @Nullable EventData data,
        @Nullable LinstorError end) {
    static FeedSignal event(EventHeader header, @Nullable EventData data) {
        return new FeedSignal(header, data, null);
    }

    static FeedSignal ended(LinstorError why) {
        return new FeedSignal(null, null, why);
    }
}
