package io.linstorj.protocol;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Serializes a {@link ProtocolMessage} into a frame payload; the mirror of
 * {@link ProtocolMessageDecoder}.
 *
 * <pre>
 * before:  ProtocolMessage(header, [body 0, body 1, ...])
 * after:   | varint len | MsgHeader | varint len | body 0 | varint len | body 1 | ... |
 * </pre>
 */
@Sharable
public final class ProtocolMessageEncoder extends MessageToMessageEncoder<ProtocolMessage> {
    /** Creates the encoder. */
    public ProtocolMessageEncoder() {
        super(ProtocolMessage.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, ProtocolMessage msg, List<Object> out) {
        ByteBuf payload = ctx.alloc().buffer(encodedSize(msg));
        try {
            write(msg, payload);
            out.add(payload);
        } catch (RuntimeException e) {
            payload.release();
            throw e;
        }
    }

    /** Writes the payload of {@code msg} into {@code target}. */
    public static void write(ProtocolMessage msg, ByteBuf target) {
        try (ByteBufOutputStream stream = new ByteBufOutputStream(target)) {
            CodedOutputStream coded = CodedOutputStream.newInstance(stream);
            coded.writeBytesNoTag(msg.header().toByteString());
            for (ByteString body : msg.bodies()) {
                coded.writeBytesNoTag(body);
            }
            coded.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serializes the payload of {@code msg} into a {@link ByteString}. */
    public static ByteString toByteString(ProtocolMessage msg) {
        int size = encodedSize(msg);
        byte[] bytes = new byte[size];
        CodedOutputStream coded = CodedOutputStream.newInstance(bytes);
        try {
            coded.writeBytesNoTag(msg.header().toByteString());
            for (ByteString body : msg.bodies()) {
                coded.writeBytesNoTag(body);
            }
            coded.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The array is ours alone and never written again: wrapping it saves a copy.
        return com.google.protobuf.UnsafeByteOperations.unsafeWrap(bytes);
    }

    /** The size in bytes of the payload of {@code msg}, without the frame header. */
    public static int encodedSize(ProtocolMessage msg) {
        int size = CodedOutputStream.computeBytesSizeNoTag(msg.header().toByteString());
        for (ByteString body : msg.bodies()) {
            size += CodedOutputStream.computeBytesSizeNoTag(body);
        }
        return size;
    }
}
