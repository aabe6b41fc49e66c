package io.linstorj.controller.transport;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.event.EventHub;
import io.linstorj.controller.event.WatchFilter;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.proto.MsgCrtWatch;
import io.linstorj.protocol.proto.MsgDelWatch;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CrtWatch and DelWatch: a client session's watches on the event hub. The reply to CrtWatch is
 * written before the hub delivers the watch's first event, so a client always sees its watch
 * confirmed before its Open events. Closing the session ends its watches.
 */
final class WatchCalls {
    /** Events a session may have written but not yet sent before its watches are ended. */
    static final int MAX_PENDING_EVENTS_PER_SESSION = 10_000;

    private final EventHub hub;
    private final Map<String, SessionEventSink> sinks = new ConcurrentHashMap<>();

    WatchCalls(EventHub hub) {
        this.hub = hub;
    }

    CompletableFuture<CallAnswer> create(ClientSession session, ProtocolMessage call) {
        MsgCrtWatch body = call.body(0, MsgCrtWatch.parser());
        WatchFilter filter = new WatchFilter(
            emptyToNull(body.getNodeName()), emptyToNull(body.getResourceName()),
            body.hasVolumeNumber() ? body.getVolumeNumber() : null, emptyToNull(body.getSnapshotName()));
        session.holdsWatches();
        SessionEventSink sink = sinks.computeIfAbsent(session.id(), id -> {
            SessionEventSink created = new SessionEventSink(session, MAX_PENDING_EVENTS_PER_SESSION);
            session.onClose(() -> {
                sinks.remove(id);
                hub.unwatchAll(created);
            });
            return created;
        });
        CompletableFuture<CallAnswer> reply = CompletableFuture.completedFuture(ReplyMessages.reply(List.of(
            ApiCallRc.of(RetCodes.MASK_SUCCESS | RetCodes.MASK_CRT | RetCodes.CREATED,
                "Watch " + body.getWatchId() + " created."))));
        hub.watch(body.getWatchId(), filter, sink);
        return reply;
    }

    CompletableFuture<CallAnswer> delete(ClientSession session, ProtocolMessage call) {
        MsgDelWatch body = call.body(0, MsgDelWatch.parser());
        SessionEventSink sink = sinks.get(session.id());
        if (sink != null) {
            hub.unwatch(sink, body.getWatchId());
        }
        return CompletableFuture.completedFuture(ReplyMessages.reply(List.of(
            ApiCallRc.of(RetCodes.MASK_SUCCESS | RetCodes.MASK_DEL | RetCodes.DELETED,
                "Watch " + body.getWatchId() + " deleted."))));
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
