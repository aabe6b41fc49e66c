package io.linstorj.bench;

import java.util.Arrays;

/**
 * Collects measured durations (from {@link System#nanoTime()}) and summarises them as
 * percentiles. Thread-safe: many client threads may record into one recorder.
 *
 * <pre>{@code
 * LatencyRecorder calls = new LatencyRecorder();
 * long start = System.nanoTime();
 * lin.resourceDfnCreate("rsc1");
 * calls.recordSince(start);
 * LatencySummary summary = calls.summary(); // p50, p90, p99, max
 * }</pre>
 */
public final class LatencyRecorder {
    private long[] nanos = new long[256];
    private int count;

    /** Records one duration in nanoseconds; negative durations are a programming error. */
    public synchronized void record(long durationNanos) {
        if (durationNanos < 0) {
            throw new IllegalArgumentException("negative duration: " + durationNanos + " ns");
        }
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, nanos.length * 2);
        }
        nanos[count++] = durationNanos;
    }

    /** Records the time elapsed since {@code startNanos}, a value of {@link System#nanoTime()}. */
    public void recordSince(long startNanos) {
        record(System.nanoTime() - startNanos);
    }

    /** How many durations were recorded. */
    public synchronized int count() {
        return count;
    }

    /** The percentiles of what was recorded so far. */
    public synchronized LatencySummary summary() {
        return LatencySummary.of(Arrays.copyOf(nanos, count));
    }
}
