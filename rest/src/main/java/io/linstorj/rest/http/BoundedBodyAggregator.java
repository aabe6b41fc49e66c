package io.linstorj.rest.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import java.util.concurrent.TimeUnit;

/**
 * Netty's aggregator with a mandatory body limit whose refusal is LINSTOR's: a 413 with an
 * ApiCallRc list instead of an empty body, then the connection closes (the rest of the body is
 * not read, so the connection cannot carry another request).
 *
 * <p>Closing at once while the client still sends its body would make the kernel answer the
 * unread bytes with a reset, which can destroy the 413 before the client reads it. So the
 * refusal half-closes the connection (the client sees the whole answer and the end of the
 * stream), the aggregator discards what still arrives, and the connection closes when the client
 * closes its side or after {@value #DRAIN_SECONDS} s, whichever comes first.
 *
 * <p>A client that announced an oversized body with "Expect: 100-continue" (curl does for large
 * bodies) gets the same refusal, not Netty's empty 413.
 */
final class BoundedBodyAggregator extends HttpObjectAggregator {
    /** How long a refused client may go on sending its body before the connection closes. */
    static final int DRAIN_SECONDS = 5;

    private final RestDispatcher dispatcher;
    private final int maxBodyBytes;

    BoundedBodyAggregator(int maxBodyBytes, RestDispatcher dispatcher) {
        super(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
        this.dispatcher = dispatcher;
    }

    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
        if (HttpUtil.is100ContinueExpected(start) && HttpUtil.getContentLength(start, -1L) > maxContentLength) {
            return null;
        }
        return super.newContinueResponse(start, maxContentLength, pipeline);
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        RestResponse refusal = dispatcher.refuse(
                HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE.code(),
                "The request body is larger than " + maxBodyBytes + " bytes.",
                "Send a smaller request; the REST server accepts bodies up to " + maxBodyBytes + " bytes.");
        ctx.writeAndFlush(Responses.toHttp(refusal, false, false)).addListener(written -> {
            if (ctx.channel() instanceof DuplexChannel duplex && written.isSuccess()) {
                duplex.shutdownOutput();
                ctx.executor().schedule(() -> ctx.close(), DRAIN_SECONDS, TimeUnit.SECONDS);
            } else {
                ctx.close();
            }
        });
    }
}
