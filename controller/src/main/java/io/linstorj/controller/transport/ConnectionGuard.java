package io.linstorj.controller.transport;

import io.linstorj.protocol.FrameDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundBuffer;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bounds what one client connection may cost; the first handler of its pipeline, in front of the
 * frame decoder, so that it sees every byte that arrives.
 *
 * <ul>
 *   <li>Partial frames: after each read it asks the {@link FrameDecoder} how many bytes wait for
 *       their frame's end, accounts them in the shared {@link PartialFrameBudget} and closes the
 *       connection whose bytes pass it.</li>
 *   <li>Frame timeout: a frame begun but not complete within {@link ClientLimits#frameTimeout()}
 *       closes the connection (truncated frames, slowloris).</li>
 *   <li>Idle timeout: no complete frame within {@link ClientLimits#idleTimeout()} closes the
 *       connection unless a call is in flight, a reply waits or a watch is open.</li>
 *   <li>Back-pressure: while the channel is unwritable (replies above the write buffer's high
 *       mark) it stops reading, so a client that does not read cannot make the controller work
 *       for it; stuck so for {@link ClientLimits#writeStallTimeout()}, it is dropped.</li>
 * </ul>
 *
 * Every check runs on the channel's event loop, by a tick scheduled there.
 */
final class ConnectionGuard extends ChannelDuplexHandler {
    private final ClientLimits limits;
    private final PartialFrameBudget budget;
    private final ConnectionActivity activity;
    private final LogRateLimiter warnings;
    private FrameDecoder decoder;
    private ScheduledFuture<?> tick;
    private long lastFrameNanos;
    private long partialSinceNanos;
    private long unwritableSinceNanos;
    private int heldBytes;
    private boolean closing;

    ConnectionGuard(
            ClientLimits limits, PartialFrameBudget budget, ConnectionActivity activity, LogRateLimiter warnings) {
        this.limits = limits;
        this.budget = budget;
        this.activity = activity;
        this.warnings = warnings;
    }

    /** Bytes queued for writing to {@code channel} and not yet taken by the socket. */
    static long pendingWriteBytes(Channel channel) {
        ChannelOutboundBuffer buffer = channel.unsafe().outboundBuffer();
        return buffer == null ? 0 : buffer.totalPendingWriteBytes();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        decoder = ctx.pipeline().get(FrameDecoder.class);
        lastFrameNanos = System.nanoTime();
        long shortest = Math.min(
                limits.frameTimeout().toNanos(),
                Math.min(
                        limits.idleTimeout().toNanos(),
                        limits.writeStallTimeout().toNanos()));
        // A tick of a quarter of the shortest timeout closes within 125 % of it; 1 s at most keeps it cheap.
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(20), Math.min(TimeUnit.SECONDS.toNanos(1), shortest / 4));
        tick = ctx.executor().scheduleAtFixedRate(() -> check(ctx), period, period, TimeUnit.NANOSECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (tick != null) {
            tick.cancel(false);
        }
        budget.add(-heldBytes);
        heldBytes = 0;
        ctx.fireChannelInactive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf) || decoder == null) {
            ctx.fireChannelRead(msg);
            return;
        }
        long framesBefore = decoder.framesDecoded();
        ctx.fireChannelRead(msg);
        long now = System.nanoTime();
        boolean completedFrame = decoder.framesDecoded() != framesBefore;
        if (completedFrame) {
            lastFrameNanos = now;
        }
        int held = ctx.channel().isActive() ? decoder.bufferedBytes() : 0;
        if (held == 0) {
            partialSinceNanos = 0;
        } else if (partialSinceNanos == 0 || completedFrame) {
            partialSinceNanos = now;
        }
        int delta = held - heldBytes;
        heldBytes = held;
        if (!budget.add(delta) && !closing) {
            close(
                    ctx,
                    "partial-frame budget",
                    "Closing the connection from {}: frames not yet complete hold "
                            + "{} bytes over all clients, more than the bound of {} bytes",
                    budget.held(),
                    budget.max());
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        boolean writable = ctx.channel().isWritable();
        // Reading on while replies pile up would let one client grow the heap without bound.
        ctx.channel().config().setAutoRead(writable);
        long now = System.nanoTime();
        unwritableSinceNanos = writable ? 0 : now;
        if (writable && partialSinceNanos != 0) {
            // The rest of the frame could not arrive while the controller did not read: restart its clock.
            partialSinceNanos = now;
        }
        ctx.fireChannelWritabilityChanged();
    }

    private void check(ChannelHandlerContext ctx) {
        if (closing || !ctx.channel().isActive()) {
            return;
        }
        long now = System.nanoTime();
        boolean reading = ctx.channel().config().isAutoRead();
        if (reading
                && partialSinceNanos != 0
                && now - partialSinceNanos > limits.frameTimeout().toNanos()) {
            close(
                    ctx,
                    "frame timeout",
                    "Closing the connection from {}: a frame begun {} ago is still incomplete " + "({} bytes received)",
                    seconds(now - partialSinceNanos),
                    heldBytes);
        } else if (unwritableSinceNanos != 0
                && now - unwritableSinceNanos > limits.writeStallTimeout().toNanos()) {
            close(
                    ctx,
                    "write stall",
                    "Closing the connection from {}: it has not read its replies for {} " + "({} bytes waiting)",
                    seconds(now - unwritableSinceNanos),
                    pendingWriteBytes(ctx.channel()));
        } else if (now - lastFrameNanos > limits.idleTimeout().toNanos()
                && partialSinceNanos == 0
                && !activity.isBusy()
                && pendingWriteBytes(ctx.channel()) == 0) {
            close(
                    ctx,
                    "idle timeout",
                    "Closing the idle connection from {}: no request for {}",
                    seconds(now - lastFrameNanos));
        }
    }

    private void close(ChannelHandlerContext ctx, String kind, String format, Object... arguments) {
        closing = true;
        Object[] withPeer = new Object[arguments.length + 1];
        withPeer[0] = ctx.channel().remoteAddress();
        System.arraycopy(arguments, 0, withPeer, 1, arguments.length);
        warnings.warn(kind, format, withPeer);
        ctx.close();
    }

    private static String seconds(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos) / 1000.0 + " s";
    }
}
