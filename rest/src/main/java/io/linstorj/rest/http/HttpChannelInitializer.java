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
 *         -> body aggregator (bounded, 413 with a JSON body) -> keep-alive -> request handler
 * </pre>
 *
 * <p>The aggregator sits below keep-alive so that its 413 passes straight to the codec: the
 * keep-alive handler closes the connection as soon as a "Connection: close" answer is written,
 * which would reset it while the refused client is still sending its body.
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
        pipeline.addLast("aggregator", new BoundedBodyAggregator(limits.maxBodyBytes(), dispatcher));
        pipeline.addLast("keep-alive", new HttpServerKeepAliveHandler());
        pipeline.addLast("request", new RequestHandler(dispatcher));
    }
}
