package io.linstorj.client;

import io.linstorj.client.internal.WatchTask;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A running watch started by {@link Linstor#watchEventsAsync}: its handlers run on a thread of
 * its own; {@link #result()} completes with what a handler returned.
 *
 * <pre>{@code
 * try (Watch<String> watch = lin.watchEventsAsync(
 *         replies -> Linstor.allApiResponsesNoError(replies) ? null : "refused",
 *         (header, data) -> data instanceof VolumeDiskState state && "UpToDate".equals(state.diskState())
 *             ? header.nodeName() : null,
 *         ObjectIdentifier.builder().resourceName("rsc1").build())) {
 *     lin.resourceCreate("rsc1", "alpha");
 *     System.out.println("UpToDate on " + watch.await());
 * } // closing a watch that is still running cancels it
 * }</pre>
 *
 * @param <T> the watch's result
 */
public final class Watch<T> implements AutoCloseable {
    private final WatchTask<T> run;
    private final CompletableFuture<T> result;

    Watch(WatchTask<T> run) {
        this.run = run;
        this.result = run.start();
    }

    /** The watch's id: on the client protocol the one sent in {@code CrtWatch}, over REST the client's own. */
    public int watchId() {
        return run.watchId();
    }

    /**
     * The watch's result: completes with what a handler returned, or exceptionally as
     * {@link Linstor#watchEvents} would throw. Cancelling it cancels the watch.
     */
    public CompletableFuture<T> result() {
        return result;
    }

    /**
     * Waits for the watch's result.
     *
     * @throws LinstorApiCallError if the controller refused the watch and the reply handler returned null
     * @throws LinstorNetworkError if the connection ended first, or the waiting thread was interrupted
     * @throws LinstorError if the controller ended the watch ({@code Overflow})
     * @throws CancellationException if the watch was cancelled
     * @throws RuntimeException whatever a handler threw
     */
    public T await() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinstorNetworkError("interrupted while waiting for watch " + watchId(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new LinstorError("watch " + watchId() + " failed: " + cause, cause);
        }
    }

    /** True once the watch has its result, failed, or was cancelled. */
    public boolean isDone() {
        return result.isDone();
    }

    /**
     * Cancels the watch: sends {@code DelWatch} (over REST: closes its event streams) and
     * delivers no further event; {@link #result()}
     * completes as cancelled unless it had completed before. Idempotent.
     */
    public void cancel() {
        result.cancel(false);
        run.cancel();
    }

    /** Cancels the watch if it is still running, like {@link #cancel()}. */
    @Override
    public void close() {
        cancel();
    }

    @Override
    public String toString() {
        return "Watch{id=" + watchId() + ", done=" + isDone() + "}";
    }
}
