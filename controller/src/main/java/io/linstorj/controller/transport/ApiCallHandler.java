package io.linstorj.controller.transport;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.errorreport.ErrorReporter;
import io.linstorj.protocol.AnswerParts;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ClientApiVersion;
import io.linstorj.protocol.MalformedMessageException;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.MsgApiVersion;
import io.linstorj.protocol.proto.MsgHeader;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a client connection: sends LINSTOR's Version message on accept, dispatches
 * API_CALL frames through the call table ({@link ClientCalls}: LINSTOR's dialect with LinstorJ's
 * additions) and writes each answer (ANSWER, then COMPLETE with the call's id) when its future
 * completes, so many calls run at once and never block the event loop. A query a service refuses
 * (its future fails with an ApiRcException) is answered with the refusal's entries. A broken frame
 * closes this connection only; any other frame than an API_CALL (such as the ONEWAY
 * {@code LinstorJDialect} of LinstorJ's clients before issue 14) is ignored with a rate-limited
 * warning.
 *
 * <p>An answer larger than {@link AnswerParts#DEFAULT_PART_BYTES} goes out as {@code Part} frames
 * only when the call's header set {@code accepts_parts} (LinstorJ's clients do); LINSTOR's clients
 * know no parts and get every answer whole. A client that already leaves more than the
 * pending-reply bound unread while its reading is paused (see {@link ConnectionGuard}) gets no
 * more answers: it is dropped.
 */
final class ApiCallHandler extends SimpleChannelInboundHandler<ProtocolMessage> {
    private static final Logger LOG = LoggerFactory.getLogger(ApiCallHandler.class);

    private final ClientCalls calls;
    private final ClientSessions sessions;
    private final String controllerInfo;
    private final ConnectionActivity activity;
    private final long maxPendingWriteBytes;
    private final LogRateLimiter warnings;
    private final ErrorReporter errors;
    private NettyClientSession session;

    ApiCallHandler(
            ClientCalls calls,
            ClientSessions sessions,
            String controllerInfo,
            ConnectionActivity activity,
            long maxPendingWriteBytes,
            LogRateLimiter warnings,
            ErrorReporter errors) {
        this.errors = errors;
        this.calls = calls;
        this.sessions = sessions;
        this.controllerInfo = controllerInfo;
        this.activity = activity;
        this.maxPendingWriteBytes = maxPendingWriteBytes;
        this.warnings = warnings;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        session = new NettyClientSession(ctx.channel(), activity, maxPendingWriteBytes);
        MsgApiVersion version = MsgApiVersion.newBuilder()
                .setVersion(calls.announcedVersion())
                .setMinVersion(ClientApiVersion.MINIMUM)
                .setControllerInfo(controllerInfo)
                .build();
        ctx.writeAndFlush(
                ProtocolMessage.of(ProtocolMessage.headerOf(MsgHeader.MsgType.ONEWAY, 0, ApiCalls.VERSION), version));
        sessions.opened(session);
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (session != null) {
            sessions.closed(session);
        }
        ctx.fireChannelInactive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ProtocolMessage message) {
        if (message.type() != MsgHeader.MsgType.API_CALL) {
            warnings.warn(
                    "unexpected frame",
                    "Ignoring a {} frame '{}' from {}: clients send API_CALL frames only",
                    message.type(),
                    message.content(),
                    ctx.channel().remoteAddress());
            return;
        }
        long id = message.apiCallId();
        boolean splits = message.acceptsParts();
        CallHandler handler = calls.calls().get(message.content());
        if (handler == null) {
            answer(
                    ctx.channel(),
                    splits,
                    id,
                    LinstorMessages.reply(List.of(ApiCallRc.of(
                                    RetCodes.UNKNOWN_API_CALL, "Unknown API call '" + message.content() + "'.")
                            .withCorrection("This controller does not know that call; check the client's version."))));
            return;
        }
        CompletableFuture<CallAnswer> answer;
        activity.callStarted();
        try {
            answer = handler.handle(session, message);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        Channel channel = ctx.channel();
        answer.whenComplete((result, error) -> {
            activity.callAnswered();
            answer(channel, splits, id, error == null ? result : failure(message.content(), unwrap(error)));
        });
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException) {
            LOG.debug("Connection from {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        } else {
            warnings.warn(
                    "broken frame",
                    "Closing the connection from {}: {}",
                    ctx.channel().remoteAddress(),
                    reason(cause));
        }
        ctx.close();
    }

    private void answer(Channel channel, boolean splits, long id, CallAnswer answer) {
        if (!channel.isActive()) {
            return;
        }
        long pending = ConnectionGuard.pendingWriteBytes(channel);
        if (!channel.isWritable() && pending > maxPendingWriteBytes) {
            // Checked per answer, not per frame: one large answer to a reading client passes.
            if (!activity.drop()) {
                return;
            }
            warnings.warn(
                    "unread replies",
                    "Dropping the connection from {}: {} bytes of replies wait unread, " + "more than the bound of {}",
                    channel.remoteAddress(),
                    pending,
                    maxPendingWriteBytes);
            channel.close();
            return;
        }
        ProtocolMessage whole = ProtocolMessage.of(
                ProtocolMessage.headerOf(MsgHeader.MsgType.ANSWER, id, answer.content()), answer.bodies());
        if (splits) {
            for (ProtocolMessage part : AnswerParts.split(whole, AnswerParts.DEFAULT_PART_BYTES)) {
                channel.write(part);
            }
        } else {
            channel.write(whole);
        }
        channel.writeAndFlush(ProtocolMessage.header(MsgHeader.MsgType.COMPLETE, id, answer.content()));
    }

    private CallAnswer failure(String call, Throwable error) {
        if (error instanceof ApiRcException refused) {
            return LinstorMessages.reply(refused.replies());
        }
        if (error instanceof MalformedMessageException) {
            return LinstorMessages.reply(List.of(ApiCallRc.of(
                            RetCodes.API_CALL_PARSE_ERROR, "The body of API call '" + call + "' could not be parsed.")
                    .withCause(error.getMessage())
                    .withCorrection("Send the request message the protocol defines for '" + call + "'.")));
        }
        LOG.error("API call '{}' failed unexpectedly", call, error);
        String reportId = errors.report(error, "API call '" + call + "' from " + session);
        return LinstorMessages.reply(
                List.of(ApiCallRc.of(RetCodes.FAIL_IMPL_ERROR, "API call '" + call + "' failed inside the controller.")
                        .withCause(String.valueOf(error))
                        .withDetails("The error report has the details.")
                        .withErrorReportId(reportId)));
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String reason(Throwable cause) {
        Throwable root = cause;
        while (root instanceof DecoderException && root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
