package io.linstorj.controller.satellite;

import io.linstorj.common.RetCodes;
import io.linstorj.common.trust.ClusterKey;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.ProtocolVersion;
import io.linstorj.protocol.SatelliteCalls;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.MsgApiVersion;
import io.linstorj.protocol.proto.MsgHeader;
import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.MsgNodeObservedState;
import io.linstorj.protocol.proto.MsgSatelliteChallenge;
import io.linstorj.protocol.proto.MsgSatelliteInfo;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's link to one node's satellite: connects, checks the satellite's version,
 * authenticates both ways with the cluster's key ({@link SatelliteHandshake}), then carries desired
 * states out and observed states in. A satellite that refuses this controller, or cannot prove it
 * belongs to this cluster, is an AUTHENTICATION_ERROR. Any loss leads to a reconnect with backoff
 * until {@link #close()}.
 */
public final class SatelliteConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SatelliteConnection.class);
    private static final int CONNECT_TIMEOUT_MILLIS = 3000;
    private static final long AUTH_CALL_ID = 1;
    private static final long PROOF_CALL_ID = 2;

    private final String nodeName;
    private final InetSocketAddress address;
    private final EventLoopGroup group;
    private final LinkCredentials credentials;
    private final SecureRandom random = new SecureRandom();
    private final int maxFrameLength;
    private final SatelliteLinkListener listener;
    private final Heartbeat heartbeat;
    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));
    private volatile Channel channel;
    private volatile boolean online;
    /** Set once the satellite proved the cluster key: from then on it never gets the secret again. */
    private volatile boolean provedBefore;

    private volatile boolean closed;

    /**
     * Creates a link; {@link #start()} makes the first attempt.
     *
     * @param group the event loops the link runs on (shared by all links)
     */
    public SatelliteConnection(
            String nodeName,
            InetSocketAddress address,
            EventLoopGroup group,
            LinkCredentials credentials,
            int maxFrameLength,
            SatelliteLinkListener listener) {
        this(nodeName, address, group, credentials, maxFrameLength, listener, Heartbeat.DEFAULT);
    }

    /**
     * Creates a link with its own heartbeat: a ping every {@code heartbeat.interval()}; a satellite
     * silent for {@code heartbeat.timeout()} is taken as lost, even where no TCP reset says so.
     */
    public SatelliteConnection(
            String nodeName,
            InetSocketAddress address,
            EventLoopGroup group,
            LinkCredentials credentials,
            int maxFrameLength,
            SatelliteLinkListener listener,
            Heartbeat heartbeat) {
        this.nodeName = nodeName;
        this.address = address;
        this.group = group;
        this.credentials = credentials;
        this.maxFrameLength = maxFrameLength;
        this.listener = listener;
        this.heartbeat = heartbeat;
    }

    /**
     * How the controller notices a satellite that went silent without closing the connection.
     *
     * @param interval time between pings
     * @param timeout  silence after which the link is closed and reconnected
     */
    public record Heartbeat(Duration interval, Duration timeout) {
        /** A ping every 5 s; 20 s of silence is a lost satellite. */
        public static final Heartbeat DEFAULT = new Heartbeat(Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    /** The node this link serves. */
    public String nodeName() {
        return nodeName;
    }

    /** The satellite's address. */
    public InetSocketAddress address() {
        return address;
    }

    /** Starts connecting. */
    public void start() {
        connect();
    }

    /**
     * Sends the node's desired state if the satellite is online; otherwise drops it, since the
     * complete state is sent again after every authentication.
     *
     * @return true if it was handed to the connection
     */
    public boolean send(MsgNodeDesiredState state) {
        Channel current = channel;
        if (!online || current == null) {
            return false;
        }
        current.writeAndFlush(ProtocolMessage.of(
                ProtocolMessage.headerOf(MsgHeader.MsgType.ONEWAY, 0, SatelliteCalls.DESIRED_STATE), state));
        return true;
    }

    /** True while the satellite is authenticated. */
    public boolean isOnline() {
        return online;
    }

    private void connect() {
        if (closed) {
            return;
        }
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ProtocolPipeline.addCodec(ch.pipeline(), maxFrameLength);
                        ch.pipeline()
                                .addLast(new IdleStateHandler(
                                        heartbeat.timeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS));
                        ch.pipeline().addLast(new LinkHandler());
                    }
                });
        ChannelFuture future = bootstrap.connect(address);
        channel = future.channel();
        future.addListener(f -> {
            if (!f.isSuccess()) {
                LOG.debug(
                        "node '{}': cannot connect to {}: {}",
                        nodeName,
                        address,
                        f.cause().getMessage());
                scheduleReconnect();
            }
        });
    }

    private void scheduleReconnect() {
        if (closed) {
            return;
        }
        Duration delay = backoff.nextDelay();
        group.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Closes the link for good; no reconnect follows. */
    @Override
    public void close() {
        closed = true;
        online = false;
        Channel current = channel;
        if (current != null) {
            current.close();
        }
    }

    /** Handles one TCP connection of this link. */
    private final class LinkHandler extends SimpleChannelInboundHandler<ProtocolMessage> {
        private boolean versionChecked;
        private boolean proofSent;
        private SatelliteHandshake handshake;
        private ConnectionStatus failure;
        private ScheduledFuture<?> pings;

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            listener.statusChanged(nodeName, ConnectionStatus.CONNECTED, "connected to " + address);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ProtocolMessage msg) {
            if (!versionChecked) {
                checkVersion(ctx, msg);
            } else if (ApiCalls.PONG.equals(msg.content())) {
                LOG.trace("node '{}': pong", nodeName);
            } else if (SatelliteCalls.OBSERVED_STATE.equals(msg.content()) && online) {
                listener.observed(nodeName, msg.body(0, MsgNodeObservedState.parser()));
            } else if (msg.apiCallId() == AUTH_CALL_ID && msg.type() == MsgHeader.MsgType.ANSWER && !online) {
                challengeAnswer(ctx, msg);
            } else if (msg.apiCallId() == PROOF_CALL_ID && msg.type() == MsgHeader.MsgType.ANSWER && !online) {
                proofAnswer(ctx, msg);
            } else if (msg.type() == MsgHeader.MsgType.COMPLETE
                    && !online
                    && (msg.apiCallId() == AUTH_CALL_ID || msg.apiCallId() == PROOF_CALL_ID)) {
                if (failure == null && (msg.apiCallId() == PROOF_CALL_ID || !proofSent)) {
                    fail(
                            ctx,
                            ConnectionStatus.AUTHENTICATION_ERROR,
                            "the satellite at " + address + " ended the handshake without authenticating");
                }
            } else if (msg.type() == MsgHeader.MsgType.COMPLETE && online) {
                LOG.trace("node '{}': handshake complete", nodeName);
            } else {
                LOG.warn(
                        "node '{}': unexpected '{}' from satellite {}; reconnecting", nodeName, msg.content(), address);
                ctx.close();
            }
        }

        private void checkVersion(ChannelHandlerContext ctx, ProtocolMessage msg) {
            if (!ApiCalls.VERSION.equals(msg.content())) {
                fail(ctx, ConnectionStatus.VERSION_MISMATCH, "the peer at " + address + " is not a LinstorJ satellite");
                return;
            }
            MsgApiVersion version = msg.body(0, MsgApiVersion.parser());
            if (!ProtocolVersion.compatible((int) version.getVersion(), (int) version.getMinVersion())) {
                fail(
                        ctx,
                        ConnectionStatus.VERSION_MISMATCH,
                        "the satellite speaks versions " + version.getMinVersion() + ".." + version.getVersion()
                                + ", this controller " + ProtocolVersion.CURRENT);
                return;
            }
            versionChecked = true;
            handshake = new SatelliteHandshake(credentials, nodeName, random);
            ctx.writeAndFlush(ProtocolMessage.of(
                    ProtocolMessage.headerOf(MsgHeader.MsgType.API_CALL, AUTH_CALL_ID, SatelliteCalls.AUTH),
                    handshake.auth()));
        }

        private void challengeAnswer(ChannelHandlerContext ctx, ProtocolMessage msg) {
            if (ApiCalls.REPLY.equals(msg.content())) {
                refused(ctx, msg);
                return;
            }
            if (!SatelliteCalls.CHALLENGE.equals(msg.content()) || proofSent) {
                fail(
                        ctx,
                        ConnectionStatus.AUTHENTICATION_ERROR,
                        "the satellite at " + address + " answered the handshake"
                                + " with '" + msg.content()
                                + "': it runs a LinstorJ version without cluster identities; run the"
                                + " same version on controller and satellites");
                return;
            }
            MsgSatelliteChallenge challenge = msg.body(0, MsgSatelliteChallenge.parser());
            if (challenge.getSatelliteNonce().size() != ClusterKey.NONCE_BYTES) {
                fail(
                        ctx,
                        ConnectionStatus.AUTHENTICATION_ERROR,
                        "the satellite at " + address + " sent a challenge without a proper nonce");
                return;
            }
            if (challenge.getAdoptable() && provedBefore) {
                fail(
                        ctx,
                        ConnectionStatus.AUTHENTICATION_ERROR,
                        "the peer at " + address + " asks for this cluster's"
                                + " secret, but the node's satellite proved it belongs to this cluster before: it is no longer"
                                + " that satellite, or its data directory was lost; start the satellite with --cluster-secret-file");
                return;
            }
            if (challenge.getAdoptable()) {
                LOG.warn(
                        "node '{}': the satellite at {} belongs to no cluster yet; it adopts cluster {} and receives"
                                + " its secret once (trust on first use; --cluster-secret-file on the satellite avoids sending it)",
                        nodeName,
                        address,
                        credentials.key().clusterId());
            }
            proofSent = true;
            ctx.writeAndFlush(ProtocolMessage.of(
                    ProtocolMessage.headerOf(MsgHeader.MsgType.API_CALL, PROOF_CALL_ID, SatelliteCalls.PROOF),
                    handshake.respond(challenge)));
        }

        private void proofAnswer(ChannelHandlerContext ctx, ProtocolMessage msg) {
            if (ApiCalls.REPLY.equals(msg.content())) {
                refused(ctx, msg);
                return;
            }
            if (!SatelliteCalls.INFO.equals(msg.content())) {
                fail(
                        ctx,
                        ConnectionStatus.AUTHENTICATION_ERROR,
                        "the satellite at " + address + " answered the proof with '" + msg.content() + "'");
                return;
            }
            MsgSatelliteInfo info = msg.body(0, MsgSatelliteInfo.parser());
            if (!handshake.satelliteProved(info.getSatelliteProof().toByteArray())) {
                fail(
                        ctx,
                        ConnectionStatus.AUTHENTICATION_ERROR,
                        "the peer at " + address
                                + " accepted this controller but could not prove it belongs to cluster "
                                + credentials.key().clusterId() + "; it is not taken for the node's satellite");
                return;
            }
            online = true;
            provedBefore = true;
            backoff.reset();
            LOG.info("node '{}': satellite {} online (DRBD driver: {})", nodeName, address, info.getDrbdDriver());
            listener.statusChanged(nodeName, ConnectionStatus.ONLINE, "DRBD driver: " + info.getDrbdDriver());
            startPings(ctx);
            listener.authenticated(
                    nodeName, info.toBuilder().clearSatelliteProof().build());
        }

        /** A "Reply" in the handshake: a success is a step, an error is the satellite's refusal. */
        private void refused(ChannelHandlerContext ctx, ProtocolMessage msg) {
            MsgApiCallResponse reply = msg.body(0, MsgApiCallResponse.parser());
            if (RetCodes.isError(reply.getRetCode())) {
                fail(
                        ctx,
                        ConnectionStatus.AUTHENTICATION_ERROR,
                        "the satellite at " + address
                                + " refused this controller of cluster "
                                + credentials.key().clusterId() + ": " + reply.getMessage()
                                + " " + reply.getCorrection());
            }
        }

        private void startPings(ChannelHandlerContext ctx) {
            long every = heartbeat.interval().toMillis();
            pings = ctx.executor()
                    .scheduleAtFixedRate(
                            () -> ctx.writeAndFlush(ProtocolMessage.header(MsgHeader.MsgType.ONEWAY, 0, ApiCalls.PING)),
                            every,
                            every,
                            TimeUnit.MILLISECONDS);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE) {
                LOG.warn(
                        "node '{}': satellite {} silent for {} ms; reconnecting",
                        nodeName,
                        address,
                        heartbeat.timeout().toMillis());
                ctx.close();
            } else {
                ctx.fireUserEventTriggered(event);
            }
        }

        private void fail(ChannelHandlerContext ctx, ConnectionStatus status, String reason) {
            failure = status;
            LOG.warn("node '{}': {} ({})", nodeName, reason, status);
            listener.statusChanged(nodeName, status, reason);
            ctx.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (pings != null) {
                pings.cancel(false);
            }
            boolean wasOnline = online;
            online = false;
            if (failure == null) {
                if (wasOnline && !closed) {
                    LOG.warn("node '{}': connection to satellite {} lost", nodeName, address);
                }
                listener.statusChanged(nodeName, ConnectionStatus.OFFLINE, "connection to " + address + " lost");
            }
            scheduleReconnect();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (!versionChecked) {
                fail(
                        ctx,
                        ConnectionStatus.VERSION_MISMATCH,
                        "the peer at " + address + " does not speak the LinstorJ protocol: " + cause.getMessage());
            } else {
                LOG.warn("node '{}': closing link to {}: {}", nodeName, address, cause.getMessage());
                ctx.close();
            }
        }
    }
}
