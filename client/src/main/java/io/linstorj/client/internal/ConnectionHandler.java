package io.linstorj.client.internal;

import io.linstorj.client.LinstorNetworkError;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.MsgApiVersion;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's end of one controller connection: takes the controller's Version, routes ANSWER
 * and COMPLETE frames to their pending calls and ONEWAY frames to the listeners, and on the
 * connection's end fails whatever still waits. A controller that refuses the connection (over
 * its connection limits) sends {@code Refused} instead of its Version; opening then fails with its
 * message. When the connection has sent nothing for a while it sends a {@code Ping}, so that the
 * controller's idle timeout spares a client that merely waits.
 */
final class ConnectionHandler extends SimpleChannelInboundHandler<ProtocolMessage> {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionHandler.class);

    private final String peer;
    private final PendingCalls pendingCalls;
    private final ConnectionListener listener;
    private final CompletableFuture<MsgApiVersion> version = new CompletableFuture<>();
    private volatile boolean closingByClient;
    private volatile @Nullable Throwable failure;

    ConnectionHandler(String peer, PendingCalls pendingCalls, ConnectionListener listener) {
        super(ProtocolMessage.class);
        this.peer = peer;
        this.pendingCalls = pendingCalls;
        this.listener = listener;
    }

    /** Completes with the controller's Version message, or fails when the connection ends first. */
    CompletableFuture<MsgApiVersion> version() {
        return version;
    }

    /** Marks the coming end of the connection as the client's own doing. */
    void closingByClient() {
        closingByClient = true;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ProtocolMessage frame) {
        switch (frame.type()) {
            case ONEWAY -> oneway(frame);
            case ANSWER -> pendingCalls.answer(frame);
            case COMPLETE -> pendingCalls.complete(frame);
            default ->
                LOG.warn(
                        "ignoring a {} frame '{}' from the controller at {}: a client serves no calls",
                        frame.type(),
                        frame.content(),
                        peer);
        }
    }

    private void oneway(ProtocolMessage frame) {
        if (ApiCalls.REFUSED.equals(frame.content()) && !version.isDone()) {
            String reason = frame.bodies().isEmpty()
                    ? "no reason given"
                    : frame.body(0, ApiCallResponse.parser()).getMessage();
            version.completeExceptionally(
                    new LinstorNetworkError("the controller at " + peer + " refused the connection: " + reason));
            return;
        }
        if (ApiCalls.VERSION.equals(frame.content()) && !version.isDone()) {
            version.complete(frame.body(0, MsgApiVersion.parser()));
            return;
        }
        listener.onOneway(frame);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent && version.isDone()) {
            PendingCalls.PendingCall ping = pendingCalls.register(ApiCalls.PING);
            ctx.writeAndFlush(ProtocolMessage.of(ClientConnection.callHeader(ping.id(), ApiCalls.PING)));
            return;
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        failure = cause;
        LOG.warn("closing the connection to the controller at {}: {}", peer, cause.toString());
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        LinstorNetworkError cause = new LinstorNetworkError(endReason(), failure);
        version.completeExceptionally(cause);
        pendingCalls.failAll(cause);
        listener.onClosed(cause);
    }

    private String endReason() {
        Throwable failed = failure;
        if (closingByClient) {
            return "connection to the controller at " + peer + " closed by the client";
        }
        if (failed != null) {
            return "connection to the controller at " + peer + " lost: " + failed.getMessage();
        }
        return "connection to the controller at " + peer + " closed by the controller";
    }
}
