package io.linstorj.controller.satellite;

import io.linstorj.protocol.ProtocolPipeline;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Assembles the pipeline of one connection to a satellite, and nothing else: the protocol's
 * codec, the idle timer and {@link LinkHeartbeat}, then the link's own handler, a new one per
 * connection.
 */
final class SatellitePipeline extends ChannelInitializer<SocketChannel> {
    private static final int CONNECT_TIMEOUT_MILLIS = 3000;

    private final String nodeName;
    private final InetSocketAddress address;
    private final int maxFrameLength;
    private final SatelliteConnection.Heartbeat heartbeat;
    private final Supplier<ChannelHandler> link;

    SatellitePipeline(
            String nodeName,
            InetSocketAddress address,
            int maxFrameLength,
            SatelliteConnection.Heartbeat heartbeat,
            Supplier<ChannelHandler> link) {
        this.nodeName = nodeName;
        this.address = address;
        this.maxFrameLength = maxFrameLength;
        this.heartbeat = heartbeat;
        this.link = link;
    }

    /** A bootstrap that dials the satellite on {@code group} with this pipeline. */
    Bootstrap bootstrap(EventLoopGroup group) {
        return new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .option(ChannelOption.TCP_NODELAY, true)
                .remoteAddress(address)
                .handler(this);
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ProtocolPipeline.addCodec(ch.pipeline(), maxFrameLength);
        ch.pipeline()
                .addLast(new IdleStateHandler(heartbeat.timeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS))
                .addLast(new LinkHeartbeat(nodeName, address, heartbeat))
                .addLast(link.get());
    }
}
