package io.linstorj.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import java.util.List;

/**
 * Cuts the byte stream into frames and emits each frame's payload.
 *
 * <pre>
 * before:  | 00 00 00 00 | LL LL LL LL | 00 00 00 00 00 00 00 00 | payload (LL LL LL LL bytes) |
 *            reserved      length (BE)   reserved
 * after:   | payload |
 * </pre>
 *
 * <p>A length above the configured maximum or a non-zero reserved byte is a protocol violation:
 * the decoder raises an exception (the pipeline's last handler closes the connection) instead of
 * skipping or clamping. Short of bytes, it waits without consuming anything.
 *
 * <p>A partial frame holds only the bytes that arrived, never its declared length up front:
 * {@link #bufferedBytes()} tells how many, so that a server can bound what clients make it hold.
 */
public final class FrameDecoder extends ByteToMessageDecoder {
    /** Size of the frame header in bytes. */
    public static final int HEADER_LENGTH = 16;

    private final int maxPayloadLength;
    private boolean failed;
    private long framesDecoded;

    /** Creates a decoder refusing payloads longer than {@code maxPayloadLength} bytes. */
    public FrameDecoder(int maxPayloadLength) {
        if (maxPayloadLength <= 0) {
            throw new IllegalArgumentException("maxPayloadLength must be positive: " + maxPayloadLength);
        }
        this.maxPayloadLength = maxPayloadLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        if (in.readableBytes() < HEADER_LENGTH) {
            return;
        }
        int start = in.readerIndex();
        long length = in.getUnsignedInt(start + 4);
        if (in.getInt(start) != 0 || in.getLong(start + 8) != 0) {
            failed = true;
            throw new CorruptedFrameException("malformed frame header: reserved bytes are not zero");
        }
        if (length > maxPayloadLength) {
            failed = true;
            throw new TooLongFrameException(
                    "frame payload of " + length + " bytes exceeds the maximum of " + maxPayloadLength);
        }
        if (in.readableBytes() < HEADER_LENGTH + length) {
            return;
        }
        out.add(in.retainedSlice(start + HEADER_LENGTH, (int) length));
        in.readerIndex(start + HEADER_LENGTH + (int) length);
        framesDecoded++;
    }

    /** Bytes received but not yet part of a complete frame. Read on the channel's event loop. */
    public int bufferedBytes() {
        return actualReadableBytes();
    }

    /** Complete frames decoded so far. Read on the channel's event loop. */
    public long framesDecoded() {
        return framesDecoded;
    }
}
