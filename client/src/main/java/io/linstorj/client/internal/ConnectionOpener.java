package io.linstorj.client.internal;

import io.linstorj.client.LinstorNetworkError;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.linstor.MsgApiVersion;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens a {@link ClientConnection}: TCP connect, codec pipeline, then the controller's Version,
 * within one deadline. On any failure it leaves nothing running.
 */
final class ConnectionOpener {
    /** Seconds without a request after which the client pings: well within the controller's idle timeout. */
    static final int KEEP_ALIVE_SECONDS = 60;

    private final ControllerAddress address;
    private final Duration connectTimeout;
    private final int maxFrameLength;

    ConnectionOpener(ControllerAddress address, Duration connectTimeout, int maxFrameLength) {
        this.address = address;
        this.connectTimeout = connectTimeout;
        this.maxFrameLength = maxFrameLength;
    }

    ClientConnection open() {
        long deadline = System.nanoTime() + connectTimeout.toNanos();
        // Daemon thread: a client its user forgot to close must not keep the JVM alive.
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(
                1, new DefaultThreadFactory("linstorj-client", true), NioIoHandler.newFactory());
        PendingCalls pendingCalls = new PendingCalls();
        Listeners listeners = new Listeners();
        ConnectionHandler handler = new ConnectionHandler(address.uri(), pendingCalls, listeners);
        try {
            Channel channel = connect(group, handler);
            // A lost connection frees its thread even if its user never closes the client.
            channel.closeFuture().addListener(closed -> group.shutdownGracefully(0, 2, TimeUnit.SECONDS));
            // The connection speaks LINSTOR's client protocol from the Version on: nothing to switch.
            MsgApiVersion version = awaitVersion(channel, handler, deadline);
            return new ClientConnection(address, group, channel, handler, pendingCalls, listeners, version);
        } catch (RuntimeException e) {
            shutDown(group);
            throw e;
        }
    }

    private Channel connect(EventLoopGroup group, ConnectionHandler handler) {
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast("keepAlive", new IdleStateHandler(0, KEEP_ALIVE_SECONDS, 0));
                        ProtocolPipeline.addCodec(channel.pipeline(), maxFrameLength);
                        channel.pipeline().addLast("connection", handler);
                    }
                });
        ChannelFuture connected = bootstrap.connect(address.host(), address.port());
        try {
            connected.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connected.channel().close();
            throw new LinstorNetworkError("interrupted while connecting to the controller at " + address, e);
        }
        if (!connected.isSuccess()) {
            Throwable cause = connected.cause();
            throw new LinstorNetworkError(
                    "cannot connect to the controller at " + address + ": "
                            + (cause == null ? "cancelled" : cause.getMessage()),
                    cause);
        }
        return connected.channel();
    }

    private MsgApiVersion awaitVersion(Channel channel, ConnectionHandler handler, long deadline) {
        try {
            MsgApiVersion version = handler.version().get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            ClientConnection.requireCompatible(address, version);
            return version;
        } catch (TimeoutException e) {
            channel.close();
            throw new LinstorNetworkError(
                    "the controller at " + address + " did not announce its version within "
                            + Durations.readable(connectTimeout),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new LinstorNetworkError(
                    "interrupted while waiting for the version of the controller at " + address, e);
        } catch (ExecutionException e) {
            throw new LinstorNetworkError(
                    "the controller at " + address + " did not announce its version: "
                            + e.getCause().getMessage(),
                    e.getCause());
        } catch (RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Stops {@code group}; waits for it unless called from its own thread. */
    static void shutDown(EventLoopGroup group) {
        var terminated = group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        if (!group.next().inEventLoop()) {
            terminated.awaitUninterruptibly();
        }
    }
}
