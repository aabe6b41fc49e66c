package io.linstorj.bench.watch;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
import io.linstorj.client.EventData;
import io.linstorj.client.EventHandler;
import io.linstorj.client.EventHeader;
import io.linstorj.client.Linstor;
import io.linstorj.client.LinstorError;
import io.linstorj.client.ObjectIdentifier;
import io.linstorj.client.VolumeDiskState;
import io.linstorj.client.Watch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The watchers of an {@link EventLog}: one watch on every event per watcher, started with
 * {@link Linstor#watchEventsAsync} and spread round-robin over a number of client connections
 * (several watches may share one connection). Each watch's event handler records when it got
 * each volume disk state, so the arrival time is when a client's callback sees the event: after
 * the connection's I/O thread has handed the frame to the watch's own thread.
 *
 * <pre>{@code
 * EventLog log = new EventLog(100);
 * try (Watchers watchers = Watchers.open(uri, log, 10)) { // 100 watches over 10 connections
 *     ... deploy, then log.awaitAll(plan.readyStates(), timeout)
 * }
 * }</pre>
 */
public final class Watchers implements AutoCloseable {
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(60);

    private final List<Linstor> clients = new ArrayList<>();
    private final List<Watch<Object>> watches = new ArrayList<>();
    private volatile boolean closing;

    private Watchers() {}

    /**
     * Connects {@code connections} clients to {@code uri}, starts one watch per watcher of
     * {@code log} and waits until the controller has confirmed every one.
     *
     * @throws IllegalArgumentException if {@code connections} is not 1 to the number of watchers
     * @throws LinstorError if the controller cannot be reached or does not confirm every watch
     */
    public static Watchers open(String uri, EventLog log, int connections) {
        if (connections < 1 || connections > log.watchers()) {
            throw new IllegalArgumentException("connections must be 1.." + log.watchers() + ": " + connections);
        }
        Watchers watchers = new Watchers();
        try {
            for (int c = 0; c < connections; c++) {
                watchers.clients.add(Linstor.connect(uri));
            }
            CountDownLatch confirmed = new CountDownLatch(log.watchers());
            for (int w = 0; w < log.watchers(); w++) {
                watchers.start(watchers.clients.get(w % connections), log, w, confirmed);
            }
            watchers.awaitConfirmed(confirmed, log);
            return watchers;
        } catch (RuntimeException e) {
            watchers.close();
            throw e;
        }
    }

    private void start(Linstor client, EventLog log, int watcher, CountDownLatch confirmed) {
        Watch<Object> watch = client.watchEventsAsync(
                replies -> confirm(replies, confirmed, log, watcher), recorder(log, watcher), ObjectIdentifier.all());
        watch.result().whenComplete((result, error) -> {
            if (error != null && !closing) {
                log.ended(watcher, String.valueOf(error.getMessage()));
            }
        });
        watches.add(watch);
    }

    /** Null (go on watching) when the controller confirmed the watch; the replies end it otherwise. */
    private static Object confirm(List<ApiCallResponse> replies, CountDownLatch confirmed, EventLog log, int watcher) {
        boolean refused = !Linstor.allApiResponsesNoError(replies);
        if (refused) {
            log.ended(watcher, "the controller refused the watch: " + replies);
        }
        confirmed.countDown();
        return refused ? replies : null;
    }

    /** Takes the time first, before anything else the handler does. */
    private static EventHandler<Object> recorder(EventLog log, int watcher) {
        return (EventHeader header, EventData data) -> {
            long arrival = System.nanoTime();
            if (data instanceof VolumeDiskState state && Consts.EVENT_VOLUME_DISK_STATE.equals(header.eventName())) {
                log.record(
                        watcher,
                        new StateKey(
                                header.nodeName(), header.resourceName(), header.volumeNumber(), state.diskState()),
                        arrival);
            }
            return null;
        };
    }

    private void awaitConfirmed(CountDownLatch confirmed, EventLog log) {
        try {
            if (!confirmed.await(CONFIRM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LinstorError("the controller did not confirm " + confirmed.getCount() + " of "
                        + log.watchers() + " watches within " + CONFIRM_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinstorError("interrupted while waiting for the watches to be confirmed", e);
        }
        if (log.endedWatches() > 0) {
            throw new LinstorError(log.endedWatches() + " watches ended at once: " + log.firstEnd());
        }
    }

    /** Cancels every watch, then closes the connections. */
    @Override
    public void close() {
        closing = true;
        watches.forEach(Watch::cancel);
        clients.forEach(Linstor::close);
    }
}
