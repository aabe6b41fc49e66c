package io.linstorj.controller.satellite;

import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * When a satellite link dials again: after each loss or failed attempt, with a {@link Backoff}
 * that a successful handshake resets, until the link is stopped for good.
 */
final class Reconnect {
    private final EventLoopGroup group;
    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));
    private volatile boolean stopped;

    Reconnect(EventLoopGroup group) {
        this.group = group;
    }

    /** Runs {@code attempt} after the next delay, unless stopped. */
    void schedule(Runnable attempt) {
        if (stopped) {
            return;
        }
        Duration delay = backoff.nextDelay();
        group.schedule(attempt, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The link is up: the next loss waits the initial delay again. */
    void succeeded() {
        backoff.reset();
    }

    /** No attempt follows any more. */
    void stop() {
        stopped = true;
    }

    /** True once {@link #stop()} was called. */
    boolean stopped() {
        return stopped;
    }
}
