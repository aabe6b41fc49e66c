package io.linstorj.client.internal.rest;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.EventHandler;
import io.linstorj.client.Linstor;
import io.linstorj.client.LinstorApiCallError;
import io.linstorj.client.LinstorError;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.client.LinstorTimeoutError;
import io.linstorj.client.ObjectIdentifier;
import io.linstorj.client.ReplyHandler;
import io.linstorj.client.internal.Deadline;
import io.linstorj.client.internal.WatchTask;
import io.linstorj.protocol.ApiCalls;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One watch over REST, from opening its {@link EventFeed} to its result: the same contract as
 * the client protocol's {@code WatchRun}. The feed's threads only queue signals; the handlers run
 * on the thread that runs the watch, in arrival order. However the watch ends, its feed is
 * closed (its streams and polls stop), which is how a REST controller learns of the end.
 *
 * @param <T> the watch's result
 */
public final class RestWatch<T> implements WatchTask<T> {
    private static final FeedSignal CANCELLED = new FeedSignal(null, null, null);

    private final int watchId;
    private final EventFeed feed;
    private final ObjectIdentifier filter;
    private final String controller;
    private final ReplyHandler<? extends T> replyHandler;
    private final EventHandler<? extends T> eventHandler;
    private final BlockingQueue<FeedSignal> signals = new LinkedBlockingQueue<>();
    private final Object lock = new Object();
    private boolean cancelled;

    RestWatch(
            int watchId,
            EventFeed feed,
            ObjectIdentifier filter,
            String controller,
            ReplyHandler<? extends T> replyHandler,
            EventHandler<? extends T> eventHandler) {
        this.watchId = watchId;
        this.feed = feed;
        this.filter = filter;
        this.controller = controller;
        this.replyHandler = replyHandler;
        this.eventHandler = eventHandler;
    }

    @Override
    public int watchId() {
        return watchId;
    }

    /**
     * Runs the watch on the calling thread until a handler returns non-null.
     *
     * @throws LinstorTimeoutError if the timeout passed first
     * @throws LinstorApiCallError if the controller refused the watch and the reply handler returned null
     * @throws LinstorNetworkError if an event stream broke or the controller stopped answering
     * @throws LinstorError if the controller ended the watch ({@code Overflow})
     * @throws CancellationException if {@link #cancel()} was called
     */
    @Override
    public T run(@Nullable Duration timeout) {
        Deadline deadline = Deadline.after(timeout);
        try {
            T result = create(deadline);
            return result != null ? result : awaitResult(deadline);
        } finally {
            feed.close();
        }
    }

    @Override
    public void cancel() {
        synchronized (lock) {
            if (cancelled) {
                return;
            }
            cancelled = true;
        }
        feed.close();
        signals.add(CANCELLED);
    }

    private @Nullable T create(Deadline deadline) {
        if (isCancelled()) {
            throw cancelledError();
        }
        List<ApiCallResponse> replies;
        try {
            replies = feed.open(signals::add, deadline);
        } catch (LinstorNetworkError e) {
            throw deadline.passed() ? timedOut(deadline, e) : e;
        }
        boolean refused = !Linstor.allApiResponsesNoError(replies);
        T result = replyHandler.handle(replies);
        if (result == null && refused) {
            throw new LinstorApiCallError(ApiCalls.CRT_WATCH, replies);
        }
        return result;
    }

    private T awaitResult(Deadline deadline) {
        while (true) {
            FeedSignal signal = next(deadline);
            if (signal == CANCELLED || isCancelled()) {
                throw cancelledError();
            }
            LinstorError end = signal.end();
            if (end instanceof LinstorNetworkError network) {
                throw new LinstorNetworkError("watch " + watchId + " ended: " + network.getMessage(), network);
            }
            if (end != null) {
                throw end;
            }
            T result = eventHandler.handle(signal.header(), signal.data());
            if (result != null) {
                return result;
            }
        }
    }

    private FeedSignal next(Deadline deadline) {
        try {
            FeedSignal signal =
                    deadline.isNone() ? signals.take() : signals.poll(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
            if (signal == null) {
                throw timedOut(deadline, null);
            }
            return signal;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinstorNetworkError("interrupted while waiting for events of watch " + watchId, e);
        }
    }

    private boolean isCancelled() {
        synchronized (lock) {
            return cancelled;
        }
    }

    private CancellationException cancelledError() {
        return new CancellationException("watch " + watchId + " was cancelled");
    }

    private LinstorTimeoutError timedOut(Deadline deadline, @Nullable Throwable cause) {
        return new LinstorTimeoutError(
                "watch " + watchId + " of " + filter + " on the controller at " + controller + " got no result within "
                        + deadline.describe() + "; its event feed was closed",
                cause);
    }
}
