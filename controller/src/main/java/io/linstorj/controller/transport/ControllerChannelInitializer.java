package io.linstorj.controller.transport;

import io.linstorj.protocol.ProtocolPipeline;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import java.util.Map;

/** Assembles the pipeline of a client connection: the protocol codec, then the call handler. */
final class ControllerChannelInitializer extends ChannelInitializer<SocketChannel> {
    private final int maxFrameLength;
    private final Map<String, CallHandler> calls;
    private final ClientSessions sessions;
    private final String controllerInfo;

    ControllerChannelInitializer(int maxFrameLength, Map<String, CallHandler> calls, ClientSessions sessions,
        String controllerInfo) {
        this.maxFrameLength = maxFrameLength;
        this.calls = calls;
        this.sessions = sessions;
        this.controllerInfo = controllerInfo;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        ProtocolPipeline.addCodec(channel.pipeline(), maxFrameLength);
        channel.pipeline().addLast("calls", new ApiCallHandler(calls, sessions, controllerInfo));
    }
}
