package io.linstorj.controller.satellite;

import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.SatelliteCalls;
import io.linstorj.protocol.proto.MsgHeader;
import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.MsgNodeObservedState;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's link to one node's satellite: connects, checks the satellite's version,
 * authenticates both ways with the cluster's key, then carries desired states out and observed
 * states in. A satellite that refuses this controller, or cannot prove it belongs to this
 * cluster, is an AUTHENTICATION_ERROR. Any loss leads to a reconnect with backoff until {@link
 * #close()}.
 *
 * <p>The jobs are split: {@link SatellitePipeline} assembles each connection, {@link
 * LinkHandshake} decides the handshake, {@link LinkHeartbeat} pings and notices silence, {@link
 * Reconnect} dials again. This class ties them to the listener, to which it hands the controller's
 * records ({@link ObservedReports}), never the protocol's messages.
 */
public final class SatelliteConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SatelliteConnection.class);

    private final String nodeName;
    private final InetSocketAddress address;
    private final LinkCredentials credentials;
    private final SecureRandom random = new SecureRandom();
    private final SatelliteLinkListener listener;
    private final Bootstrap bootstrap;
    private final Reconnect reconnect;
    private volatile Channel channel;
    private volatile boolean online;
    /** Set once the satellite proved the cluster key: from then on it never gets the secret again. */
    private volatile boolean provedBefore;

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
        this.credentials = credentials;
        this.listener = listener;
        this.bootstrap =
                new SatellitePipeline(nodeName, address, maxFrameLength, heartbeat, LinkHandler::new).bootstrap(group);
        this.reconnect = new Reconnect(group);
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
        if (reconnect.stopped()) {
            return;
        }
        ChannelFuture future = bootstrap.connect();
        channel = future.channel();
        future.addListener(f -> {
            if (!f.isSuccess()) {
                LOG.debug(
                        "node '{}': cannot connect to {}: {}",
                        nodeName,
                        address,
                        f.cause().getMessage());
                reconnect.schedule(this::connect);
            }
        });
    }

    /** Closes the link for good; no reconnect follows. */
    @Override
    public void close() {
        reconnect.stop();
        online = false;
        Channel current = channel;
        if (current != null) {
            current.close();
        }
    }

    /** Handles one TCP connection of this link: carries out its handshake's steps, then the states. */
    private final class LinkHandler extends SimpleChannelInboundHandler<ProtocolMessage> {
        private final LinkHandshake handshake = new LinkHandshake(credentials, nodeName, address, random, provedBefore);

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            listener.statusChanged(nodeName, ConnectionStatus.CONNECTED, "connected to " + address);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ProtocolMessage msg) {
            if (handshake.state() == HandshakeState.ONLINE) {
                receiveOnline(ctx, msg);
            } else {
                carryOut(ctx, handshake.receive(msg), msg);
            }
        }

        private void receiveOnline(ChannelHandlerContext ctx, ProtocolMessage msg) {
            if (ApiCalls.PONG.equals(msg.content())) {
                LOG.trace("node '{}': pong", nodeName);
            } else if (SatelliteCalls.OBSERVED_STATE.equals(msg.content())) {
                // After close() a report still in flight must not reach the observed state.
                if (online) {
                    listener.observed(
                            nodeName, ObservedReports.fromMessage(msg.body(0, MsgNodeObservedState.parser())));
                }
            } else if (msg.type() == MsgHeader.MsgType.COMPLETE) {
                LOG.trace("node '{}': handshake complete", nodeName);
            } else {
                unexpected(ctx, msg);
            }
        }

        private void carryOut(ChannelHandlerContext ctx, LinkHandshake.Step step, ProtocolMessage msg) {
            if (step instanceof LinkHandshake.Send send) {
                ctx.writeAndFlush(send.message());
            } else if (step instanceof LinkHandshake.Fail fail) {
                fail(ctx, fail.status(), fail.reason());
            } else if (step instanceof LinkHandshake.Online authenticated) {
                online(ctx, authenticated.info());
            } else if (step instanceof LinkHandshake.Unexpected) {
                unexpected(ctx, msg);
            } else {
                LOG.trace("node '{}': '{}' changes nothing in the handshake", nodeName, msg.content());
            }
        }

        private void online(ChannelHandlerContext ctx, SatelliteInfo info) {
            online = true;
            provedBefore = true;
            reconnect.succeeded();
            LOG.info("node '{}': satellite {} online (DRBD driver: {})", nodeName, address, info.drbdDriver());
            listener.statusChanged(nodeName, ConnectionStatus.ONLINE, "DRBD driver: " + info.drbdDriver());
            ctx.pipeline().fireUserEventTriggered(LinkHeartbeat.START);
            listener.authenticated(nodeName, info);
        }

        private void unexpected(ChannelHandlerContext ctx, ProtocolMessage msg) {
            LOG.warn("node '{}': unexpected '{}' from satellite {}; reconnecting", nodeName, msg.content(), address);
            ctx.close();
        }

        private void fail(ChannelHandlerContext ctx, ConnectionStatus status, String reason) {
            LOG.warn("node '{}': {} ({})", nodeName, reason, status);
            listener.statusChanged(nodeName, status, reason);
            ctx.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            boolean wasOnline = online;
            online = false;
            if (handshake.state() != HandshakeState.FAILED) {
                if (wasOnline && !reconnect.stopped()) {
                    LOG.warn("node '{}': connection to satellite {} lost", nodeName, address);
                }
                listener.statusChanged(nodeName, ConnectionStatus.OFFLINE, "connection to " + address + " lost");
            }
            reconnect.schedule(SatelliteConnection.this::connect);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (handshake.state() == HandshakeState.AWAITING_VERSION) {
                LinkHandshake.Fail failure = handshake.notTheProtocol(cause);
                fail(ctx, failure.status(), failure.reason());
            } else {
                LOG.warn("node '{}': closing link to {}: {}", nodeName, address, cause.getMessage());
                ctx.close();
            }
        }
    }
}
