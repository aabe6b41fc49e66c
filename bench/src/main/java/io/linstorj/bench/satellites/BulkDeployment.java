package io.linstorj.bench.satellites;

import io.linstorj.bench.cluster.ResourcePlan;
import io.linstorj.bench.watch.EventLog;
import io.linstorj.bench.watch.StateKey;
import io.linstorj.client.Linstor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Deploys many resources at once from concurrent clients and waits until every replica is ready,
 * as seen by watcher 0 of an {@link EventLog}: the satellites' reconcile throughput.
 *
 * @param uri the controller
 * @param log the watcher's log, watching before the deployment starts
 * @param plans the resources to deploy
 * @param creators concurrent clients, each on its own connection, taking every n-th plan
 * @param sizeKib each volume's size
 * @param readyTimeout how long all may take to get ready
 */
record BulkDeployment(
        String uri, EventLog log, List<ResourcePlan> plans, int creators, long sizeKib, Duration readyTimeout) {

    /**
     * What was measured ({@link System#nanoTime()} values).
     *
     * @param startNanos before the first call
     * @param createdNanos when the last call was acknowledged
     * @param readyNanos when the last ready state arrived, empty if not all arrived in time
     * @param readyResources resources whose every replica was ready at the end
     */
    record Result(long startNanos, long createdNanos, OptionalLong readyNanos, int readyResources) {}

    Result run() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(creators);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < creators; c++) {
                int creator = c;
                done.add(pool.submit(() -> create(creator)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("deploying failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long created = System.nanoTime();
        List<StateKey> ready =
                plans.stream().flatMap(plan -> plan.readyStates().stream()).toList();
        boolean all = log.awaitAll(ready, readyTimeout);
        int readyResources = (int) plans.stream()
                .filter(plan -> log.countReceivedByAll(plan.readyStates())
                        == plan.readyStates().size())
                .count();
        return new Result(start, created, all ? log.lastArrival(ready, 0) : OptionalLong.empty(), readyResources);
    }

    private Void create(int creator) {
        try (Linstor lin = Linstor.connect(uri)) {
            for (int i = creator; i < plans.size(); i += creators) {
                plans.get(i).define(lin, sizeKib);
                plans.get(i).place(lin);
            }
        }
        return null;
    }
}
