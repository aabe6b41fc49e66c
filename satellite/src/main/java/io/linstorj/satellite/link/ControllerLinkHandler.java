package io.linstorj.satellite.link;

import com.google.protobuf.ByteString;
import com.google.protobuf.MessageLite;
import io.linstorj.common.RetCodes;
import io.linstorj.common.trust.ClusterKey;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolVersion;
import io.linstorj.protocol.SatelliteCalls;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.MsgApiVersion;
import io.linstorj.protocol.proto.MsgHeader;
import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.MsgSatelliteAuth;
import io.linstorj.protocol.proto.MsgSatelliteChallenge;
import io.linstorj.protocol.proto.MsgSatelliteInfo;
import io.linstorj.protocol.proto.MsgSatelliteProof;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one controller connection: the handshake (see {@code satellite.proto}), then desired
 * states. Until the controller has proved it holds this satellite's cluster secret nothing it
 * says is acted on; a refusal tells the peer nothing about this satellite (neither its node name
 * nor its cluster), only this satellite's log says why. Anything out of order, or a handshake not
 * finished within {@link #HANDSHAKE_TIMEOUT}, closes the connection.
 */
final class ControllerLinkHandler extends SimpleChannelInboundHandler<ProtocolMessage> {
    /** How long a peer may take to authenticate. */
    static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(15);

    static final String REFUSAL = "This satellite does not accept this controller.";
    static final String REFUSAL_CORRECTION = "Start the satellite with the cluster's secret file"
            + " (--cluster-secret-file), or check that the node's address leads to a satellite of this cluster.";
    private static final Logger LOG = LoggerFactory.getLogger(ControllerLinkHandler.class);

    private final NodeIdentity identity;
    private final ClusterBinding binding;
    private final ControllerLink link;
    private final DesiredStateSink sink;
    private final MsgSatelliteInfo info;
    private final ControllerHandshake handshake;
    private ScheduledFuture<?> handshakeTimeout;
    private boolean authenticated;

    ControllerLinkHandler(
            NodeIdentity identity,
            ClusterBinding binding,
            ControllerLink link,
            DesiredStateSink sink,
            MsgSatelliteInfo info,
            SecureRandom random) {
        this.identity = identity;
        this.binding = binding;
        this.link = link;
        this.sink = sink;
        this.info = info;
        this.handshake = new ControllerHandshake(binding, random);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        // The version goes first so that a controller of another version (or a client that is
        // no controller) learns at once that it reached a LinstorJ satellite it cannot drive.
        ctx.writeAndFlush(ProtocolMessage.of(
                ProtocolMessage.headerOf(MsgHeader.MsgType.ONEWAY, 0, ApiCalls.VERSION),
                MsgApiVersion.newBuilder()
                        .setVersion(ProtocolVersion.CURRENT)
                        .setMinVersion(ProtocolVersion.MINIMUM)
                        .setControllerInfo("LinstorJ satellite")
                        .build()));
        handshakeTimeout = ctx.executor()
                .schedule(
                        () -> {
                            if (!authenticated) {
                                LOG.warn(
                                        "closing connection from {}: no authentication within {} s",
                                        ctx.channel().remoteAddress(),
                                        HANDSHAKE_TIMEOUT.toSeconds());
                                ctx.close();
                            }
                        },
                        HANDSHAKE_TIMEOUT.toMillis(),
                        TimeUnit.MILLISECONDS);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ProtocolMessage msg) {
        String content = msg.content();
        if (authenticated && ApiCalls.PING.equals(content)) {
            ctx.writeAndFlush(ProtocolMessage.header(MsgHeader.MsgType.ONEWAY, 0, ApiCalls.PONG));
        } else if (authenticated && SatelliteCalls.DESIRED_STATE.equals(content)) {
            sink.desiredState(DesiredStates.of(msg.body(0, MsgNodeDesiredState.parser())));
        } else if (!authenticated && SatelliteCalls.AUTH.equals(content) && msg.type() == MsgHeader.MsgType.API_CALL) {
            challenge(ctx, msg);
        } else if (!authenticated && SatelliteCalls.PROOF.equals(content) && msg.type() == MsgHeader.MsgType.API_CALL) {
            verify(ctx, msg);
        } else {
            LOG.warn(
                    "closing connection from {}: unexpected '{}' (authenticated: {})",
                    ctx.channel().remoteAddress(),
                    content,
                    authenticated);
            ctx.close();
        }
    }

    private void challenge(ChannelHandlerContext ctx, ProtocolMessage msg) {
        MsgSatelliteAuth auth = msg.body(0, MsgSatelliteAuth.parser());
        long id = msg.apiCallId();
        if (!ProtocolVersion.compatible((int) auth.getVersion(), (int) auth.getMinVersion())) {
            refuse(
                    ctx,
                    id,
                    SatelliteCalls.AUTH,
                    "The controller speaks link version " + auth.getVersion() + ", this satellite "
                            + ProtocolVersion.CURRENT + ".",
                    "Run the same LinstorJ version on controller and satellites.",
                    "incompatible version");
            return;
        }
        Optional<MsgSatelliteChallenge> challenge = handshake.challenge(auth);
        if (challenge.isEmpty()) {
            refuse(
                    ctx,
                    id,
                    SatelliteCalls.AUTH,
                    REFUSAL,
                    REFUSAL_CORRECTION,
                    "it offers no cluster identity (a controller from before cluster identities, or no controller)");
            return;
        }
        ctx.write(answer(id, SatelliteCalls.CHALLENGE, challenge.get()));
        ctx.writeAndFlush(ProtocolMessage.header(MsgHeader.MsgType.COMPLETE, id, SatelliteCalls.AUTH));
    }

    private void verify(ChannelHandlerContext ctx, ProtocolMessage msg) {
        long id = msg.apiCallId();
        ControllerHandshake.Outcome outcome = handshake.verify(msg.body(0, MsgSatelliteProof.parser()));
        if (outcome instanceof ControllerHandshake.Outcome.Refused refused) {
            refuse(ctx, id, SatelliteCalls.PROOF, REFUSAL, REFUSAL_CORRECTION, refused.reason());
            return;
        }
        ControllerHandshake.Outcome.Accepted accepted = (ControllerHandshake.Outcome.Accepted) outcome;
        String nodeName = handshake.requestedNodeName();
        if (!identity.accepts(nodeName)) {
            // The peer proved the secret (or adopts a satellite without a cluster): echo only its own words.
            refuse(
                    ctx,
                    id,
                    SatelliteCalls.PROOF,
                    "This satellite serves another node than '" + nodeName + "'.",
                    "Check the node's address: it leads to another node's satellite.",
                    "it asks for node '" + nodeName + "', this satellite is '"
                            + identity.name().orElse("") + "'");
            return;
        }
        if (accepted.adopts() && !adopt(ctx, id, accepted.key())) {
            return;
        }
        identity.claim(nodeName);
        admit(ctx, id, nodeName, accepted.key());
    }

    private boolean adopt(ChannelHandlerContext ctx, long id, ClusterKey key) {
        try {
            if (binding.adopt(key)) {
                LOG.info(
                        "controller {} adopted this satellite into cluster {}",
                        ctx.channel().remoteAddress(),
                        key.clusterId());
                return true;
            }
            refuse(
                    ctx,
                    id,
                    SatelliteCalls.PROOF,
                    REFUSAL,
                    REFUSAL_CORRECTION,
                    "another controller adopted this satellite first");
        } catch (UncheckedIOException e) {
            refuse(
                    ctx,
                    id,
                    SatelliteCalls.PROOF,
                    "This satellite cannot store its cluster identity.",
                    "See the satellite's log; check that its data directory is writable.",
                    "cannot store the cluster identity: " + e.getMessage());
        }
        return false;
    }

    private void admit(ChannelHandlerContext ctx, long id, String nodeName, ClusterKey key) {
        authenticated = true;
        if (handshakeTimeout != null) {
            handshakeTimeout.cancel(false);
        }
        link.attach(ctx.channel());
        LOG.info(
                "controller {} of cluster {} authenticated this satellite as node '{}'",
                ctx.channel().remoteAddress(),
                key.clusterId(),
                nodeName);
        ctx.write(answer(
                id,
                SatelliteCalls.PROOF,
                MsgApiCallResponse.newBuilder()
                        .setRetCode(RetCodes.MASK_SUCCESS)
                        .setMessage("Satellite '" + nodeName + "' authenticated.")
                        .build()));
        ctx.write(answer(
                id,
                SatelliteCalls.INFO,
                info.toBuilder()
                        .setNodeName(nodeName)
                        .setSatelliteProof(ByteString.copyFrom(handshake.satelliteProof(key)))
                        .build()));
        ctx.writeAndFlush(ProtocolMessage.header(MsgHeader.MsgType.COMPLETE, id, SatelliteCalls.PROOF));
    }

    private static void refuse(
            ChannelHandlerContext ctx, long id, String call, String message, String correction, String logReason) {
        LOG.warn("refusing controller {}: {}", ctx.channel().remoteAddress(), logReason);
        ctx.write(answer(
                id,
                call,
                MsgApiCallResponse.newBuilder()
                        .setRetCode(RetCodes.API_CALL_AUTH_REQ)
                        .setMessage(message)
                        .setCorrection(correction)
                        .build()));
        ctx.writeAndFlush(ProtocolMessage.header(MsgHeader.MsgType.COMPLETE, id, call))
                .addListener(f -> ctx.close());
    }

    private static ProtocolMessage answer(long id, String content, MessageLite body) {
        String answerContent = body instanceof MsgApiCallResponse ? ApiCalls.REPLY : content;
        return ProtocolMessage.of(ProtocolMessage.headerOf(MsgHeader.MsgType.ANSWER, id, answerContent), body);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (handshakeTimeout != null) {
            handshakeTimeout.cancel(false);
        }
        link.detach(ctx.channel());
        if (authenticated) {
            LOG.info("controller {} disconnected", ctx.channel().remoteAddress());
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("closing connection from {}: {}", ctx.channel().remoteAddress(), cause.getMessage());
        ctx.close();
    }
}
