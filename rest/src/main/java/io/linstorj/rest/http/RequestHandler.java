package io.linstorj.rest.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each complete request to the dispatcher and writes the answers in request order: a client
 * may pipeline requests while the services answer them out of order, so answers wait in a queue
 * until every earlier one has been written. One handler per connection; its state is only touched
 * on the connection's event loop.
 */
final class RequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);

    private final RestDispatcher dispatcher;
    private final Deque<Pending> pending = new ArrayDeque<>();
    /** Set once an event stream holds the connection: it answers nothing else any more. */
    private boolean streaming;

    /** An answer being prepared, with what its writing needs to know about the request. */
    private record Pending(CompletableFuture<RestResponse> answer, boolean headOnly, boolean keepAlive) {}

    RequestHandler(RestDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest http) {
        if (streaming) {
            return;
        }
        boolean headOnly = HttpMethod.HEAD.equals(http.method());
        boolean keepAlive = HttpUtil.isKeepAlive(http);
        DecoderResult decoded = http.decoderResult();
        if (decoded.isFailure()) {
            // The codec could not read this request, so the connection's framing is lost: answer and close.
            enqueue(ctx, new Pending(CompletableFuture.completedFuture(refusal(decoded.cause())), headOnly, false));
            return;
        }
        CompletableFuture<RestResponse> answer;
        try {
            answer = dispatcher.dispatch(toRequest(http));
        } catch (IllegalArgumentException e) {
            answer = CompletableFuture.completedFuture(dispatcher.refuse(
                    400, "The request URI cannot be decoded: " + e.getMessage(), "Percent-encode the path and query."));
        } catch (RuntimeException e) {
            LOG.error("REST dispatch of {} {} failed", http.method(), http.uri(), e);
            answer = CompletableFuture.completedFuture(dispatcher.fault(e));
        }
        enqueue(ctx, new Pending(answer, headOnly, keepAlive));
    }

    private void enqueue(ChannelHandlerContext ctx, Pending next) {
        pending.addLast(next);
        next.answer().whenComplete((response, error) -> ctx.executor().execute(() -> writeReady(ctx)));
    }

    /** Writes the answers at the head of the queue that are complete, in order. */
    private void writeReady(ChannelHandlerContext ctx) {
        while (!pending.isEmpty() && pending.peekFirst().answer().isDone()) {
            Pending head = pending.removeFirst();
            RestResponse response = head.answer()
                    .handle((value, error) -> {
                        if (error != null) {
                            LOG.error("REST request failed", error);
                            return dispatcher.fault(error);
                        }
                        return value;
                    })
                    .join();
            if (response.isEventStream() && !head.headOnly()) {
                openStream(ctx, response.stream());
                return;
            }
            var written = ctx.writeAndFlush(Responses.toHttp(response, head.headOnly(), head.keepAlive()));
            if (!head.keepAlive()) {
                written.addListener(ChannelFutureListener.CLOSE);
                pending.clear();
                return;
            }
        }
    }

    /**
     * Hands the connection to an event stream: it lives as long as the client keeps it open, so
     * the idle timeout no longer applies (the stream's keep-alive and bound catch a dead or stalled
     * client), and requests pipelined behind it are not answered.
     */
    private void openStream(ChannelHandlerContext ctx, EventStream stream) {
        streaming = true;
        pending.clear();
        if (ctx.pipeline().get("idle") != null) {
            ctx.pipeline().remove("idle");
        }
        SseChannelWriter.start(ctx.channel(), stream);
    }

    private RestResponse refusal(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return dispatcher.refuse(414, "The request line is too long.", "Send a shorter URI.");
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return dispatcher.refuse(431, "The request headers are too large.", "Send fewer or shorter headers.");
        }
        if (cause instanceof TooLongFrameException) {
            return dispatcher.refuse(413, "The request is too large.", "Send a smaller request.");
        }
        return dispatcher.refuse(
                400,
                "The HTTP request cannot be decoded: " + cause.getMessage(),
                "Send a well-formed HTTP/1.1 request.");
    }

    /** Decodes path segments one by one, so that an encoded slash ({@code %2F}) stays inside its segment. */
    static RestRequest toRequest(FullHttpRequest http) {
        QueryStringDecoder uri = new QueryStringDecoder(http.uri());
        List<String> segments = new ArrayList<>();
        for (String raw : uri.rawPath().split("/")) {
            if (!raw.isEmpty()) {
                // '+' is a plain character in a path; only the query uses it for a space.
                segments.add(QueryStringDecoder.decodeComponent(raw.replace("+", "%2B")));
            }
        }
        String contentType = http.headers().get(HttpHeaderNames.CONTENT_TYPE);
        Optional<String> mediaType = Optional.ofNullable(contentType)
                .map(value -> value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
                .filter(value -> !value.isEmpty());
        String method =
                HttpMethod.HEAD.equals(http.method()) ? "GET" : http.method().name();
        return new RestRequest(method, segments, uri.parameters(), mediaType, ByteBufUtil.getBytes(http.content()));
    }

    /** A client gone away wants no answers: cancelling them lets a route that waits stop waiting. */
    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        for (Pending unanswered : pending) {
            unanswered.answer().cancel(false);
        }
        pending.clear();
        ctx.fireChannelInactive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            LOG.debug("closing idle REST connection from {}", ctx.channel().remoteAddress());
            ctx.close();
            return;
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("REST connection from {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
