package io.linstorj.satellite.link;

import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.proto.MsgSatelliteInfo;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;

/** Accepts the controller's connections on the satellite port; serves only its cluster's controller. */
public final class SatelliteServer implements AutoCloseable {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel serverChannel;

    /**
     * Binds {@code address} and serves controllers.
     *
     * @throws IllegalStateException if the address cannot be bound
     */
    public SatelliteServer(
            InetSocketAddress address,
            int maxFrameLength,
            NodeIdentity identity,
            ClusterBinding binding,
            ControllerLink link,
            DesiredStateSink sink,
            MsgSatelliteInfo info) {
        SecureRandom random = new SecureRandom();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ProtocolPipeline.addCodec(ch.pipeline(), maxFrameLength);
                        ch.pipeline().addLast(new ControllerLinkHandler(identity, binding, link, sink, info, random));
                    }
                });
        try {
            serverChannel = bootstrap.bind(address).sync().channel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            group.shutdownGracefully();
            throw new IllegalStateException("interrupted while binding " + address, e);
        } catch (Exception e) {
            // Netty rethrows the bind's BindException unchecked-style: catch it too, so the caller gets the address.
            group.shutdownGracefully();
            throw new IllegalStateException("cannot listen on " + address + ": " + e.getMessage(), e);
        }
    }

    /** The bound address (with the actual port when 0 was asked). */
    public InetSocketAddress boundAddress() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
        // No quiet period: the channel is closed, nothing more comes; the default 2 s would delay every stop.
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
