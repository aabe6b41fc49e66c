package io.linstorj.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of measured durations, in nanoseconds (nearest-rank percentiles).
 *
 * @param count how many durations were measured
 * @param p50Nanos the median
 * @param p90Nanos the 90th percentile
 * @param p99Nanos the 99th percentile
 * @param maxNanos the longest
 * @param meanNanos the arithmetic mean
 */
public record LatencySummary(int count, long p50Nanos, long p90Nanos, long p99Nanos, long maxNanos, long meanNanos) {

    /** The summary of nothing measured: every figure is 0. */
    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0, 0);

    /** Summarises {@code nanos}; the array is sorted in place. */
    static LatencySummary of(long[] nanos) {
        if (nanos.length == 0) {
            return EMPTY;
        }
        Arrays.sort(nanos);
        long sum = 0;
        for (long value : nanos) {
            sum += value;
        }
        return new LatencySummary(
                nanos.length,
                percentile(nanos, 50),
                percentile(nanos, 90),
                percentile(nanos, 99),
                nanos[nanos.length - 1],
                sum / nanos.length);
    }

    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The median in milliseconds. */
    public double p50Millis() {
        return p50Nanos / 1e6;
    }

    /** The 99th percentile in milliseconds. */
    public double p99Millis() {
        return p99Nanos / 1e6;
    }
}
