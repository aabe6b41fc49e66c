package io.linstorj.bench.events;

import io.linstorj.bench.LatencyRecorder;
import io.linstorj.bench.LatencySummary;
import io.linstorj.bench.watch.EventLog;
import io.linstorj.bench.watch.StateChangeClock;
import io.linstorj.bench.watch.StateKey;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Event delivery figures of some resources: for every disk state the controller observed, how
 * long until each watcher received it, and how far apart the first and last watcher got it.
 *
 * @param latency controller observed the state → a watcher received it, over every (state, watcher)
 * @param spread first to last watcher receiving a state, per state
 * @param states disk states observed and counted
 * @param missing (state, watcher) pairs never received
 */
record Deliveries(LatencySummary latency, LatencySummary spread, int states, int missing) {

    /** Computes the figures of the states of {@code resources} in {@code log}. */
    static Deliveries of(StateChangeClock clock, EventLog log, Set<String> resources) {
        LatencyRecorder latency = new LatencyRecorder();
        LatencyRecorder spread = new LatencyRecorder();
        int states = 0;
        int missing = 0;
        for (StateKey key : log.keys()) {
            OptionalLong observed = clock.observedAt(key);
            if (!resources.contains(key.resourceName()) || observed.isEmpty()) {
                continue;
            }
            states++;
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int watcher = 0; watcher < log.watchers(); watcher++) {
                OptionalLong arrival = log.arrival(key, watcher);
                if (arrival.isEmpty()) {
                    missing++;
                    continue;
                }
                // The clock runs right after the hub's hand-over, so an arrival may precede it by microseconds.
                latency.record(Math.max(0, arrival.getAsLong() - observed.getAsLong()));
                first = Math.min(first, arrival.getAsLong());
                last = Math.max(last, arrival.getAsLong());
            }
            if (first <= last) {
                spread.record(last - first);
            }
        }
        return new Deliveries(latency.summary(), spread.summary(), states, missing);
    }
}
