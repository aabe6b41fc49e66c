package io.linstorj.client.internal;

import io.linstorj.client.LinstorNetworkError;
import io.linstorj.protocol.AnswerParts;
import io.linstorj.protocol.MalformedMessageException;
import io.linstorj.protocol.ProtocolMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls of one connection that await their COMPLETE frame, by call id.
 *
 * <p>Ids are fresh per connection. ANSWER frames collect per id until COMPLETE completes the
 * call's future. A call whose future completes otherwise (timeout, cancel) leaves the table; late
 * frames for it are dropped. After {@link #failAll}, new calls fail at once.
 *
 * <p>An answer too large for one frame arrives as {@code Part} frames ({@link AnswerParts}); they
 * are joined and, at COMPLETE, decoded into the one ANSWER frame they were cut from.
 */
final class PendingCalls {
    private static final Logger LOG = LoggerFactory.getLogger(PendingCalls.class);

    private final AtomicLong nextId = new AtomicLong(1);
    /** Largest answer joined from parts: far above any real listing, below what breaks a JVM's arrays. */
    static final long MAX_ANSWER_BYTES = 1L << 30;

    private final Map<Long, PendingCall> calls = new ConcurrentHashMap<>();
    /** Answers being joined from parts, by call id; touched on the I/O thread only. */
    private final Map<Long, AnswerParts.Assembler> assembling = new HashMap<>();

    private volatile @Nullable LinstorNetworkError closedBy;

    /** Registers a new call to {@code call} and returns it with its fresh id. */
    PendingCall register(String call) {
        PendingCall pending = new PendingCall(nextId.getAndIncrement(), call);
        calls.put(pending.id(), pending);
        pending.future().whenComplete((answer, error) -> calls.remove(pending.id(), pending));
        LinstorNetworkError cause = closedBy;
        if (cause != null) {
            pending.future().completeExceptionally(cause);
        }
        return pending;
    }

    /** Adds an ANSWER frame to its call. Called on the I/O thread only. */
    void answer(ProtocolMessage frame) {
        PendingCall pending = calls.get(frame.apiCallId());
        if (pending == null) {
            LOG.debug("dropping ANSWER for call id {} that no one awaits", frame.apiCallId());
            assembling.remove(frame.apiCallId());
            return;
        }
        if (AnswerParts.isPart(frame)) {
            try {
                assembling
                        .computeIfAbsent(frame.apiCallId(), id -> new AnswerParts.Assembler(MAX_ANSWER_BYTES))
                        .append(frame);
            } catch (MalformedMessageException e) {
                assembling.remove(frame.apiCallId());
                pending.future()
                        .completeExceptionally(new LinstorNetworkError(
                                "the answer to " + pending.call() + " cannot be joined: " + e.getMessage(), e));
            }
            return;
        }
        pending.frames().add(frame);
    }

    /** Completes the call of a COMPLETE frame with the answers collected. Called on the I/O thread only. */
    void complete(ProtocolMessage frame) {
        PendingCall pending = calls.remove(frame.apiCallId());
        AnswerParts.Assembler parts = assembling.remove(frame.apiCallId());
        if (pending == null) {
            LOG.debug("dropping COMPLETE for call id {} that no one awaits", frame.apiCallId());
            return;
        }
        if (parts != null) {
            try {
                pending.frames().add(parts.finish());
            } catch (MalformedMessageException e) {
                pending.future()
                        .completeExceptionally(new LinstorNetworkError(
                                "the answer to " + pending.call() + " joined from its parts does not decode: "
                                        + e.getMessage(),
                                e));
                return;
            }
        }
        pending.future().complete(new CallAnswer(pending.call(), pending.frames()));
    }

    /** Fails every pending call and every later one with {@code cause}. */
    void failAll(LinstorNetworkError cause) {
        closedBy = cause;
        for (PendingCall pending : List.copyOf(calls.values())) {
            pending.future().completeExceptionally(cause);
        }
    }

    /** The number of calls awaiting their answer. */
    int size() {
        return calls.size();
    }

    /**
     * One call in flight.
     *
     * @param id its call id
     * @param call its name, e.g. {@code CrtNode}
     * @param frames the ANSWER frames received so far (touched on the I/O thread only)
     * @param future completed with the answer, or failed
     */
    record PendingCall(long id, String call, List<ProtocolMessage> frames, CompletableFuture<CallAnswer> future) {
        PendingCall(long id, String call) {
            this(id, call, new ArrayList<>(), new CompletableFuture<>());
        }
    }
}
