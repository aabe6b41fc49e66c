package io.linstorj.client.internal;

import com.google.protobuf.MessageLite;
import io.linstorj.client.LinstorError;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.protocol.ClientApiVersion;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.MsgApiVersion;
import io.linstorj.protocol.proto.MsgHeader;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One open connection to a controller, carrying any number of concurrent calls.
 *
 * <p>{@link #call} sends an API_CALL with a fresh id and returns a future of its
 * {@link CallAnswer}; {@link #callBlocking} waits for it with a timeout. Unsolicited frames and
 * the connection's end go to the {@link ConnectionListener}s. Thread-safe; the connection owns
 * one I/O thread, which {@link #close()} stops.
 */
public final class ClientConnection implements AutoCloseable {
    private final ControllerAddress address;
    private final EventLoopGroup group;
    private final Channel channel;
    private final ConnectionHandler handler;
    private final PendingCalls pendingCalls;
    private final Listeners listeners;
    private final MsgApiVersion controllerVersion;
    private final AtomicInteger nextWatchId = new AtomicInteger(1);

    ClientConnection(
            ControllerAddress address,
            EventLoopGroup group,
            Channel channel,
            ConnectionHandler handler,
            PendingCalls pendingCalls,
            Listeners listeners,
            MsgApiVersion controllerVersion) {
        this.address = address;
        this.group = group;
        this.channel = channel;
        this.handler = handler;
        this.pendingCalls = pendingCalls;
        this.listeners = listeners;
        this.controllerVersion = controllerVersion;
    }

    /**
     * Connects to the controller at {@code address} and waits for its Version message, all within
     * {@code connectTimeout}.
     *
     * @throws LinstorNetworkError if the connection is refused or times out, the controller closes
     *     it, or announces a protocol version this client cannot speak
     */
    public static ClientConnection open(ControllerAddress address, Duration connectTimeout, int maxFrameLength) {
        return new ConnectionOpener(address, connectTimeout, maxFrameLength).open();
    }

    /**
     * Checks that this client can speak the version the controller announced.
     *
     * @throws LinstorNetworkError if it cannot
     */
    static void requireCompatible(ControllerAddress address, MsgApiVersion version) {
        if (!ClientApiVersion.compatible(version.getVersion(), version.getMinVersion())) {
            throw new LinstorNetworkError("incompatible controller at " + address + " ("
                    + version.getControllerInfo() + "): it speaks protocol versions " + version.getMinVersion()
                    + " to " + version.getVersion() + ", this client " + ClientApiVersion.MINIMUM + " to "
                    + ClientApiVersion.CURRENT);
        }
    }

    /**
     * Sends an API call and returns the future of its answer. The future fails with
     * {@link LinstorNetworkError} when the frame cannot be sent or the connection ends first;
     * cancelling or completing it early abandons the call (late frames are dropped).
     */
    public CompletableFuture<CallAnswer> call(String call, MessageLite... bodies) {
        PendingCalls.PendingCall pending = pendingCalls.register(call);
        ProtocolMessage frame = ProtocolMessage.of(callHeader(pending.id(), call), List.of(bodies));
        channel.writeAndFlush(frame).addListener(written -> {
            if (!written.isSuccess()) {
                pending.future()
                        .completeExceptionally(new LinstorNetworkError(
                                "cannot send " + call + " to the controller at " + address + ": " + written.cause(),
                                written.cause()));
            }
        });
        return pending.future();
    }

    /**
     * The header of an API_CALL frame of this client: it sets LinstorJ's {@code accepts_parts},
     * since the client joins an answer the controller splits into {@code Part} frames.
     */
    static MsgHeader callHeader(long apiCallId, String call) {
        return MsgHeader.newBuilder()
                .setMsgType(MsgHeader.MsgType.API_CALL)
                .setApiCallId(apiCallId)
                .setMsgContent(call)
                .setAcceptsParts(true)
                .build();
    }

    /**
     * Sends an API call and waits at most {@code timeout} for its answer.
     *
     * @throws LinstorNetworkError if no answer came in time, the connection ended, or the thread
     *     was interrupted; the controller may have applied the call
     * @throws IllegalStateException if called on the connection's I/O thread (from a listener),
     *     where the answer could never arrive
     */
    public CallAnswer callBlocking(String call, Duration timeout, MessageLite... bodies) {
        if (channel.eventLoop().inEventLoop()) {
            throw new IllegalStateException("a blocking call (" + call + ") on the connection's I/O thread would "
                    + "wait for itself: call from another thread");
        }
        CompletableFuture<CallAnswer> answer = call(call, bodies);
        try {
            return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            LinstorNetworkError timedOut = new LinstorNetworkError(
                    call + " to the controller at " + address + " timed out after " + Durations.readable(timeout)
                            + "; the controller may have applied it",
                    e);
            answer.completeExceptionally(timedOut);
            throw timedOut;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LinstorNetworkError interrupted = new LinstorNetworkError(
                    "interrupted while waiting for the answer to " + call + "; the controller may have applied it", e);
            answer.completeExceptionally(interrupted);
            throw interrupted;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof LinstorError ? cause.getMessage() : String.valueOf(cause);
            throw new LinstorNetworkError(call + " failed: " + reason + "; the controller may have applied it", cause);
        }
    }

    /** Adds a listener of ONEWAY frames and of the connection's end; see {@link ConnectionListener}. */
    public void addListener(ConnectionListener listener) {
        listeners.add(listener);
    }

    /** Removes a listener added with {@link #addListener}. */
    public void removeListener(ConnectionListener listener) {
        listeners.remove(listener);
    }

    /** A watch id not used before on this connection: watch ids are the client's to choose. */
    public int nextWatchId() {
        return nextWatchId.getAndIncrement();
    }

    /** The Version message the controller announced on connect. */
    public MsgApiVersion controllerVersion() {
        return controllerVersion;
    }

    /** The controller's address. */
    public ControllerAddress address() {
        return address;
    }

    /** True until the connection is closed or lost. */
    public boolean isOpen() {
        return channel.isActive();
    }

    /** The number of calls awaiting their answer. */
    public int pendingCallCount() {
        return pendingCalls.size();
    }

    /**
     * Closes the connection: pending calls fail with {@link LinstorNetworkError}, listeners are
     * told, and the I/O thread stops. Idempotent.
     */
    @Override
    public void close() {
        handler.closingByClient();
        // A connection already lost has closed its channel and is stopping its thread by itself.
        if (channel.isOpen()) {
            ChannelFuture closed = channel.close();
            if (!channel.eventLoop().inEventLoop()) {
                closed.awaitUninterruptibly();
            }
        }
        ConnectionOpener.shutDown(group);
    }
}
