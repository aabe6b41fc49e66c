package io.linstorj.protocol;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import io.linstorj.protocol.proto.MsgHeader;
import java.util.ArrayList;
import java.util.List;

/**
 * One decoded frame: its {@link MsgHeader} and the serialized body messages that follow it.
 *
 * <p>Bodies stay serialized until a handler that knows the call parses them with
 * {@link #body(int, Parser)}, so the codec needs no knowledge of the calls.
 *
 * @param header the frame's header
 * @param bodies the body messages, each without its length prefix
 */
public record ProtocolMessage(MsgHeader header, List<ByteString> bodies) {

    /** Creates a message; the body list is copied. */
    public ProtocolMessage {
        bodies = List.copyOf(bodies);
    }

    /** Builds a message from a header and body messages. */
    public static ProtocolMessage of(MsgHeader header, MessageLite... bodies) {
        return of(header, List.of(bodies));
    }

    /** Builds a message from a header and a list of body messages. */
    public static ProtocolMessage of(MsgHeader header, List<? extends MessageLite> bodies) {
        List<ByteString> serialized = new ArrayList<>(bodies.size());
        for (MessageLite body : bodies) {
            serialized.add(body.toByteString());
        }
        return new ProtocolMessage(header, serialized);
    }

    /** Builds a header-only message. */
    public static ProtocolMessage header(MsgHeader.MsgType type, long apiCallId, String msgContent) {
        return new ProtocolMessage(headerOf(type, apiCallId, msgContent), List.of());
    }

    /** Builds a header-only message whose header sets {@code accepts_parts} as given. */
    public static ProtocolMessage header(
            MsgHeader.MsgType type, long apiCallId, String msgContent, boolean acceptsParts) {
        return new ProtocolMessage(headerOf(type, apiCallId, msgContent, acceptsParts), List.of());
    }

    /** Returns a header with the given fields. */
    public static MsgHeader headerOf(MsgHeader.MsgType type, long apiCallId, String msgContent) {
        return headerOf(type, apiCallId, msgContent, false);
    }

    /**
     * Returns a header with the given fields; {@code acceptsParts} is LinstorJ's addition a caller
     * sets on an API_CALL whose answer it can take as {@code Part} frames ({@link AnswerParts}).
     */
    public static MsgHeader headerOf(MsgHeader.MsgType type, long apiCallId, String msgContent, boolean acceptsParts) {
        return MsgHeader.newBuilder()
                .setMsgType(type)
                .setApiCallId(apiCallId)
                .setMsgContent(msgContent)
                .setAcceptsParts(acceptsParts)
                .build();
    }

    /** The call or content name of the header. */
    public String content() {
        return header.getMsgContent();
    }

    /** The call id of the header. */
    public long apiCallId() {
        return header.getApiCallId();
    }

    /** The message type of the header. */
    public MsgHeader.MsgType type() {
        return header.getMsgType();
    }

    /** Whether the sender of this API_CALL joins an answer sent as {@code Part} frames. */
    public boolean acceptsParts() {
        return header.getAcceptsParts();
    }

    /**
     * Parses body number {@code index} with {@code parser}.
     *
     * @throws MalformedMessageException if the body is missing or does not parse
     */
    public <T> T body(int index, Parser<T> parser) {
        if (index >= bodies.size()) {
            throw new MalformedMessageException(
                    "message '" + content() + "' lacks body #" + index + " (it has " + bodies.size() + ")");
        }
        try {
            return parser.parseFrom(bodies.get(index));
        } catch (InvalidProtocolBufferException e) {
            throw new MalformedMessageException("body #" + index + " of '" + content() + "' does not parse", e);
        }
    }

    /** Parses every body with {@code parser}. */
    public <T> List<T> allBodies(Parser<T> parser) {
        List<T> parsed = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            parsed.add(body(i, parser));
        }
        return parsed;
    }
}
