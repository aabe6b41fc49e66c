package io.linstorj.satellite.link;

import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolVersion;
import io.linstorj.protocol.RetCodes;
import io.linstorj.protocol.SatelliteCalls;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.MsgApiVersion;
import io.linstorj.protocol.proto.MsgHeader;
import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.MsgSatelliteAuth;
import io.linstorj.protocol.proto.MsgSatelliteInfo;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one controller connection: the authentication handshake, then desired states.
 * A desired state before authentication, or a frame the codec refused, closes the connection.
 */
final class ControllerLinkHandler extends SimpleChannelInboundHandler<ProtocolMessage> {
    private static final Logger LOG = LoggerFactory.getLogger(ControllerLinkHandler.class);

    private final NodeIdentity identity;
    private final ControllerLink link;
    private final DesiredStateSink sink;
    private final MsgSatelliteInfo info;
    private boolean authenticated;

    ControllerLinkHandler(NodeIdentity identity, ControllerLink link, DesiredStateSink sink, MsgSatelliteInfo info) {
        this.identity = identity;
        this.link = link;
        this.sink = sink;
        this.info = info;
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
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ProtocolMessage msg) {
        String content = msg.content();
        if (SatelliteCalls.AUTH.equals(content)) {
            authenticate(ctx, msg);
        } else if (ApiCalls.PING.equals(content) && authenticated) {
            ctx.writeAndFlush(ProtocolMessage.header(MsgHeader.MsgType.ONEWAY, 0, ApiCalls.PONG));
        } else if (SatelliteCalls.DESIRED_STATE.equals(content) && authenticated) {
            sink.desiredState(msg.body(0, MsgNodeDesiredState.parser()));
        } else {
            LOG.warn("closing connection from {}: unexpected '{}' (authenticated: {})",
                ctx.channel().remoteAddress(), content, authenticated);
            ctx.close();
        }
    }

    private void authenticate(ChannelHandlerContext ctx, ProtocolMessage msg) {
        MsgSatelliteAuth auth = msg.body(0, MsgSatelliteAuth.parser());
        long id = msg.apiCallId();
        if (!ProtocolVersion.compatible((int) auth.getVersion(), (int) auth.getMinVersion())) {
            refuse(ctx, id, "The controller speaks link version " + auth.getVersion()
                + ", this satellite " + ProtocolVersion.CURRENT + ".",
                "Run the same LinstorJ version on controller and satellites.");
            return;
        }
        if (!identity.claim(auth.getNodeName())) {
            refuse(ctx, id, "This satellite is node '" + identity.name().orElse("") + "', not '"
                + auth.getNodeName() + "'.",
                "Check the node's address: it points at another node's satellite.");
            return;
        }
        authenticated = true;
        link.attach(ctx.channel());
        LOG.info("controller {} authenticated this satellite as node '{}'", ctx.channel().remoteAddress(),
            auth.getNodeName());
        ctx.write(answer(id, SatelliteCalls.AUTH, MsgApiCallResponse.newBuilder()
            .setRetCode(RetCodes.MASK_SUCCESS)
            .setMessage("Satellite '" + auth.getNodeName() + "' authenticated.").build()));
        ctx.write(answer(id, SatelliteCalls.INFO, info.toBuilder().setNodeName(auth.getNodeName()).build()));
        ctx.writeAndFlush(ProtocolMessage.header(MsgHeader.MsgType.COMPLETE, id, SatelliteCalls.AUTH));
    }

    private static void refuse(ChannelHandlerContext ctx, long id, String message, String correction) {
        LOG.warn("refusing controller {}: {}", ctx.channel().remoteAddress(), message);
        ctx.write(answer(id, SatelliteCalls.AUTH, MsgApiCallResponse.newBuilder()
            .setRetCode(RetCodes.API_CALL_AUTH_REQ)
            .setMessage(message).setCorrection(correction).build()));
        ctx.writeAndFlush(ProtocolMessage.header(MsgHeader.MsgType.COMPLETE, id, SatelliteCalls.AUTH))
            .addListener(f -> ctx.close());
    }

    private static ProtocolMessage answer(long id, String content, com.google.protobuf.MessageLite body) {
        String answerContent = body instanceof MsgApiCallResponse ? "Reply" : content;
        return ProtocolMessage.of(ProtocolMessage.headerOf(MsgHeader.MsgType.ANSWER, id, answerContent), body);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
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
