package io.linstorj.controller.transport;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.proto.MsgHeader;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * The only handler of a connection over a limit: instead of the Version it sends one ONEWAY
 * {@code Refused} frame with one {@code ApiCallResponse} (LINSTOR's shape) saying why, closes, and reads nothing.
 */
final class RefusingHandler extends ChannelInboundHandlerAdapter {
    private final String reason;

    RefusingHandler(String reason) {
        this.reason = reason;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ApiCallRc refusal = ApiCallRc.of(
                        RetCodes.FAIL_ACC_DENIED_COMMAND, "The controller refuses the connection: " + reason + ".")
                .withCause(reason)
                .withCorrection("Close unused connections, or raise the limit on the controller's command line.");
        ctx.writeAndFlush(ProtocolMessage.of(
                        ProtocolMessage.headerOf(MsgHeader.MsgType.ONEWAY, 0, ApiCalls.REFUSED),
                        LinstorMessages.toProto(refusal)))
                .addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        io.netty.util.ReferenceCountUtil.release(msg);
    }
}
