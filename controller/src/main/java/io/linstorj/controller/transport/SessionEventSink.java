package io.linstorj.controller.transport;

import io.linstorj.controller.event.EventSink;
import io.linstorj.controller.event.WatchEvent;
import io.linstorj.protocol.ApiCalls;
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
    private static final Logger LOG = LoggerFactory.getLogger(SessionEventSink.class);

    private final ClientSession session;
    private final int maxPending;
    private final EventEncoder encoder;
    private final AtomicInteger pending = new AtomicInteger();

    /** A sink writing LinstorJ's own event bodies. */
    SessionEventSink(ClientSession session, int maxPending) {
        this(session, maxPending, LinstorJEvents.INSTANCE);
    }

    SessionEventSink(ClientSession session, int maxPending, EventEncoder encoder) {
        this.session = session;
        this.maxPending = maxPending;
        this.encoder = encoder;
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
        session.push(ApiCalls.EVENT, encoder.event(event)).whenComplete((ok, error) -> pending.decrementAndGet());
        return true;
    }

    @Override
    public boolean understands(String eventName) {
        return encoder.understands(eventName);
    }

    @Override
    public void overflowed(int watchId, String reason) {
        LOG.warn("{}: {}", session, reason);
        session.push(ApiCalls.EVENT, List.of(encoder.overflow(watchId)));
    }
}
