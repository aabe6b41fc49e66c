package io.linstorj.bench.rest;

import io.linstorj.bench.Figures;
import io.linstorj.bench.LatencyRecorder;
import io.linstorj.bench.LatencySummary;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Concurrent REST clients creating "pairs": {@code POST /v1/resource-definitions} then
 * {@code POST /v1/resource-definitions/{name}/volume-definitions} (1 MiB), each answered after the
 * controller committed it. Definitions {@code first .. first+pairs-1} are dealt round-robin to the
 * clients; every client has its own connection, made before the common start.
 *
 * @param base the REST API
 * @param names names definition number {@code i}
 * @param clients how many concurrent clients
 * @param first number of the first definition
 * @param pairs how many definitions in all
 */
record PairLoad(URI base, DefinitionNames names, int clients, int first, int pairs) {
    private static final long TIMEOUT_MINUTES = 10;

    /**
     * What a load measured.
     *
     * @param pairs latency of each pair, first request to second answer
     * @param wallNanos from the common start to the last client's end
     */
    record Result(LatencySummary pairs, long wallNanos) {
        /** Pairs per second over the wall time. */
        double rate() {
            return Figures.perSecond(pairs.count(), wallNanos);
        }
    }

    /**
     * Runs the load and waits for it, at most 10 minutes.
     *
     * @throws IllegalStateException if a request fails or is refused, or time runs out
     */
    Result run() throws InterruptedException {
        LatencyRecorder latencies = new LatencyRecorder();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, "rest-bench-client");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    runClient(client, ready, go, latencies);
                    return null;
                }));
            }
            if (!ready.await(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the clients did not connect within " + TIMEOUT_MINUTES + " minutes");
            }
            long start = System.nanoTime();
            go.countDown();
            long deadline = start + TimeUnit.MINUTES.toNanos(TIMEOUT_MINUTES);
            for (Future<Void> client : running) {
                client.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            return new Result(latencies.summary(), System.nanoTime() - start);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "a REST client failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the clients did not finish within " + TIMEOUT_MINUTES + " minutes", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void runClient(int client, CountDownLatch ready, CountDownLatch go, LatencyRecorder latencies)
            throws Exception {
        try (RestHttp http = new RestHttp(base)) {
            // Opens the client's connection before the start, as a long-lived python-linstor client has it.
            http.get("/v1/controller/version");
            ready.countDown();
            go.await();
            for (int i = first + client; i < first + pairs; i += clients) {
                String name = names.of(i);
                long begin = System.nanoTime();
                http.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"" + name + "\"}}");
                http.post(
                        "/v1/resource-definitions/" + name + "/volume-definitions",
                        "{\"volume_definition\":{\"size_kib\":1024}}");
                latencies.recordSince(begin);
            }
        }
    }
}
