package io.linstorj.rest.event;

import io.linstorj.controller.event.EventAction;
import io.linstorj.controller.event.EventHub;
import io.linstorj.controller.event.EventSink;
import io.linstorj.controller.event.EventValue;
import io.linstorj.controller.event.StreamKey;
import io.linstorj.controller.event.WatchEvent;
import io.linstorj.controller.event.WatchFilter;
import io.linstorj.rest.http.EventStreamWriter;
import io.linstorj.rest.json.Json;
import java.util.HashMap;
import java.util.Map;

/**
 * LINSTOR's {@code /v1/events/drbd/promotion}: a {@code may-promote-change} event whenever
 * whether a resource may be promoted on a node changes. LinstorJ derives it from the resource
 * states, as DRBD decides it: a replica may be promoted when it is ready (its data is
 * accessible) and no replica of the resource is in use (primary). A replica whose node lost its
 * connection or that was removed is forgotten without an event. Every call of {@link #offer}
 * comes from the hub's one thread, so the maps need no locks.
 */
final class PromotionStream extends JsonEventStream implements EventSink {
    static final String EVENT = "may-promote-change";
    private static final int WATCH_ID = 1;

    private final EventHub hub;
    /** resource → node → its last state. */
    private final Map<String, Map<String, EventValue.ResourceState>> states = new HashMap<>();
    /** resource → node → the may_promote last sent. */
    private final Map<String, Map<String, Boolean>> sent = new HashMap<>();

    private volatile EventStreamWriter writer;

    PromotionStream(EventHub hub, Json json, EventStreamLimits limits) {
        super(json, limits);
        this.hub = hub;
    }

    @Override
    public void open(EventStreamWriter streamWriter) {
        this.writer = streamWriter;
        // Watch first: a connection closed already ends the watch right after, on the hub's thread.
        hub.watch(WATCH_ID, WatchFilter.all(), this);
        streamWriter.onClose(() -> hub.unwatchAll(this));
    }

    @Override
    public boolean offer(WatchEvent event) {
        StreamKey key = event.stream();
        if (!StreamKey.RESOURCE_STATE.equals(key.eventName())) {
            return true;
        }
        Map<String, EventValue.ResourceState> replicas =
                states.computeIfAbsent(key.resourceName(), r -> new HashMap<>());
        Map<String, Boolean> last = sent.computeIfAbsent(key.resourceName(), r -> new HashMap<>());
        if (event.action() == EventAction.OPEN || event.action() == EventAction.VALUE) {
            replicas.put(key.nodeName(), (EventValue.ResourceState) event.value());
        } else {
            replicas.remove(key.nodeName());
            last.remove(key.nodeName());
        }
        boolean anyInUse = replicas.values().stream().anyMatch(EventValue.ResourceState::inUse);
        for (Map.Entry<String, EventValue.ResourceState> replica : replicas.entrySet()) {
            boolean mayPromote = replica.getValue().ready() && !anyInUse;
            Boolean before = last.put(replica.getKey(), mayPromote);
            if ((before == null || before != mayPromote)
                    && !writer.send(
                            EVENT,
                            text(new EventJson.MayPromoteChange(key.resourceName(), replica.getKey(), mayPromote)))) {
                return false;
            }
        }
        if (replicas.isEmpty()) {
            states.remove(key.resourceName());
            sent.remove(key.resourceName());
        }
        return true;
    }

    @Override
    public void overflowed(int watchId, String reason) {
        writer.finish(HubWatchStream.OVERFLOW, text(new EventJson.Overflow(reason)));
    }
}
