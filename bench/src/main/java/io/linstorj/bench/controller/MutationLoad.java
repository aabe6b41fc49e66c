package io.linstorj.bench.controller;

import io.linstorj.bench.LatencyRecorder;
import io.linstorj.bench.LatencySummary;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Linstor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clients, each on its own connection, creating resource definitions with one volume
 * definition each ({@code CrtRscDfn} then {@code CrtVlmDfn}): two acknowledged, durable mutations
 * per definition. Every client first creates its warm-up definitions untimed; then all start the
 * timed part together.
 *
 * @param uri the controller
 * @param clients how many concurrent clients
 * @param warmUpPerClient definitions each client creates before the timed part
 * @param timedPerClient definitions each client creates in the timed part
 * @param namePrefix makes the names of this run unique
 */
record MutationLoad(String uri, int clients, int warmUpPerClient, int timedPerClient, String namePrefix) {
    private static final long VOLUME_SIZE_KIB = 1024;
    private static final long TIMEOUT_MINUTES = 10;

    /**
     * What the timed part measured.
     *
     * @param calls latency of every timed call, both kinds together
     * @param wallNanos from the common start to the last client's end
     * @param refused calls answered with an error (counted in the latencies too)
     * @param firstRefusals up to 3 refusals, for people
     */
    record Result(LatencySummary calls, long wallNanos, int refused, List<String> firstRefusals) {}

    /** Total definitions this load creates, warm-up included. */
    int definitions() {
        return clients * (warmUpPerClient + timedPerClient);
    }

    /**
     * Runs the load and waits for it (at most 10 minutes).
     *
     * @throws IllegalStateException if a client fails (no connection, no answer) or time runs out
     */
    Result run() throws InterruptedException {
        LatencyRecorder latencies = new LatencyRecorder();
        AtomicInteger refused = new AtomicInteger();
        List<String> refusals = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(clients + 1);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(
                    () -> {
                        try {
                            runClient(client, start, latencies, refused, refusals);
                        } catch (Throwable e) {
                            synchronized (failures) {
                                failures.add(e);
                            }
                            start.reset();
                        }
                    },
                    "bench-client-" + c);
            threads.add(thread);
            thread.start();
        }
        long startNanos = awaitStart(start, failures);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(TIMEOUT_MINUTES);
        for (Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        long wall = System.nanoTime() - startNanos;
        if (threads.stream().anyMatch(Thread::isAlive)) {
            threads.forEach(Thread::interrupt);
            throw new IllegalStateException("the clients did not finish within " + TIMEOUT_MINUTES + " minutes");
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a client failed: " + failures.get(0), failures.get(0));
        }
        synchronized (refusals) {
            return new Result(latencies.summary(), wall, refused.get(), List.copyOf(refusals));
        }
    }

    private long awaitStart(CyclicBarrier start, List<Throwable> failures) throws InterruptedException {
        try {
            start.await(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            return System.nanoTime();
        } catch (BrokenBarrierException | TimeoutException e) {
            synchronized (failures) {
                Throwable cause = failures.isEmpty() ? e : failures.get(0);
                throw new IllegalStateException("a client failed before the timed part: " + cause, cause);
            }
        }
    }

    private void runClient(
            int client, CyclicBarrier start, LatencyRecorder latencies, AtomicInteger refused, List<String> refusals)
            throws Exception {
        try (Linstor lin = Linstor.connect(uri)) {
            for (int i = 0; i < warmUpPerClient; i++) {
                String name = name(client, i);
                lin.resourceDfnCreate(name);
                lin.volumeDfnCreate(name, VOLUME_SIZE_KIB);
            }
            start.await(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            for (int i = warmUpPerClient; i < warmUpPerClient + timedPerClient; i++) {
                String name = name(client, i);
                long begin = System.nanoTime();
                List<ApiCallResponse> definition = lin.resourceDfnCreate(name);
                long between = System.nanoTime();
                List<ApiCallResponse> volume = lin.volumeDfnCreate(name, VOLUME_SIZE_KIB);
                long end = System.nanoTime();
                latencies.record(between - begin);
                latencies.record(end - between);
                count(definition, refused, refusals);
                count(volume, refused, refusals);
            }
        }
    }

    private static void count(List<ApiCallResponse> replies, AtomicInteger refused, List<String> refusals) {
        if (Linstor.allApiResponsesNoError(replies)) {
            return;
        }
        refused.incrementAndGet();
        synchronized (refusals) {
            if (refusals.size() < 3) {
                refusals.add(replies.toString());
            }
        }
    }

    private String name(int client, int index) {
        return String.format(Locale.ROOT, "%s-c%02d-%05d", namePrefix, client, index);
    }
}
