package io.linstorj.controller.transport;

import com.google.protobuf.ByteString;
import com.google.protobuf.MessageLite;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.MsgApiVersion;
import io.linstorj.protocol.proto.MsgHeader;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal client of the client protocol for tests: Netty with the protocol codec, every
 * received frame in a queue. Not thread-safe: one thread drives one client.
 */
public final class RawProtocolClient implements AutoCloseable {
    private static final long WAIT_SECONDS = 30;

    private final EventLoopGroup group;
    private final Channel channel;
    private final BlockingQueue<ProtocolMessage> inbound;
    private final MsgApiVersion version;
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, List<ProtocolMessage>> early = new HashMap<>();

    private RawProtocolClient(EventLoopGroup group, Channel channel, BlockingQueue<ProtocolMessage> inbound)
            throws InterruptedException {
        this.group = group;
        this.channel = channel;
        this.inbound = inbound;
        ProtocolMessage first = take();
        if (!ApiCalls.VERSION.equals(first.content()) || first.type() != MsgHeader.MsgType.ONEWAY) {
            throw new AssertionError("expected the Version message first, got " + first.header());
        }
        this.version = first.body(0, MsgApiVersion.parser());
    }

    /** Connects and waits for the controller's Version message. */
    public static RawProtocolClient connect(InetSocketAddress address) throws InterruptedException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        BlockingQueue<ProtocolMessage> inbound = new LinkedBlockingQueue<>();
        Channel channel = new Bootstrap()
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
                .connect(address)
                .sync()
                .channel();
        return new RawProtocolClient(group, channel, inbound);
    }

    /** The Version message received on connect. */
    public MsgApiVersion version() {
        return version;
    }

    /** A fresh call id. */
    public long newId() {
        return nextId.getAndIncrement();
    }

    /** Sends an API_CALL with {@code id} and the given bodies, without waiting. */
    public void send(long id, String call, MessageLite... bodies) {
        send(id, call, false, bodies);
    }

    /**
     * Sends an API_CALL with {@code id} and the given bodies whose header sets
     * {@code accepts_parts} as given, without waiting.
     */
    public void send(long id, String call, boolean acceptsParts, MessageLite... bodies) {
        channel.writeAndFlush(ProtocolMessage.of(
                ProtocolMessage.headerOf(MsgHeader.MsgType.API_CALL, id, call, acceptsParts), bodies));
    }

    /** Sends a header-only ONEWAY frame named {@code content}, as a client never should. */
    public void sendOneway(String content) {
        channel.writeAndFlush(ProtocolMessage.header(MsgHeader.MsgType.ONEWAY, 0, content));
    }

    /** Writes an API_CALL with {@code id} without flushing; {@link #flush()} sends everything written. */
    public void write(long id, String call, MessageLite... bodies) {
        channel.write(ProtocolMessage.of(ProtocolMessage.headerOf(MsgHeader.MsgType.API_CALL, id, call), bodies));
    }

    /** Sends what {@link #write} wrote. */
    public void flush() {
        channel.flush();
    }

    /** The number of calls answered completely so far (received COMPLETE), without waiting. */
    public int completedSoFar() {
        ProtocolMessage message;
        while ((message = inbound.poll()) != null) {
            early.computeIfAbsent(message.apiCallId(), key -> new ArrayList<>()).add(message);
        }
        int completed = 0;
        for (List<ProtocolMessage> frames : early.values()) {
            if (!frames.isEmpty() && frames.get(frames.size() - 1).type() == MsgHeader.MsgType.COMPLETE) {
                completed++;
            }
        }
        return completed;
    }

    /** Sends a frame built around {@code payload} bytes as they are (no check). */
    public void sendFramePayload(long id, String call, byte[] body) {
        ProtocolMessage message = new ProtocolMessage(
                ProtocolMessage.headerOf(MsgHeader.MsgType.API_CALL, id, call), List.of(ByteString.copyFrom(body)));
        channel.writeAndFlush(message);
    }

    /** Writes raw bytes to the socket, bypassing both encoders. */
    public void sendRaw(byte[] bytes) {
        channel.pipeline().firstContext().writeAndFlush(Unpooled.wrappedBuffer(bytes));
    }

    /** Sends a call and waits for its frames up to and including COMPLETE; returns the ANSWER frames. */
    public List<ProtocolMessage> call(String call, MessageLite... bodies) throws InterruptedException {
        long id = newId();
        send(id, call, bodies);
        return awaitAnswers(id);
    }

    /**
     * Sends a call whose header sets {@code accepts_parts}, as LinstorJ's client does, and returns
     * its ANSWER frames as they came: {@code Part} frames if the controller split the answer.
     */
    public List<ProtocolMessage> callAcceptingParts(String call, MessageLite... bodies) throws InterruptedException {
        long id = newId();
        send(id, call, true, bodies);
        return awaitAnswers(id);
    }

    /**
     * Sends a call and returns the reply entries of its answer.
     *
     * @throws AssertionError if an answer is not a Reply
     */
    public List<ApiCallResponse> callForReplies(String call, MessageLite... bodies) throws InterruptedException {
        List<ProtocolMessage> answers = call(call, bodies);
        List<ApiCallResponse> replies = new ArrayList<>();
        for (ProtocolMessage answer : answers) {
            if (!ApiCalls.REPLY.equals(answer.content())) {
                throw new AssertionError("expected a Reply answer, got " + answer.content());
            }
            replies.addAll(answer.allBodies(ApiCallResponse.parser()));
        }
        return replies;
    }

    /**
     * Waits for the frames of call {@code id} up to its COMPLETE and returns its ANSWER frames;
     * frames of other calls are kept for their own wait.
     */
    public List<ProtocolMessage> awaitAnswers(long id) throws InterruptedException {
        List<ProtocolMessage> frames = early.computeIfAbsent(id, key -> new ArrayList<>());
        while (frames.isEmpty() || frames.get(frames.size() - 1).type() != MsgHeader.MsgType.COMPLETE) {
            ProtocolMessage message = take();
            early.computeIfAbsent(message.apiCallId(), key -> new ArrayList<>()).add(message);
        }
        early.remove(id);
        return frames.subList(0, frames.size() - 1);
    }

    /**
     * The next ONEWAY frame (an event), including one that arrived while waiting for a call's
     * answers; fails after 30 s. Call it with no call outstanding.
     */
    public ProtocolMessage takeOneway() throws InterruptedException {
        List<ProtocolMessage> stashed = early.get(0L);
        ProtocolMessage message = stashed != null && !stashed.isEmpty() ? stashed.remove(0) : take();
        if (message.type() != MsgHeader.MsgType.ONEWAY) {
            throw new AssertionError("expected a ONEWAY frame, got " + message.header());
        }
        return message;
    }

    /** The next received frame; fails after 30 s. */
    public ProtocolMessage take() throws InterruptedException {
        ProtocolMessage message = inbound.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no frame from the controller within " + WAIT_SECONDS + " s");
        }
        return message;
    }

    /** Waits until the controller closed the connection; true when it did. */
    public boolean awaitClosedByPeer() {
        return channel.closeFuture().awaitUninterruptibly(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
