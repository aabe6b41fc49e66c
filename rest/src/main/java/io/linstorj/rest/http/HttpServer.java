package io.linstorj.rest.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * A listening HTTP/1.1 server: a bootstrap over Netty's NIO event loops, one pipeline per
 * connection from {@link HttpChannelInitializer}, every request handed to a {@link RestDispatcher}.
 *
 * <pre>{@code
 * try (HttpServer server = HttpServer.start("127.0.0.1", 0, HttpLimits.DEFAULTS, dispatcher)) {
 *     int port = server.localAddress().getPort();
 * }
 * }</pre>
 */
public final class HttpServer implements AutoCloseable {
    private final EventLoopGroup acceptors;
    private final EventLoopGroup workers;
    private final Channel serverChannel;

    private HttpServer(EventLoopGroup acceptors, EventLoopGroup workers, Channel serverChannel) {
        this.acceptors = acceptors;
        this.workers = workers;
        this.serverChannel = serverChannel;
    }

    /**
     * Binds {@code host:port} (0 = any free port) and serves.
     *
     * @throws IllegalStateException if the address cannot be bound
     */
    public static HttpServer start(String host, int port, HttpLimits limits, RestDispatcher dispatcher) {
        EventLoopGroup acceptors = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        // Services answer asynchronously, so two I/O threads carry many connections.
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        try {
            Channel channel = new ServerBootstrap()
                    .group(acceptors, workers)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new HttpChannelInitializer(
                            limits, dispatcher, new ConnectionLimit(limits.maxConnections())))
                    .bind(host, port)
                    .sync()
                    .channel();
            return new HttpServer(acceptors, workers, channel);
        } catch (InterruptedException e) {
            shutdown(acceptors, workers);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while binding " + host + ":" + port, e);
        } catch (Exception e) {
            // Netty rethrows the BindException undeclared; say which address failed.
            shutdown(acceptors, workers);
            throw new IllegalStateException(
                    "cannot listen for REST on " + host + ":" + port + ": " + e.getMessage(), e);
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

    /** Stops listening and closes every connection; idempotent. */
    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
        acceptors.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
