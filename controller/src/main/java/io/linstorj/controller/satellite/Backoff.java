package io.linstorj.controller.satellite;

import java.time.Duration;

/**
 * Reconnect delays: doubling from {@code initial} up to {@code max}, back to {@code initial}
 * after a success. Not thread-safe; each connection owns one.
 */
final class Backoff {
    private final Duration initial;
    private final Duration max;
    private Duration next;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** The delay before the next attempt; doubles the one after. */
    Duration nextDelay() {
        Duration delay = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return delay;
    }

    /** Starts again from the initial delay. */
    void reset() {
        next = initial;
    }
}
