package io.linstorj.controller.transport;

import io.linstorj.controller.errorreport.ErrorReporter;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolMessageEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.DefaultMessageSizeEstimator;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MessageSizeEstimator;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * The client-protocol server: a Netty bootstrap listening on one address, within the
 * {@link ClientLimits} of its connections.
 */
public final class ControllerServer implements AutoCloseable {
    /** File descriptors the controller needs besides client connections: jars, database, logs, satellites. */
    private static final int RESERVED_DESCRIPTORS = 300;

    private final EventLoopGroup acceptors;
    private final EventLoopGroup workers;
    private final Channel serverChannel;
    private final ChannelGroup clients;
    private final ConnectionCounter counter;
    private final PartialFrameBudget budget;

    private ControllerServer(
            EventLoopGroup acceptors,
            EventLoopGroup workers,
            Channel serverChannel,
            ChannelGroup clients,
            ConnectionCounter counter,
            PartialFrameBudget budget) {
        this.acceptors = acceptors;
        this.workers = workers;
        this.serverChannel = serverChannel;
        this.clients = clients;
        this.counter = counter;
        this.budget = budget;
    }

    /**
     * Binds {@code host:port} (0 = ephemeral) and serves {@code calls}.
     *
     * @param controllerInfo text of the Version message sent on accept
     * @throws InterruptedException if interrupted while binding
     */
    public static ControllerServer start(
            String host,
            int port,
            int maxFrameLength,
            ClientCalls calls,
            ClientSessions sessions,
            String controllerInfo,
            ClientLimits limits)
            throws InterruptedException {
        return start(host, port, maxFrameLength, calls, sessions, controllerInfo, limits, ErrorReporter.none());
    }

    /**
     * Binds {@code host:port} (0 = ephemeral) and serves {@code calls}; a call that fails with an
     * exception nothing expected is reported to {@code errors} and its reply names the report.
     *
     * @param controllerInfo text of the Version message sent on accept
     * @throws InterruptedException if interrupted while binding
     */
    public static ControllerServer start(
            String host,
            int port,
            int maxFrameLength,
            ClientCalls calls,
            ClientSessions sessions,
            String controllerInfo,
            ClientLimits limits,
            ErrorReporter errors)
            throws InterruptedException {
        EventLoopGroup acceptors = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        ChannelGroup clients = new DefaultChannelGroup("clients", GlobalEventExecutor.INSTANCE);
        ConnectionCounter counter = new ConnectionCounter(limits.maxConnections(), limits.maxConnectionsPerAddress());
        PartialFrameBudget budget = new PartialFrameBudget(limits.maxPartialFrameBytes());
        LogRateLimiter warnings = new LogRateLimiter(LoggerFactory.getLogger(ControllerServer.class));
        warnIfDescriptorsAreShort(limits.maxConnections());
        ControllerChannelInitializer initializer = new ControllerChannelInitializer(
                maxFrameLength, calls, sessions, controllerInfo, limits, counter, budget, warnings, errors);
        try {
            Channel channel = new ServerBootstrap()
                    .group(acceptors, workers)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(
                            ChannelOption.WRITE_BUFFER_WATER_MARK,
                            new WriteBufferWaterMark(ClientLimits.WRITE_BUFFER_LOW, ClientLimits.WRITE_BUFFER_HIGH))
                    .childOption(ChannelOption.MESSAGE_SIZE_ESTIMATOR, new ProtocolMessageSizeEstimator())
                    .childHandler(new io.netty.channel.ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel child) {
                            clients.add(child);
                            child.pipeline().addLast(initializer);
                        }
                    })
                    .bind(host, port)
                    .sync()
                    .channel();
            return new ControllerServer(acceptors, workers, channel, clients, counter, budget);
        } catch (InterruptedException e) {
            shutdown(acceptors, workers);
            throw e;
        } catch (Exception e) {
            // Netty rethrows the BindException undeclared; turn it into an unchecked failure with the address.
            shutdown(acceptors, workers);
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * Warns when the process may run out of file descriptors before the connection limit. HotSpot
     * raises the soft limit to the hard one at start (-XX:+MaxFDLimit, the default on Linux), so
     * the figure read here already is the most the process can get without root.
     */
    private static void warnIfDescriptorsAreShort(int maxConnections) {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            long available = unix.getMaxFileDescriptorCount();
            if (maxConnections + RESERVED_DESCRIPTORS > available) {
                LoggerFactory.getLogger(ControllerServer.class)
                        .warn(
                                "The process may open {} files, fewer than "
                                        + "--max-connections {} plus {} for the database, jars and satellite links; lower "
                                        + "--max-connections or raise the hard limit (ulimit -Hn, LimitNOFILE=)",
                                available,
                                maxConnections,
                                RESERVED_DESCRIPTORS);
            }
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

    /** Client connections admitted and still open (refused ones are not counted). */
    public int openConnections() {
        return counter.total();
    }

    /** Bytes all client connections hold in frames not yet complete. */
    public long partialFrameBytes() {
        return budget.held();
    }

    /** Reply bytes queued for all client connections and not yet taken by their sockets. */
    public long pendingReplyBytes() {
        long sum = 0;
        for (Channel client : clients) {
            sum += ConnectionGuard.pendingWriteBytes(client);
        }
        return sum;
    }

    /** Client connections whose reading is paused because they do not read their replies. */
    public int pausedConnections() {
        int paused = 0;
        for (Channel client : clients) {
            if (client.isActive() && !client.config().isAutoRead()) {
                paused++;
            }
        }
        return paused;
    }

    /** Stops listening and closes every connection. */
    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
        clients.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        acceptors.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /**
     * Sizes queued {@link ProtocolMessage}s by their payload: the default counts unknown objects as
     * 8 bytes, so replies written from service threads would not count against the write buffer
     * until the event loop encoded them.
     */
    private static final class ProtocolMessageSizeEstimator implements MessageSizeEstimator {
        private final Handle fallback = DefaultMessageSizeEstimator.DEFAULT.newHandle();

        @Override
        public Handle newHandle() {
            return msg -> msg instanceof ProtocolMessage message
                    ? ProtocolMessageEncoder.encodedSize(message)
                    : fallback.size(msg);
        }
    }
}
