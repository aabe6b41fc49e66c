package io.linstorj.protocol;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import io.linstorj.protocol.proto.MsgHeader;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a frame payload into a {@link ProtocolMessage}.
 *
 * <pre>
 * before:  | varint len | MsgHeader | varint len | body 0 | varint len | body 1 | ... |
 * after:   ProtocolMessage(header, [body 0, body 1, ...])
 * </pre>
 *
 * <p>The header is parsed; the bodies are only split, so that each handler parses what it
 * knows. A truncated length, a length past the payload or an unparsable header raises
 * {@link MalformedMessageException}. Stateless and sharable.
 */
@Sharable
public final class ProtocolMessageDecoder extends MessageToMessageDecoder<ByteBuf> {
    /** Creates the decoder. */
    public ProtocolMessageDecoder() {
        super(ByteBuf.class);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf payload, List<Object> out) {
        out.add(decode(payload));
    }

    /** Decodes one payload; exposed for tests and for transports without Netty pipelines. */
    public static ProtocolMessage decode(ByteBuf payload) {
        return decode(CodedInputStream.newInstance(payload.nioBuffer()));
    }

    /** Decodes one payload held in a {@link ByteString}, e.g. an answer joined from its parts. */
    public static ProtocolMessage decode(ByteString payload) {
        return decode(payload.newCodedInput());
    }

    private static ProtocolMessage decode(CodedInputStream input) {
        try {
            if (input.isAtEnd()) {
                throw new MalformedMessageException("empty frame payload: a MsgHeader is required");
            }
            MsgHeader header = MsgHeader.parseFrom(input.readBytes());
            List<ByteString> bodies = new ArrayList<>();
            while (!input.isAtEnd()) {
                bodies.add(input.readBytes());
            }
            return new ProtocolMessage(header, bodies);
        } catch (InvalidProtocolBufferException e) {
            throw new MalformedMessageException("unparsable frame payload: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MalformedMessageException("unreadable frame payload: " + e.getMessage(), e);
        }
    }
}
