package io.linstorj.protocol;

import io.netty.channel.ChannelPipeline;

/**
 * Assembles the codec stages of a LinstorJ connection: frames in both directions, then
 * messages. Every endpoint (client, controller, satellite link) uses the same stack.
 */
public final class ProtocolPipeline {
    /** Default maximum payload of one frame: 16 MiB. */
    public static final int DEFAULT_MAX_FRAME_LENGTH = 16 * 1024 * 1024;

    private static final FrameEncoder FRAME_ENCODER = new FrameEncoder();
    private static final ProtocolMessageDecoder MESSAGE_DECODER = new ProtocolMessageDecoder();
    private static final ProtocolMessageEncoder MESSAGE_ENCODER = new ProtocolMessageEncoder();

    private ProtocolPipeline() {}

    /** Adds the frame and message codecs to {@code pipeline}, in front of the caller's handlers. */
    public static void addCodec(ChannelPipeline pipeline, int maxFrameLength) {
        pipeline.addLast("frameDecoder", new FrameDecoder(maxFrameLength));
        pipeline.addLast("frameEncoder", FRAME_ENCODER);
        pipeline.addLast("messageDecoder", MESSAGE_DECODER);
        pipeline.addLast("messageEncoder", MESSAGE_ENCODER);
    }
}
