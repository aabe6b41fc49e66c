package io.linstorj.bench.cluster;

import io.linstorj.bench.watch.EventLog;
import io.linstorj.client.Linstor;
import java.time.Duration;

/**
 * Deploys one resource at a time and times it: from the first {@code CrtRsc} to the last
 * acknowledgement, and to the moment watcher 0 of an {@link EventLog} has received every
 * replica's ready disk state.
 *
 * @param lin the client making the calls
 * @param log the watchers' log, watching before the first deployment
 * @param sizeKib the volume's size
 * @param readyTimeout how long a resource may take to get ready
 */
public record ReadyTiming(Linstor lin, EventLog log, long sizeKib, Duration readyTimeout) {

    /**
     * One deployment's times ({@link System#nanoTime()}).
     *
     * @param plan what was deployed
     * @param placeStartNanos just before the first {@code CrtRsc}
     * @param acknowledgedNanos when the last {@code CrtRsc} was acknowledged
     * @param readyNanos when watcher 0 received the last ready disk state
     */
    public record Timing(ResourcePlan plan, long placeStartNanos, long acknowledgedNanos, long readyNanos) {
        /** From the first create call to ready. */
        public long untilReadyNanos() {
            return readyNanos - placeStartNanos;
        }

        /**
         * From the last create call's acknowledgement to ready, as a client waiting for events sees
         * it; 0 when the events came before that acknowledgement.
         */
        public long acknowledgedToReadyNanos() {
            return Math.max(0, readyNanos - acknowledgedNanos);
        }

        /** From the first create call to the last acknowledgement. */
        public long placeCallsNanos() {
            return acknowledgedNanos - placeStartNanos;
        }
    }

    /**
     * Defines and places {@code plan} and waits until every watcher has its ready states.
     *
     * @throws IllegalStateException if a call is refused or the resource is not ready in time
     */
    public Timing deploy(ResourcePlan plan) throws InterruptedException {
        plan.define(lin, sizeKib);
        long start = System.nanoTime();
        plan.place(lin);
        long acknowledged = System.nanoTime();
        if (!log.awaitAll(plan.readyStates(), readyTimeout)) {
            throw new IllegalStateException("resource " + plan.name() + " was not ready within " + readyTimeout
                    + (log.endedWatches() > 0 ? " (a watch ended: " + log.firstEnd() + ")" : "") + "; states received: "
                    + log.keys().stream()
                            .filter(key -> key.resourceName().equals(plan.name()))
                            .toList());
        }
        long ready = log.lastArrival(plan.readyStates(), 0).orElseThrow();
        return new Timing(plan, start, acknowledged, ready);
    }
}
