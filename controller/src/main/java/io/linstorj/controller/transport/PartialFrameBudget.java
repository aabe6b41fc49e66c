package io.linstorj.controller.transport;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes all client connections hold in frames not yet complete, against one bound: many
 * clients each starting a maximal frame and never finishing it must not exhaust the heap.
 * Thread-safe.
 */
final class PartialFrameBudget {
    private final long max;
    private final AtomicLong held = new AtomicLong();

    PartialFrameBudget(long max) {
        this.max = max;
    }

    /**
     * Adds {@code delta} (negative: released) to the bytes held.
     *
     * @return false if the bytes held now exceed the bound and {@code delta} added to them
     */
    boolean add(long delta) {
        long now = held.addAndGet(delta);
        return delta <= 0 || now <= max;
    }

    /** Bytes held in partial frames now. */
    long held() {
        return held.get();
    }

    /** The bound. */
    long max() {
        return max;
    }
}
