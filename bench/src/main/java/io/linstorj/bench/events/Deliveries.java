package io.linstorj.bench.events;

import io.linstorj.bench.LatencyRecorder;
import io.linstorj.bench.LatencySummary;
import io.linstorj.bench.watch.ControllerClock;
import io.linstorj.bench.watch.EventLog;
import io.linstorj.bench.watch.StateKey;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Event delivery figures of some resources: for every disk state the controller observed, how
 * long until each watcher's callback got it, split at the event hub, and how far apart the first
 * and last watcher got it.
 *
 * @param latency controller observed the state → a watcher's callback got it, over every (state, watcher)
 * @param toHub controller observed the state → the hub delivered it to the in-process probe watch, per state
 * @param fromHub the hub delivered it to the probe → a watcher's callback got it, over every (state, watcher)
 * @param spread first to last watcher receiving a state, per state
 * @param states disk states observed and counted
 * @param missing (state, watcher) pairs never received
 */
record Deliveries(
        LatencySummary latency,
        LatencySummary toHub,
        LatencySummary fromHub,
        LatencySummary spread,
        int states,
        int missing) {

    /** Computes the figures of the states of {@code resources} in {@code log}. */
    static Deliveries of(ControllerClock clock, EventLog log, Set<String> resources) {
        LatencyRecorder latency = new LatencyRecorder();
        LatencyRecorder toHub = new LatencyRecorder();
        LatencyRecorder fromHub = new LatencyRecorder();
        LatencyRecorder spread = new LatencyRecorder();
        int states = 0;
        int missing = 0;
        for (StateKey key : log.keys()) {
            OptionalLong observed = clock.observedAt(key);
            if (!resources.contains(key.resourceName()) || observed.isEmpty()) {
                continue;
            }
            states++;
            OptionalLong delivered = clock.deliveredAt(key);
            delivered.ifPresent(hub -> toHub.record(Math.max(0, hub - observed.getAsLong())));
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int watcher = 0; watcher < log.watchers(); watcher++) {
                OptionalLong arrival = log.arrival(key, watcher);
                if (arrival.isEmpty()) {
                    missing++;
                    continue;
                }
                long arrived = arrival.getAsLong();
                // The clock runs right after the hub's hand-over, so an arrival may precede it by microseconds;
                // the probe may come late in the hub's loop over the watches, after some arrivals.
                latency.record(Math.max(0, arrived - observed.getAsLong()));
                delivered.ifPresent(hub -> fromHub.record(Math.max(0, arrived - hub)));
                first = Math.min(first, arrived);
                last = Math.max(last, arrived);
            }
            if (first <= last) {
                spread.record(last - first);
            }
        }
        return new Deliveries(latency.summary(), toHub.summary(), fromHub.summary(), spread.summary(), states, missing);
    }
}
