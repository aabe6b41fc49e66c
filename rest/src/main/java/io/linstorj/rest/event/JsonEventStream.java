package io.linstorj.rest.event;

import io.linstorj.rest.http.EventStream;
import io.linstorj.rest.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What every event stream of this package shares: its bounds and one-line JSON event data. */
abstract class JsonEventStream implements EventStream {
    private final Json json;
    /** The bounds of this stream. */
    protected final EventStreamLimits limits;

    JsonEventStream(Json json, EventStreamLimits limits) {
        this.json = json;
        this.limits = limits;
    }

    /** {@code body} as the one-line JSON of an event's {@code data:} field. */
    protected final String text(Object body) {
        return new String(json.write(body), StandardCharsets.UTF_8);
    }

    @Override
    public final int maxPendingEvents() {
        return limits.maxPendingEvents();
    }

    @Override
    public final Duration keepAliveInterval() {
        return limits.keepAliveInterval();
    }
}
