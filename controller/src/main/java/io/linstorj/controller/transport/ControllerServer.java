package io.linstorj.controller.transport;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The client-protocol server: a Netty bootstrap listening on one address. */
public final class ControllerServer implements AutoCloseable {
    private final EventLoopGroup acceptors;
    private final EventLoopGroup workers;
    private final Channel serverChannel;

    private ControllerServer(EventLoopGroup acceptors, EventLoopGroup workers, Channel serverChannel) {
        this.acceptors = acceptors;
        this.workers = workers;
        this.serverChannel = serverChannel;
    }

    /**
     * Binds {@code host:port} (0 = ephemeral) and serves {@code calls}.
     *
     * @param controllerInfo text of the Version message sent on accept
     * @throws InterruptedException if interrupted while binding
     */
    public static ControllerServer start(String host, int port, int maxFrameLength, Map<String, CallHandler> calls,
        ClientSessions sessions, String controllerInfo) throws InterruptedException {
        EventLoopGroup acceptors = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        try {
            Channel channel = new ServerBootstrap()
                .group(acceptors, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ControllerChannelInitializer(maxFrameLength, calls, sessions, controllerInfo))
                .bind(host, port).sync().channel();
            return new ControllerServer(acceptors, workers, channel);
        } catch (InterruptedException e) {
            shutdown(acceptors, workers);
            throw e;
        } catch (Exception e) {
            // Netty rethrows the BindException undeclared; turn it into an unchecked failure with the address.
            shutdown(acceptors, workers);
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private static void shutdown(EventLoopGroup acceptors, EventLoopGroup workers) {
        acceptors.shutdownGracefully(0, 0, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 0, TimeUnit.SECONDS);
    }

    /** The bound address. */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** Stops listening and closes every connection. */
    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
        acceptors.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
