package io.linstorj.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;

/**
 * Prepends the 16-byte frame header to a payload; the mirror of {@link FrameDecoder}.
 *
 * <pre>
 * before:  | payload |
 * after:   | 00 00 00 00 | length (uint32 BE) | 00 00 00 00 00 00 00 00 | payload |
 * </pre>
 */
@Sharable
public final class FrameEncoder extends MessageToMessageEncoder<ByteBuf> {
    /** Creates the encoder; it holds no state and may be shared by many pipelines. */
    public FrameEncoder() {
        super(ByteBuf.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, ByteBuf payload, List<Object> out) {
        ByteBuf header = ctx.alloc().buffer(FrameDecoder.HEADER_LENGTH);
        header.writeInt(0);
        header.writeInt(payload.readableBytes());
        header.writeLong(0);
        out.add(header);
        out.add(payload.retain());
    }
}
