package io.linstorj.dist.cluster;

import com.google.protobuf.MessageLite;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.proto.MsgHeader;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A peer that reaches a satellite's port and speaks the satellite link as a controller would,
 * without being one: every received frame goes into a queue. One thread drives it.
 */
final class LinkImpostor implements AutoCloseable {
    private static final long WAIT_SECONDS = 30;

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final BlockingQueue<ProtocolMessage> inbound = new LinkedBlockingQueue<>();
    private final Channel channel;

    /** Connects to {@code satellite} and waits for its Version message. */
    LinkImpostor(InetSocketAddress satellite) throws InterruptedException {
        channel = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ProtocolPipeline.addCodec(ch.pipeline(), ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH);
                        ch.pipeline().addLast(new SimpleChannelInboundHandler<ProtocolMessage>() {
                            @Override
                            protected void channelRead0(ChannelHandlerContext ctx, ProtocolMessage msg) {
                                inbound.add(msg);
                            }
                        });
                    }
                })
                .connect(satellite)
                .sync()
                .channel();
        ProtocolMessage first = take();
        if (!ApiCalls.VERSION.equals(first.content())) {
            throw new AssertionError("expected the satellite's Version first, got " + first.header());
        }
    }

    /** Sends an API_CALL and returns its ANSWER frames, up to its COMPLETE. */
    List<ProtocolMessage> call(long id, String call, MessageLite body) throws InterruptedException {
        channel.writeAndFlush(ProtocolMessage.of(ProtocolMessage.headerOf(MsgHeader.MsgType.API_CALL, id, call), body));
        List<ProtocolMessage> answers = new ArrayList<>();
        for (ProtocolMessage frame = take(); frame.type() != MsgHeader.MsgType.COMPLETE; frame = take()) {
            answers.add(frame);
        }
        return answers;
    }

    /** Sends a ONEWAY message without waiting; a closed connection drops it. */
    void oneway(String content, MessageLite body) {
        channel.writeAndFlush(ProtocolMessage.of(ProtocolMessage.headerOf(MsgHeader.MsgType.ONEWAY, 0, content), body));
    }

    /** Waits until the satellite closed the connection; true when it did. */
    boolean awaitClosedBySatellite() {
        return channel.closeFuture().awaitUninterruptibly(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private ProtocolMessage take() throws InterruptedException {
        ProtocolMessage message = inbound.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no frame from the satellite within " + WAIT_SECONDS + " s");
        }
        return message;
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
