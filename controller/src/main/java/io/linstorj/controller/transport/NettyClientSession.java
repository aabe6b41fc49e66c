package io.linstorj.controller.transport;

import com.google.protobuf.MessageLite;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.proto.MsgHeader;
import io.netty.channel.Channel;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A {@link ClientSession} on a Netty channel. */
final class NettyClientSession implements ClientSession {
    private final Channel channel;
    private final ConnectionActivity activity;
    private final long maxPendingWriteBytes;

    NettyClientSession(Channel channel, ConnectionActivity activity, long maxPendingWriteBytes) {
        this.channel = channel;
        this.activity = activity;
        this.maxPendingWriteBytes = maxPendingWriteBytes;
    }

    @Override
    public boolean isKeepingUp() {
        return channel.isWritable() || ConnectionGuard.pendingWriteBytes(channel) <= maxPendingWriteBytes;
    }

    @Override
    public void holdsWatches() {
        activity.watching();
    }

    @Override
    public String id() {
        return channel.id().asLongText();
    }

    @Override
    public SocketAddress remoteAddress() {
        return channel.remoteAddress();
    }

    @Override
    public boolean isOpen() {
        return channel.isActive();
    }

    @Override
    public CompletableFuture<Void> push(String msgContent, List<? extends MessageLite> bodies) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        ProtocolMessage message =
                ProtocolMessage.of(ProtocolMessage.headerOf(MsgHeader.MsgType.ONEWAY, 0, msgContent), bodies);
        channel.writeAndFlush(message).addListener(future -> {
            if (future.isSuccess()) {
                written.complete(null);
            } else {
                written.completeExceptionally(future.cause());
            }
        });
        return written;
    }

    @Override
    public void onClose(Runnable action) {
        channel.closeFuture().addListener(future -> action.run());
    }

    @Override
    public String toString() {
        return "session " + remoteAddress();
    }
}
