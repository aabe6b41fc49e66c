package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.MessageLite;
import io.linstorj.common.RetCodes;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ClientApiVersion;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.linstor.EventVlmDiskState;
import io.linstorj.protocol.linstor.MsgApiVersion;
import io.linstorj.protocol.linstor.MsgEvent;
import io.linstorj.protocol.proto.MsgHeader;
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
 * accept, records every frame it receives and answers API calls as its {@link Responder} says. It
 * speaks LINSTOR's client protocol as the controller's LINSTOR dialect does: its helpers build the
 * wire schemas' messages ({@code io.linstorj.protocol.linstor}).
 */
final class FakeController implements AutoCloseable {
    /** Answers one API call: the ANSWER frames to send before COMPLETE, or null to stay silent. */
    @FunctionalInterface
    interface Responder {
        @Nullable
        List<ProtocolMessage> answer(ProtocolMessage call);
    }

    /** Frames to send to the caller right after the COMPLETE of a call, e.g. the events of a new watch. */
    @FunctionalInterface
    interface FollowUp {
        List<ProtocolMessage> after(ProtocolMessage call);
    }

    /** Answers every call with one successful Reply entry. */
    static final Responder SUCCESS = call ->
            List.of(reply(call.apiCallId(), response(RetCodes.MASK_CRT | RetCodes.CREATED, call.content() + " done.")));
    /** Leaves every call unanswered; the test answers with {@link #send}. */
    static final Responder SILENT = call -> null;

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final ChannelGroup clients = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final BlockingQueue<ProtocolMessage> received = new LinkedBlockingQueue<>();
    private final Channel server;
    private final @Nullable MsgApiVersion version;
    private volatile Responder responder = SUCCESS;
    private volatile FollowUp followUp = call -> List.of();

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
        return start(ClientApiVersion.CURRENT, ClientApiVersion.MINIMUM);
    }

    /** Starts a controller that announces protocol versions {@code minVersion} to {@code version}. */
    static FakeController start(int version, int minVersion) {
        return new FakeController(MsgApiVersion.newBuilder()
                .setVersion(version)
                .setMinVersion(minVersion)
                .setControllerInfo("fake controller")
                .build());
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

    /** Sets what is sent after each call's COMPLETE from now on. */
    void followWith(FollowUp newFollowUp) {
        followUp = newFollowUp;
    }

    /** Takes frames a client sent until one for {@code content}, waiting up to 10 s for each. */
    ProtocolMessage takeCall(String content) throws InterruptedException {
        while (true) {
            ProtocolMessage call = takeCall();
            if (call.content().equals(content)) {
                return call;
            }
        }
    }

    /** The names of the frames received and not taken yet, in order; takes them. */
    List<String> drainCallNames() {
        List<ProtocolMessage> frames = new ArrayList<>();
        received.drainTo(frames);
        return frames.stream().map(ProtocolMessage::content).toList();
    }

    /** Takes the next frame a client sent, waiting up to 30 s; fails the test if none came. */
    ProtocolMessage takeCall() throws InterruptedException {
        ProtocolMessage call = received.poll(30, TimeUnit.SECONDS);
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
            client.pipeline()
                    .firstContext()
                    .writeAndFlush(Unpooled.wrappedBuffer(bytes))
                    .syncUninterruptibly();
        }
    }

    /** Closes every client connection, as a controller that goes away. */
    void closeClientConnections() {
        clients.close().syncUninterruptibly();
    }

    /** A Reply frame of call {@code id} carrying {@code entries}. */
    static ProtocolMessage reply(long id, io.linstorj.protocol.linstor.ApiCallResponse... entries) {
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

    /** An Event frame: {@code header}, then {@code data} unless null. */
    static ProtocolMessage event(MsgEvent header, @Nullable MessageLite data) {
        MsgHeader frameHeader = ProtocolMessage.headerOf(MsgType.ONEWAY, 0, ApiCalls.EVENT);
        return data == null ? ProtocolMessage.of(frameHeader, header) : ProtocolMessage.of(frameHeader, header, data);
    }

    /** An event header of watch {@code watchId} about volume {@code volumeNumber} of a resource on a node. */
    static MsgEvent eventHeader(
            int watchId, String action, String eventName, String node, String resource, int volumeNumber) {
        return MsgEvent.newBuilder()
                .setWatchId(watchId)
                .setEventAction(action)
                .setEventName(eventName)
                .setNodeName(node)
                .setResourceName(resource)
                .setVolumeNumber(volumeNumber)
                .build();
    }

    /** A disk state event of watch {@code watchId}, volume 0 of {@code resource} on {@code node}. */
    static ProtocolMessage diskState(int watchId, String action, String node, String resource, String diskState) {
        return event(
                eventHeader(watchId, action, Consts.EVENT_VOLUME_DISK_STATE, node, resource, 0),
                EventVlmDiskState.newBuilder().setDiskState(diskState).build());
    }

    /** An answer entry (LINSTOR's ApiCallResponse) with a ret code and a message. */
    static io.linstorj.protocol.linstor.ApiCallResponse response(long retCode, String message) {
        return io.linstorj.protocol.linstor.ApiCallResponse.newBuilder()
                .setRetCode(retCode)
                .setMessage(message)
                .build();
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
                ctx.writeAndFlush(
                        ProtocolMessage.of(ProtocolMessage.headerOf(MsgType.ONEWAY, 0, ApiCalls.VERSION), version));
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
            frames.addAll(followUp.after(frame));
            frames.forEach(ctx::write);
            ctx.flush();
        }
    }
}
