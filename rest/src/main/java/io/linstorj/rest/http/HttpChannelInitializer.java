package io.linstorj.rest.http;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/**
 * Assembles one connection's pipeline and nothing else:
 * <pre>
 *   bytes -> connection limit -> idle timeout -> HTTP codec (bounded line and headers)
 *         -> keep-alive -> body aggregator (bounded, 413 with a JSON body) -> request handler
 * </pre>
 */
final class HttpChannelInitializer extends ChannelInitializer<SocketChannel> {
    private final HttpLimits limits;
    private final RestDispatcher dispatcher;
    private final ConnectionLimit connectionLimit;

    HttpChannelInitializer(HttpLimits limits, RestDispatcher dispatcher, ConnectionLimit connectionLimit) {
        this.limits = limits;
        this.dispatcher = dispatcher;
        this.connectionLimit = connectionLimit;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addLast("connection-limit", connectionLimit);
        pipeline.addLast("idle", new IdleStateHandler(0, 0, limits.idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
        pipeline.addLast("codec", new HttpServerCodec(limits.maxInitialLineBytes(), limits.maxHeaderBytes(), 8192));
        pipeline.addLast("keep-alive", new HttpServerKeepAliveHandler());
        pipeline.addLast("aggregator", new BoundedBodyAggregator(limits.maxBodyBytes(), dispatcher));
        pipeline.addLast("request", new RequestHandler(dispatcher));
    }
}
