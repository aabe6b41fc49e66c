package io.linstorj.bench.watch;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * When each watcher first received each volume disk state: arrival times by {@link StateKey} and
 * watcher index, and a way to wait until every watcher has seen a set of states. Thread-safe: the
 * watchers' threads record, a benchmark thread waits and reads.
 */
public final class EventLog {
    private static final long MISSING = Long.MIN_VALUE;

    private final int watchers;
    private final Map<StateKey, long[]> arrivals = new HashMap<>();
    private final Map<StateKey, Integer> receivedBy = new HashMap<>();
    private int endedWatches;
    private String firstEnd = "";
    private long events;

    /** A log for {@code watchers} watchers, numbered from 0. */
    public EventLog(int watchers) {
        if (watchers < 1) {
            throw new IllegalArgumentException("at least one watcher: " + watchers);
        }
        this.watchers = watchers;
    }

    /** The number of watchers. */
    public int watchers() {
        return watchers;
    }

    /** Records that {@code watcher} received {@code key} at {@code nanos}; later repeats are ignored. */
    public synchronized void record(int watcher, StateKey key, long nanos) {
        events++;
        long[] times = arrivals.computeIfAbsent(key, k -> filled());
        if (times[watcher] != MISSING) {
            return;
        }
        times[watcher] = nanos;
        int count = receivedBy.merge(key, 1, Integer::sum);
        if (count == watchers) {
            notifyAll();
        }
    }

    /**
     * Records that {@code watcher}'s watch ended before the benchmark closed it, e.g. the controller
     * ended it for falling behind ({@code Overflow}) or refused it; {@code why} says what happened.
     */
    public synchronized void ended(int watcher, String why) {
        if (endedWatches++ == 0) {
            firstEnd = "watcher " + watcher + ": " + why;
        }
        notifyAll();
    }

    /**
     * Waits until every watcher has received every one of {@code keys}, at most {@code timeout}.
     *
     * @return true if they all arrived, false on timeout or when a watch ended
     */
    public synchronized boolean awaitAll(Collection<StateKey> keys, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (endedWatches == 0 && !allReceived(keys)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return endedWatches == 0;
    }

    private boolean allReceived(Collection<StateKey> keys) {
        for (StateKey key : keys) {
            if (receivedBy.getOrDefault(key, 0) < watchers) {
                return false;
            }
        }
        return true;
    }

    /** The arrival time at {@code watcher} of {@code key}, if it arrived. */
    public synchronized OptionalLong arrival(StateKey key, int watcher) {
        long[] times = arrivals.get(key);
        return times == null || times[watcher] == MISSING ? OptionalLong.empty() : OptionalLong.of(times[watcher]);
    }

    /** The latest arrival at {@code watcher} among {@code keys}, if every one of them arrived. */
    public synchronized OptionalLong lastArrival(Collection<StateKey> keys, int watcher) {
        long last = MISSING;
        for (StateKey key : keys) {
            long[] times = arrivals.get(key);
            if (times == null || times[watcher] == MISSING) {
                return OptionalLong.empty();
            }
            last = Math.max(last, times[watcher]);
        }
        return last == MISSING ? OptionalLong.empty() : OptionalLong.of(last);
    }

    /** How many of {@code keys} every watcher has received. */
    public synchronized int countReceivedByAll(Collection<StateKey> keys) {
        int count = 0;
        for (StateKey key : keys) {
            if (receivedBy.getOrDefault(key, 0) == watchers) {
                count++;
            }
        }
        return count;
    }

    /** Every state received by at least one watcher so far. */
    public synchronized Set<StateKey> keys() {
        return Set.copyOf(arrivals.keySet());
    }

    /** How many watches ended before the benchmark closed them. */
    public synchronized int endedWatches() {
        return endedWatches;
    }

    /** Which watch ended first and why; empty if none did. */
    public synchronized String firstEnd() {
        return firstEnd;
    }

    /** How many disk-state events arrived in all, repeats included. */
    public synchronized long events() {
        return events;
    }

    private long[] filled() {
        long[] times = new long[watchers];
        Arrays.fill(times, MISSING);
        return times;
    }
}
