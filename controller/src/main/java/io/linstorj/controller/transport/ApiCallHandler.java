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
 * API_CALL frames through the call table of the connection's {@link Dialect} (LINSTOR's, until a
 * ONEWAY {@code LinstorJDialect} frame switches it to LinstorJ's own) and writes each answer (ANSWER, then COMPLETE
 * with the call's id) when its future completes, so many calls run at once and never block the
 * event loop. A query a service refuses (its future fails with an ApiRcException) is answered with
 * the refusal's entries. A broken frame closes this connection only.
 *
 * <p>In LinstorJ's dialect an answer larger than {@link AnswerParts#DEFAULT_PART_BYTES} goes out as
 * {@code Part} frames; LINSTOR's clients know no parts, so in LINSTOR's it goes out whole.
 * A client that already leaves more than the pending-reply bound unread while its reading is
 * paused (see {@link ConnectionGuard}) gets no more answers: it is dropped.
 */
final class ApiCallHandler extends SimpleChannelInboundHandler<ProtocolMessage> {
    private static final Logger LOG = LoggerFactory.getLogger(ApiCallHandler.class);

    private final ClientDialects dialects;
    private final ClientSessions sessions;
    private final String controllerInfo;
    private final ConnectionActivity activity;
    private final long maxPendingWriteBytes;
    private final LogRateLimiter warnings;
    private final ErrorReporter errors;
    private NettyClientSession session;
    /** LINSTOR's until the client asks for LinstorJ's; only the channel's event loop touches it. */
    private Dialect dialect;

    ApiCallHandler(
            ClientDialects dialects,
            ClientSessions sessions,
            String controllerInfo,
            ConnectionActivity activity,
            long maxPendingWriteBytes,
            LogRateLimiter warnings,
            ErrorReporter errors) {
        this.errors = errors;
        this.dialects = dialects;
        this.dialect = dialects.linstor();
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
                .setVersion(dialects.announcedVersion())
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
        if (message.type() == MsgHeader.MsgType.ONEWAY && ApiCalls.LINSTORJ_DIALECT.equals(message.content())) {
            dialect = dialects.linstorj();
            return;
        }
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
        Dialect current = dialect;
        CallHandler handler = current.calls().get(message.content());
        if (handler == null) {
            answer(
                    ctx.channel(),
                    current,
                    id,
                    current.replies()
                            .apply(List.of(ApiCallRc.of(
                                            RetCodes.UNKNOWN_API_CALL, "Unknown API call '" + message.content() + "'.")
                                    .withCorrection(
                                            "This controller does not know that call; check the client's version."))));
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
            answer(channel, current, id, error == null ? result : failure(current, message.content(), unwrap(error)));
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

    private void answer(Channel channel, Dialect current, long id, CallAnswer answer) {
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
        if (current.splitsAnswers()) {
            for (ProtocolMessage part : AnswerParts.split(whole, AnswerParts.DEFAULT_PART_BYTES)) {
                channel.write(part);
            }
        } else {
            channel.write(whole);
        }
        channel.writeAndFlush(ProtocolMessage.header(MsgHeader.MsgType.COMPLETE, id, answer.content()));
    }

    private CallAnswer failure(Dialect current, String call, Throwable error) {
        if (error instanceof ApiRcException refused) {
            return current.replies().apply(refused.replies());
        }
        if (error instanceof MalformedMessageException) {
            return current.replies()
                    .apply(List.of(ApiCallRc.of(
                                    RetCodes.API_CALL_PARSE_ERROR,
                                    "The body of API call '" + call + "' could not be parsed.")
                            .withCause(error.getMessage())
                            .withCorrection("Send the request message the protocol defines for '" + call + "'.")));
        }
        LOG.error("API call '{}' failed unexpectedly", call, error);
        String reportId = errors.report(error, "API call '" + call + "' from " + session);
        return current.replies()
                .apply(List.of(
                        ApiCallRc.of(RetCodes.FAIL_IMPL_ERROR, "API call '" + call + "' failed inside the controller.")
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
