package io.linstorj.dist.linstorwire;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import com.linbit.linstor.proto.MsgHeaderOuterClass.MsgHeader;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A client of the binary protocol written the way python-linstor is: a plain socket, LINSTOR's
 * 16-byte header (4 reserved bytes, the payload length, 8 reserved bytes), then the MsgHeader and
 * the body messages, each varint-length-delimited, all built with LINSTOR's own schemas (the
 * test-only copy compiled from protocol/src/test/proto). Not thread-safe.
 */
final class LinstorFrames implements AutoCloseable {
    /** One received frame: its header and its bodies, not yet parsed. */
    record Frame(MsgHeader header, List<ByteString> bodies) {
        String content() {
            return header.getMsgContent();
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private LinstorFrames(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static LinstorFrames connect(InetSocketAddress address) throws IOException {
        Socket socket = new Socket();
        socket.connect(address, 10_000);
        socket.setSoTimeout(60_000);
        return new LinstorFrames(socket);
    }

    void send(MsgHeader.MsgType type, long id, String content, MessageLite... bodies) throws IOException {
        MsgHeader header = MsgHeader.newBuilder()
                .setMsgType(type)
                .setApiCallId(id)
                .setMsgContent(content)
                .build();
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        header.writeDelimitedTo(payload);
        for (MessageLite body : bodies) {
            body.writeDelimitedTo(payload);
        }
        sendPayload(payload.toByteArray());
    }

    /** Sends a header and one body given as raw bytes (for bodies LINSTOR's schema would not build). */
    void sendRaw(long id, String content, ByteString body) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        MsgHeader.newBuilder()
                .setMsgType(MsgHeader.MsgType.API_CALL)
                .setApiCallId(id)
                .setMsgContent(content)
                .build()
                .writeDelimitedTo(payload);
        CodedOutputStream coded = CodedOutputStream.newInstance(payload);
        coded.writeUInt32NoTag(body.size());
        coded.writeRawBytes(body);
        coded.flush();
        sendPayload(payload.toByteArray());
    }

    private void sendPayload(byte[] payload) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(16 + payload.length);
        frame.putInt(0).putInt(payload.length).putLong(0).put(payload);
        out.write(frame.array());
        out.flush();
    }

    Frame receive() throws IOException {
        byte[] header = new byte[16];
        in.readFully(header);
        int length = ByteBuffer.wrap(header).getInt(4);
        byte[] payload = new byte[length];
        in.readFully(payload);
        CodedInputStream coded = CodedInputStream.newInstance(payload);
        MsgHeader msgHeader = MsgHeader.parseFrom(coded.readBytes());
        List<ByteString> bodies = new ArrayList<>();
        while (!coded.isAtEnd()) {
            bodies.add(coded.readBytes());
        }
        return new Frame(msgHeader, bodies);
    }

    static <T> T parse(ByteString body, com.google.protobuf.Parser<T> parser) {
        try {
            return parser.parseFrom(body);
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError("a body LINSTOR's schema cannot parse: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
