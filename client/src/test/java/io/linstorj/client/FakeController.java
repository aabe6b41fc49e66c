package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.MessageLite;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.ProtocolVersion;
import io.linstorj.protocol.RetCodes;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.MsgApiVersion;
import io.linstorj.protocol.proto.MsgHeader.MsgType;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A scripted controller for tests: listens on 127.0.0.1 (ephemeral port), announces a version on
 * accept, records every frame it receives and answers API calls as its {@link Responder} says.
 */
final class FakeController implements AutoCloseable {
    /** Answers one API call: the ANSWER frames to send before COMPLETE, or null to stay silent. */
    @FunctionalInterface
    interface Responder {
        @Nullable List<ProtocolMessage> answer(ProtocolMessage call);
    }

    /** Answers every call with one successful Reply entry. */
    static final Responder SUCCESS = call -> List.of(reply(call.apiCallId(),
        response(RetCodes.MASK_CRT | RetCodes.CREATED, call.content() + " done.")));
    /** Leaves every call unanswered; the test answers with {@link #send}. */
    static final Responder SILENT = call -> null;

    private final EventLoopGroup group =
        new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final ChannelGroup clients = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final BlockingQueue<ProtocolMessage> received = new LinkedBlockingQueue<>();
    private final Channel server;
    private final @Nullable MsgApiVersion version;
    private volatile Responder responder = SUCCESS;

    private FakeController(@Nullable MsgApiVersion version) {
        this.version = version;
        this.server = new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel channel) {
                    ProtocolPipeline.addCodec(channel.pipeline(), ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH);
                    channel.pipeline().addLast(new Recorder());
                }
            })
            .bind("127.0.0.1", 0)
            .syncUninterruptibly()
            .channel();
    }

    /** Starts a controller that announces this build's protocol version. */
    static FakeController start() {
        return start(ProtocolVersion.CURRENT, ProtocolVersion.MINIMUM);
    }

    /** Starts a controller that announces protocol versions {@code minVersion} to {@code version}. */
    static FakeController start(int version, int minVersion) {
        return new FakeController(MsgApiVersion.newBuilder()
            .setVersion(version).setMinVersion(minVersion).setControllerInfo("fake controller").build());
    }

    /** Starts a controller that accepts connections but never announces its version. */
    static FakeController startMute() {
        return new FakeController(null);
    }

    /** The client URI of this controller. */
    String uri() {
        return "linstor://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** Sets how API calls are answered from now on. */
    void answerWith(Responder newResponder) {
        responder = newResponder;
    }

    /** Takes the next frame a client sent, waiting up to 10 s; fails the test if none came. */
    ProtocolMessage takeCall() throws InterruptedException {
        ProtocolMessage call = received.poll(10, TimeUnit.SECONDS);
        assertThat(call).as("a frame from the client").isNotNull();
        return call;
    }

    /** Sends a frame to every connected client. */
    void send(ProtocolMessage frame) {
        clients.writeAndFlush(frame).syncUninterruptibly();
    }

    /** Sends raw bytes to every connected client, past the codec: for frames that are not frames. */
    void sendRaw(byte[] bytes) {
        for (Channel client : clients) {
            client.pipeline().firstContext().writeAndFlush(Unpooled.wrappedBuffer(bytes)).syncUninterruptibly();
        }
    }

    /** Closes every client connection, as a controller that goes away. */
    void closeClientConnections() {
        clients.close().syncUninterruptibly();
    }

    /** A Reply frame of call {@code id} carrying {@code entries}. */
    static ProtocolMessage reply(long id, MsgApiCallResponse... entries) {
        return ProtocolMessage.of(ProtocolMessage.headerOf(MsgType.ANSWER, id, ApiCalls.REPLY), entries);
    }

    /** A list frame of call {@code id}, named after the call. */
    static ProtocolMessage listAnswer(long id, String call, MessageLite list) {
        return ProtocolMessage.of(ProtocolMessage.headerOf(MsgType.ANSWER, id, call), list);
    }

    /** The COMPLETE frame of call {@code id}. */
    static ProtocolMessage complete(long id) {
        return ProtocolMessage.header(MsgType.COMPLETE, id, "");
    }

    /** An answer entry with a ret code and a message. */
    static MsgApiCallResponse response(long retCode, String message) {
        return MsgApiCallResponse.newBuilder().setRetCode(retCode).setMessage(message).build();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        clients.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private final class Recorder extends SimpleChannelInboundHandler<ProtocolMessage> {
        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            clients.add(ctx.channel());
            if (version != null) {
                ctx.writeAndFlush(ProtocolMessage.of(
                    ProtocolMessage.headerOf(MsgType.ONEWAY, 0, ApiCalls.VERSION), version));
            }
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ProtocolMessage frame) {
            received.add(frame);
            if (frame.type() != MsgType.API_CALL) {
                return;
            }
            List<ProtocolMessage> answers = responder.answer(frame);
            if (answers == null) {
                return;
            }
            List<ProtocolMessage> frames = new ArrayList<>(answers);
            frames.add(complete(frame.apiCallId()));
            frames.forEach(ctx::write);
            ctx.flush();
        }
    }
}
