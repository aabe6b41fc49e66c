package io.linstorj.controller.transport;

import io.linstorj.controller.event.EventSink;
import io.linstorj.controller.event.StreamKey;
import io.linstorj.controller.event.WatchEvent;
import io.linstorj.protocol.ApiCalls;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a client session's watch events as Event frames ({@link LinstorEvents}). The events
 * written but not yet on the wire are counted: past {@code maxPending} the session is not keeping
 * up, the sink refuses further events and the hub ends its watches, so that a stalled client
 * costs a bounded amount of memory and delays nobody else. The same happens when the connection as
 * a whole has more reply bytes unread than its bound ({@link ClientSession#isKeepingUp()}),
 * whatever their kind.
 *
 * <p>This sink takes snapshot deployment streams too; {@link #withoutSnapshotEvents()} is the same
 * session's sink for the watches that did not ask for them (the hub offers it no snapshot stream).
 * Both count against the one bound.
 */
final class SessionEventSink implements EventSink {
    private static final Logger LOG = LoggerFactory.getLogger(SessionEventSink.class);

    private final ClientSession session;
    private final int maxPending;
    private final AtomicInteger pending = new AtomicInteger();
    private final EventSink withoutSnapshots = new EventSink() {
        @Override
        public boolean offer(WatchEvent event) {
            return SessionEventSink.this.offer(event);
        }

        @Override
        public void overflowed(int watchId, String reason) {
            SessionEventSink.this.overflowed(watchId, reason);
        }
    };

    SessionEventSink(ClientSession session, int maxPending) {
        this.session = session;
        this.maxPending = maxPending;
    }

    /** The sink of this session's watches that get resource and volume streams only. */
    EventSink withoutSnapshotEvents() {
        return withoutSnapshots;
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
        session.push(ApiCalls.EVENT, LinstorEvents.INSTANCE.event(event))
                .whenComplete((ok, error) -> pending.decrementAndGet());
        return true;
    }

    /** Resource and volume streams, and snapshot deployments. */
    @Override
    public boolean understands(String eventName) {
        return EventSink.super.understands(eventName) || StreamKey.SNAPSHOT_DEPLOYMENT.equals(eventName);
    }

    @Override
    public void overflowed(int watchId, String reason) {
        LOG.warn("{}: {}", session, reason);
        session.push(ApiCalls.EVENT, List.of(LinstorEvents.INSTANCE.overflow(watchId)));
    }
}
