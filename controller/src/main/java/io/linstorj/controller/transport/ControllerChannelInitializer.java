package io.linstorj.controller.transport;

import io.linstorj.controller.errorreport.ErrorReporter;
import io.linstorj.protocol.ProtocolPipeline;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Assembles the pipeline of a client connection: the guard of its limits, the protocol codec,
 * then the call handler. A connection over the connection limits gets only a refusal.
 */
final class ControllerChannelInitializer extends ChannelInitializer<SocketChannel> {
    private final int maxFrameLength;
    private final ClientCalls calls;
    private final ClientSessions sessions;
    private final String controllerInfo;
    private final ClientLimits limits;
    private final ConnectionCounter counter;
    private final PartialFrameBudget budget;
    private final LogRateLimiter warnings;
    private final ErrorReporter errors;

    ControllerChannelInitializer(
            int maxFrameLength,
            ClientCalls calls,
            ClientSessions sessions,
            String controllerInfo,
            ClientLimits limits,
            ConnectionCounter counter,
            PartialFrameBudget budget,
            LogRateLimiter warnings,
            ErrorReporter errors) {
        this.errors = errors;
        this.maxFrameLength = maxFrameLength;
        this.calls = calls;
        this.sessions = sessions;
        this.controllerInfo = controllerInfo;
        this.limits = limits;
        this.counter = counter;
        this.budget = budget;
        this.warnings = warnings;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        InetAddress remote = channel.remoteAddress().getAddress();
        Optional<String> refused = counter.tryAcquire(remote);
        if (refused.isPresent()) {
            warnings.warn(
                    "connection limit", "Refusing the connection from {}: {}", channel.remoteAddress(), refused.get());
            ProtocolPipeline.addCodec(channel.pipeline(), maxFrameLength);
            channel.pipeline().addLast("refuse", new RefusingHandler(refused.get()));
            return;
        }
        channel.closeFuture().addListener(closed -> counter.release(remote));
        ConnectionActivity activity = new ConnectionActivity();
        channel.pipeline().addLast("guard", new ConnectionGuard(limits, budget, activity, warnings));
        ProtocolPipeline.addCodec(channel.pipeline(), maxFrameLength);
        channel.pipeline()
                .addLast(
                        "calls",
                        new ApiCallHandler(
                                calls,
                                sessions,
                                controllerInfo,
                                activity,
                                limits.maxPendingWriteBytes(),
                                warnings,
                                errors));
    }
}
