package io.linstorj.rest.event;

import io.linstorj.controller.event.EventHub;
import io.linstorj.controller.event.EventSink;
import io.linstorj.controller.event.EventValue;
import io.linstorj.controller.event.StreamKey;
import io.linstorj.controller.event.WatchEvent;
import io.linstorj.controller.event.WatchFilter;
import io.linstorj.rest.http.EventStreamWriter;
import io.linstorj.rest.json.ApiCallRcJson;
import io.linstorj.rest.json.Json;
import java.time.Clock;

/**
 * One client's watch on the event hub, as the binary protocol's CrtWatch: the streams of one
 * event name that match the filter, each as {@code Open}, {@code Value}, {@code CloseNoConnection}
 * or {@code CloseRemoved} events. The hub calls {@link #offer} on its own thread; a refusal of
 * the bounded writer ends the watch there and then ({@code Overflow}), so a slow client holds up
 * neither the hub nor other watches. The watch ends when the client closes the connection.
 */
final class HubWatchStream extends JsonEventStream implements EventSink {
    /** Event name of the last event of a stream whose client fell behind. */
    static final String OVERFLOW = "Overflow";

    private static final int WATCH_ID = 1;

    private final EventHub hub;
    private final String eventName;
    private final WatchFilter filter;
    private final Clock clock;
    private volatile EventStreamWriter writer;

    HubWatchStream(
            EventHub hub, String eventName, WatchFilter filter, Json json, Clock clock, EventStreamLimits limits) {
        super(json, limits);
        this.hub = hub;
        this.eventName = eventName;
        this.filter = filter;
        this.clock = clock;
    }

    @Override
    public void open(EventStreamWriter streamWriter) {
        this.writer = streamWriter;
        // Watch first: a connection closed already ends the watch right after, on the hub's thread.
        hub.watch(WATCH_ID, filter, this);
        streamWriter.onClose(() -> hub.unwatchAll(this));
    }

    @Override
    public boolean offer(WatchEvent event) {
        if (!eventName.equals(event.stream().eventName())) {
            return true;
        }
        return writer.send(event.action().wireName(), data(event));
    }

    @Override
    public boolean understands(String name) {
        return eventName.equals(name);
    }

    @Override
    public void overflowed(int watchId, String reason) {
        writer.finish(OVERFLOW, text(new EventJson.Overflow(reason)));
    }

    private String data(WatchEvent event) {
        StreamKey key = event.stream();
        if (StreamKey.SNAPSHOT_DEPLOYMENT.equals(key.eventName())) {
            EventValue.SnapshotDeployment value =
                    event.value() instanceof EventValue.SnapshotDeployment deployment ? deployment : null;
            return text(new EventJson.SnapshotDeployment(
                    key.resourceName(),
                    key.snapshotName(),
                    value == null ? null : value.state(),
                    value == null
                            ? null
                            : value.reports().stream()
                                    .map(rc -> ApiCallRcJson.of(rc, clock.instant()))
                                    .toList()));
        }
        EventJson.Watch body;
        if (event.value() instanceof EventValue.DiskState disk) {
            body = new EventJson.Watch(
                    key.nodeName(), key.resourceName(), key.volumeNumber(), disk.diskState(), null, null, null);
        } else if (event.value() instanceof EventValue.ResourceState state) {
            body = new EventJson.Watch(
                    key.nodeName(),
                    key.resourceName(),
                    null,
                    null,
                    state.ready(),
                    state.inUse(),
                    state.reports().stream()
                            .map(rc -> ApiCallRcJson.of(rc, clock.instant()))
                            .toList());
        } else {
            body = new EventJson.Watch(key.nodeName(), key.resourceName(), key.volumeNumber(), null, null, null, null);
        }
        return text(body);
    }
}
