package io.linstorj.client.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One watch from its creation on the controller to its result, whichever transport carries it:
 * the client protocol's {@code CrtWatch} ({@link WatchRun}) or a REST event feed
 * ({@code rest.RestWatch}). {@code Linstor.watchEvents} runs it on the caller's thread,
 * {@code Watch} on a thread of its own.
 *
 * @param <T> the watch's result
 */
public interface WatchTask<T> {
    /** The watch's id: on the client protocol the one sent in {@code CrtWatch}, over REST the client's own. */
    int watchId();

    /**
     * Runs the watch on the calling thread until a handler returns non-null; however it ends,
     * the watch is removed from the controller.
     *
     * @param timeout how long it may take in all; null for no limit
     */
    T run(@Nullable Duration timeout);

    /** Runs the watch on a daemon thread of its own; cancelling the future cancels the watch. */
    default CompletableFuture<T> start() {
        CompletableFuture<T> result = new CompletableFuture<>();
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                cancel();
            }
        });
        Thread thread = new Thread(
                () -> {
                    try {
                        result.complete(run(null));
                    } catch (Throwable e) {
                        result.completeExceptionally(e);
                    }
                },
                "linstorj-watch-" + watchId());
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** Ends the watch and delivers no further event; idempotent, does not wait for a running handler. */
    void cancel();
}
