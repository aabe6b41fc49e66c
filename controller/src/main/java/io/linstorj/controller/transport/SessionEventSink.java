package io.linstorj.controller.transport;

import com.google.protobuf.MessageLite;
import io.linstorj.controller.event.EventSink;
import io.linstorj.controller.event.EventValue;
import io.linstorj.controller.event.StreamKey;
import io.linstorj.controller.event.WatchEvent;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.proto.EventRscState;
import io.linstorj.protocol.proto.EventVlmDiskState;
import io.linstorj.protocol.proto.MsgEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a client session's watch events as Event frames. The events written but not yet on the
 * wire are counted: past {@code maxPending} the session is not keeping up, the sink refuses
 * further events and the hub ends its watches, so that a stalled client costs a bounded amount
 * of memory and delays nobody else. The same happens when the connection as a whole has more
 * reply bytes unread than its bound ({@link ClientSession#isKeepingUp()}), whatever their kind.
 */
final class SessionEventSink implements EventSink {
    /** Event action telling a client that its watch was ended because it fell behind. */
    static final String OVERFLOW_ACTION = "Overflow";
    private static final Logger LOG = LoggerFactory.getLogger(SessionEventSink.class);

    private final ClientSession session;
    private final int maxPending;
    private final AtomicInteger pending = new AtomicInteger();

    SessionEventSink(ClientSession session, int maxPending) {
        this.session = session;
        this.maxPending = maxPending;
    }

    @Override
    public boolean offer(WatchEvent event) {
        if (!session.isOpen()) {
            return true;
        }
        if (!session.isKeepingUp()) {
            return false;
        }
        if (pending.incrementAndGet() > maxPending) {
            pending.decrementAndGet();
            return false;
        }
        session.push(ApiCalls.EVENT, toMessages(event)).whenComplete((ok, error) -> pending.decrementAndGet());
        return true;
    }

    @Override
    public void overflowed(int watchId, String reason) {
        LOG.warn("{}: {}", session, reason);
        session.push(ApiCalls.EVENT, List.of(MsgEvent.newBuilder()
            .setWatchId(watchId)
            .setEventAction(OVERFLOW_ACTION)
            .build()));
    }

    static List<MessageLite> toMessages(WatchEvent event) {
        StreamKey key = event.stream();
        MsgEvent.Builder header = MsgEvent.newBuilder()
            .setWatchId(event.watchId())
            .setEventAction(event.action().wireName())
            .setEventName(key.eventName())
            .setNodeName(key.nodeName())
            .setResourceName(key.resourceName());
        if (key.volumeNumber() != null) {
            header.setVolumeNumber(key.volumeNumber());
        }
        List<MessageLite> messages = new ArrayList<>(2);
        messages.add(header.build());
        if (event.value() instanceof EventValue.DiskState disk) {
            messages.add(EventVlmDiskState.newBuilder().setDiskState(disk.diskState()).build());
        } else if (event.value() instanceof EventValue.ResourceState state) {
            messages.add(EventRscState.newBuilder().setReady(state.ready()).setInUse(state.inUse())
                .addAllReports(state.reports().stream().map(ReplyMessages::toProto).toList()).build());
        }
        return messages;
    }
}
