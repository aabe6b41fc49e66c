package io.linstorj.rest.http;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * Netty's aggregator with a mandatory body limit whose refusal is LINSTOR's: a 413 with an
 * ApiCallRc list instead of an empty body, then the connection closes (the rest of the body is
 * not read, so the connection cannot carry another request).
 */
final class BoundedBodyAggregator extends HttpObjectAggregator {
    private final RestDispatcher dispatcher;
    private final int maxBodyBytes;

    BoundedBodyAggregator(int maxBodyBytes, RestDispatcher dispatcher) {
        super(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
        this.dispatcher = dispatcher;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        RestResponse refusal = dispatcher.refuse(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE.code(),
            "The request body is larger than " + maxBodyBytes + " bytes.",
            "Send a smaller request; the REST server accepts bodies up to " + maxBodyBytes + " bytes.");
        ctx.writeAndFlush(Responses.toHttp(refusal, false, false)).addListener(ChannelFutureListener.CLOSE);
    }
}
