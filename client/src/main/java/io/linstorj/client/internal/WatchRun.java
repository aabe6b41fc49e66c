package io.linstorj.client.internal;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
import io.linstorj.client.EventHandler;
import io.linstorj.client.Linstor;
import io.linstorj.client.LinstorApiCallError;
import io.linstorj.client.LinstorError;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.client.LinstorTimeoutError;
import io.linstorj.client.ObjectIdentifier;
import io.linstorj.client.ReplyHandler;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.MalformedMessageException;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.MsgDelWatch;
import io.linstorj.protocol.linstor.MsgEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One watch on one connection, from {@code CrtWatch} to its result.
 *
 * <p>The connection's I/O thread only queues the watch's {@code Event} frames and the
 * connection's end; the handlers run on the thread that runs the watch ({@link #run} on the
 * caller's, {@link #start} on a thread of its own), in arrival order. Whatever ends the watch
 * (a result, an exception, a timeout, {@link #cancel}) sends {@code DelWatch} once, unless the
 * controller refused or ended the watch itself. The watch is registered as a listener before
 * {@code CrtWatch} goes out, so no event that follows the reply is missed.
 *
 * <p>Watch ids start at 1, so an {@code Overflow} with watch id 0 cannot name one watch: it is
 * taken as the controller ending every watch of the connection.
 *
 * @param <T> the watch's result
 */
public final class WatchRun<T> implements ConnectionListener, WatchTask<T> {
    private static final Logger LOG = LoggerFactory.getLogger(WatchRun.class);

    private final ClientConnection connection;
    private final Duration callTimeout;
    private final int watchId;
    private final ObjectIdentifier filter;
    private final ReplyHandler<? extends T> replyHandler;
    private final EventHandler<? extends T> eventHandler;
    private final BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
    private final Object lock = new Object();
    private boolean cancelled;
    private boolean existsOnController;

    /** Prepares a watch with a fresh id of {@code connection}; nothing is sent yet. */
    public WatchRun(
            ClientConnection connection,
            Duration callTimeout,
            ObjectIdentifier filter,
            ReplyHandler<? extends T> replyHandler,
            EventHandler<? extends T> eventHandler) {
        this.connection = connection;
        this.callTimeout = callTimeout;
        this.watchId = connection.nextWatchId();
        this.filter = filter;
        this.replyHandler = replyHandler;
        this.eventHandler = eventHandler;
    }

    /** The watch's id on its connection. */
    @Override
    public int watchId() {
        return watchId;
    }

    /**
     * Runs the watch on the calling thread until a handler returns non-null.
     *
     * @param timeout how long it may take in all; null for no limit
     * @throws LinstorTimeoutError if the timeout passed first
     * @throws LinstorApiCallError if the controller refused the watch and the reply handler
     *     returned null
     * @throws LinstorNetworkError if the connection ended first
     * @throws LinstorError if the controller ended the watch ({@code Overflow})
     * @throws CancellationException if {@link #cancel()} was called
     */
    @Override
    public T run(@Nullable Duration timeout) {
        Deadline deadline = Deadline.after(timeout);
        connection.addListener(this);
        try {
            T result = create(deadline);
            return result != null ? result : awaitResult(deadline);
        } finally {
            connection.removeListener(this);
            deleteOnController();
        }
    }

    /**
     * Ends the watch: sends {@code DelWatch} now (if the watch exists) and delivers no further
     * event. Idempotent; does not wait for a handler that is running.
     */
    @Override
    public void cancel() {
        synchronized (lock) {
            if (cancelled) {
                return;
            }
            cancelled = true;
        }
        deleteOnController();
        signals.add(Signal.CANCELLED);
    }

    @Override
    public void onOneway(ProtocolMessage message) {
        if (!ApiCalls.EVENT.equals(message.content())) {
            return;
        }
        MsgEvent event;
        try {
            event = message.body(0, MsgEvent.parser());
        } catch (MalformedMessageException e) {
            LOG.warn("dropping an Event frame whose MsgEvent does not parse: {}", e.getMessage());
            return;
        }
        boolean overflowOfTheConnection =
                event.getWatchId() == 0 && Consts.EVENT_STREAM_OVERFLOW.equals(event.getEventAction());
        if (event.getWatchId() == watchId || overflowOfTheConnection) {
            signals.add(new Signal(event, message, null));
        }
    }

    @Override
    public void onClosed(LinstorNetworkError cause) {
        signals.add(new Signal(null, null, cause));
    }

    private @Nullable T create(Deadline deadline) {
        synchronized (lock) {
            if (cancelled) {
                throw cancelledError();
            }
            existsOnController = true;
        }
        List<ApiCallResponse> replies;
        try {
            replies = connection
                    .callBlocking(
                            ApiCalls.CRT_WATCH, deadline.cap(callTimeout), WatchEvents.createRequest(watchId, filter))
                    .replies();
        } catch (LinstorNetworkError e) {
            throw deadline.passed() ? timedOut(deadline, e) : e;
        }
        boolean refused = !Linstor.allApiResponsesNoError(replies);
        if (refused) {
            synchronized (lock) {
                existsOnController = false;
            }
        }
        T result = replyHandler.handle(replies);
        if (result == null && refused) {
            throw new LinstorApiCallError(ApiCalls.CRT_WATCH, replies);
        }
        return result;
    }

    private T awaitResult(Deadline deadline) {
        while (true) {
            Signal signal = next(deadline);
            if (signal.connectionEnd() != null) {
                LinstorNetworkError end = signal.connectionEnd();
                throw new LinstorNetworkError("watch " + watchId + " ended: " + end.getMessage(), end);
            }
            if (signal == Signal.CANCELLED || isCancelled()) {
                throw cancelledError();
            }
            T result = deliver(signal.event(), signal.frame());
            if (result != null) {
                return result;
            }
        }
    }

    private @Nullable T deliver(MsgEvent event, ProtocolMessage frame) {
        if (Consts.EVENT_STREAM_OVERFLOW.equals(event.getEventAction())) {
            synchronized (lock) {
                existsOnController = false;
            }
            throw new LinstorError("watch " + watchId + " was ended by the controller (" + Consts.EVENT_STREAM_OVERFLOW
                    + "): this client did not take its events fast enough; events since then are lost, watch again");
        }
        try {
            return eventHandler.handle(WatchEvents.header(event), WatchEvents.data(event, frame));
        } catch (MalformedMessageException e) {
            throw new LinstorNetworkError(
                    "event " + event.getEventName() + " of watch " + watchId + " from the controller does not parse: "
                            + e.getMessage(),
                    e);
        }
    }

    private Signal next(Deadline deadline) {
        try {
            Signal signal =
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

    private void deleteOnController() {
        synchronized (lock) {
            if (!existsOnController) {
                return;
            }
            existsOnController = false;
        }
        if (!connection.isOpen()) {
            return;
        }
        // Not awaited: ending a watch must not block on the controller; late events are dropped.
        connection
                .call(
                        ApiCalls.DEL_WATCH,
                        MsgDelWatch.newBuilder().setWatchId(watchId).build())
                .whenComplete((answer, error) -> {
                    if (error != null) {
                        LOG.debug("DelWatch of watch {} got no answer: {}", watchId, error.toString());
                    } else if (!Linstor.allApiResponsesNoError(answer.replies())) {
                        LOG.warn("the controller refused to delete watch {}: {}", watchId, answer.replies());
                    }
                });
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
                "watch " + watchId + " of " + filter + " on the controller at " + connection.address()
                        + " got no result within " + deadline.describe() + "; the watch was deleted",
                cause);
    }

    /** What the watch's thread takes next: an event, the connection's end, or the cancel mark. */
    private record Signal(
            @Nullable MsgEvent event,
            @Nullable ProtocolMessage frame,
            @Nullable LinstorNetworkError connectionEnd) {
        static final Signal CANCELLED = new Signal(null, null, null);
    }
}
