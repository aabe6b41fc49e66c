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
import java.util.function.Function;

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

    /** CrtWatch in LinstorJ's dialect. */
    CompletableFuture<CallAnswer> create(ClientSession session, ProtocolMessage call) {
        MsgCrtWatch body = call.body(0, MsgCrtWatch.parser());
        WatchFilter filter = new WatchFilter(
                emptyToNull(body.getNodeName()),
                emptyToNull(body.getResourceName()),
                body.hasVolumeNumber() ? body.getVolumeNumber() : null,
                emptyToNull(body.getSnapshotName()));
        return create(session, body.getWatchId(), filter, LinstorJEvents.INSTANCE, ReplyMessages::reply);
    }

    /** DelWatch in LinstorJ's dialect. */
    CompletableFuture<CallAnswer> delete(ClientSession session, ProtocolMessage call) {
        return delete(session, call.body(0, MsgDelWatch.parser()).getWatchId(), ReplyMessages::reply);
    }

    /**
     * Creates watch {@code watchId} of {@code session}; its events are written by {@code encoder}
     * and the answer by {@code replies}, in the session's dialect.
     */
    CompletableFuture<CallAnswer> create(
            ClientSession session,
            int watchId,
            WatchFilter filter,
            EventEncoder encoder,
            Function<List<ApiCallRc>, CallAnswer> replies) {
        session.holdsWatches();
        SessionEventSink sink = sinks.computeIfAbsent(session.id(), id -> {
            SessionEventSink created = new SessionEventSink(session, MAX_PENDING_EVENTS_PER_SESSION, encoder);
            session.onClose(() -> {
                sinks.remove(id);
                hub.unwatchAll(created);
            });
            return created;
        });
        CompletableFuture<CallAnswer> reply = CompletableFuture.completedFuture(replies.apply(List.of(ApiCallRc.of(
                RetCodes.MASK_SUCCESS | RetCodes.MASK_CRT | RetCodes.CREATED, "Watch " + watchId + " created."))));
        hub.watch(watchId, filter, sink);
        return reply;
    }

    /** Ends watch {@code watchId} of {@code session}; the answer is written by {@code replies}. */
    CompletableFuture<CallAnswer> delete(
            ClientSession session, int watchId, Function<List<ApiCallRc>, CallAnswer> replies) {
        SessionEventSink sink = sinks.get(session.id());
        if (sink != null) {
            hub.unwatch(sink, watchId);
        }
        return CompletableFuture.completedFuture(replies.apply(List.of(ApiCallRc.of(
                RetCodes.MASK_SUCCESS | RetCodes.MASK_DEL | RetCodes.DELETED, "Watch " + watchId + " deleted."))));
    }

    static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
