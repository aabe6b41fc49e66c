package io.linstorj.controller.transport;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What makes one client connection busy although it sends nothing: calls in flight and watches.
 * Such a connection is not idle. Thread-safe.
 */
final class ConnectionActivity {
    private final AtomicInteger callsInFlight = new AtomicInteger();
    private final AtomicBoolean dropped = new AtomicBoolean();
    private volatile boolean watching;

    /** Marks the connection as dropped for its unread replies; true only for the first caller. */
    boolean drop() {
        return dropped.compareAndSet(false, true);
    }

    void callStarted() {
        callsInFlight.incrementAndGet();
    }

    void callAnswered() {
        callsInFlight.decrementAndGet();
    }

    /** Marks the connection as holding watches: it waits for events, which may be rare. */
    void watching() {
        watching = true;
    }

    boolean isBusy() {
        return watching || callsInFlight.get() > 0;
    }
}
