package io.linstorj.controller.transport;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.event.EventHub;
import io.linstorj.controller.event.EventSink;
import io.linstorj.controller.event.WatchFilter;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.MsgCrtWatch;
import io.linstorj.protocol.linstor.MsgDelWatch;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CrtWatch and DelWatch: a client session's watches on the event hub. The reply to CrtWatch is
 * written before the hub delivers the watch's first event, so a client always sees its watch
 * confirmed before its Open events. Closing the session ends its watches.
 *
 * <p>A watch gets SnapshotDeployment events only when its MsgCrtWatch set {@code snapshot_events}
 * (LinstorJ's addition; LINSTOR's clients never set it and could not parse them), and then, as
 * {@link WatchFilter} says, only when its filter names the snapshot. Such a watch goes to the
 * session's {@link SessionEventSink} itself, any other to its
 * {@link SessionEventSink#withoutSnapshotEvents() view without snapshot streams}.
 */
final class WatchCalls {
    /** Events a session may have written but not yet sent before its watches are ended. */
    static final int MAX_PENDING_EVENTS_PER_SESSION = 10_000;

    private final EventHub hub;
    private final Map<String, SessionEventSink> sinks = new ConcurrentHashMap<>();

    WatchCalls(EventHub hub) {
        this.hub = hub;
    }

    /** CrtWatch: starts the watch the body describes. */
    CompletableFuture<CallAnswer> create(ClientSession session, ProtocolMessage call) {
        MsgCrtWatch body = call.body(0, MsgCrtWatch.parser());
        Integer volume = body.getFilterByVolumeNumber() || body.hasVolumeNumber() ? body.getVolumeNumber() : null;
        WatchFilter filter = new WatchFilter(
                emptyToNull(body.getNodeName()),
                emptyToNull(body.getResourceName()),
                volume,
                emptyToNull(body.getSnapshotName()));
        int watchId = body.getWatchId();
        session.holdsWatches();
        SessionEventSink sink = sinks.computeIfAbsent(session.id(), id -> {
            SessionEventSink created = new SessionEventSink(session, MAX_PENDING_EVENTS_PER_SESSION);
            session.onClose(() -> {
                sinks.remove(id);
                hub.unwatchAll(created);
                hub.unwatchAll(created.withoutSnapshotEvents());
            });
            return created;
        });
        CompletableFuture<CallAnswer> reply =
                CompletableFuture.completedFuture(LinstorMessages.reply(List.of(ApiCallRc.of(
                        RetCodes.MASK_SUCCESS | RetCodes.MASK_CRT | RetCodes.CREATED,
                        "Watch " + watchId + " created."))));
        EventSink target = body.getSnapshotEvents() ? sink : sink.withoutSnapshotEvents();
        EventSink other = body.getSnapshotEvents() ? sink.withoutSnapshotEvents() : sink;
        // A watch id taken already replaces that watch, whichever kind it was.
        hub.unwatch(other, watchId);
        hub.watch(watchId, filter, target);
        return reply;
    }

    /** DelWatch: ends the watch of that id, if the session has one. */
    CompletableFuture<CallAnswer> delete(ClientSession session, ProtocolMessage call) {
        int watchId = call.body(0, MsgDelWatch.parser()).getWatchId();
        SessionEventSink sink = sinks.get(session.id());
        if (sink != null) {
            hub.unwatch(sink, watchId);
            hub.unwatch(sink.withoutSnapshotEvents(), watchId);
        }
        return CompletableFuture.completedFuture(LinstorMessages.reply(List.of(ApiCallRc.of(
                RetCodes.MASK_SUCCESS | RetCodes.MASK_DEL | RetCodes.DELETED, "Watch " + watchId + " deleted."))));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
