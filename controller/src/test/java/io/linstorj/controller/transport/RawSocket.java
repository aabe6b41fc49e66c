package io.linstorj.controller.transport;

import io.linstorj.protocol.FrameDecoder;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolMessageDecoder;
import io.linstorj.protocol.ProtocolMessageEncoder;
import io.netty.buffer.Unpooled;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;

/**
 * A blocking socket speaking frames by hand, for tests of misbehaving clients: it can send half a
 * frame, never read, or come from another loopback address.
 */
final class RawSocket implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;

    private RawSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
    }

    /** Connects from {@code local} (port chosen by the system) to {@code target}. */
    static RawSocket connect(InetSocketAddress target, InetAddress local, int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.bind(new InetSocketAddress(local, 0));
        socket.connect(target, 10_000);
        socket.setSoTimeout(30_000);
        return new RawSocket(socket);
    }

    static RawSocket connect(InetSocketAddress target) throws IOException {
        return connect(target, InetAddress.getLoopbackAddress(), 0);
    }

    /** Reads one whole frame and decodes it. */
    ProtocolMessage readFrame() throws IOException {
        byte[] header = new byte[FrameDecoder.HEADER_LENGTH];
        in.readFully(header);
        int length = ByteBuffer.wrap(header).getInt(4);
        byte[] payload = new byte[length];
        in.readFully(payload);
        return ProtocolMessageDecoder.decode(Unpooled.wrappedBuffer(payload));
    }

    /** Writes {@code message} as one frame. */
    void writeFrame(ProtocolMessage message) throws IOException {
        byte[] payload = ProtocolMessageEncoder.toByteString(message).toByteArray();
        writeRaw(header(payload.length));
        writeRaw(payload);
    }

    /** The 16-byte header of a frame declaring {@code length} payload bytes. */
    static byte[] header(long length) {
        return ByteBuffer.allocate(FrameDecoder.HEADER_LENGTH)
                .putInt(0)
                .putInt((int) length)
                .putLong(0)
                .array();
    }

    void writeRaw(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /**
     * True once the peer closed the connection (end of stream or reset); reads and discards what
     * arrives meanwhile, waiting at most 100 ms.
     */
    boolean closedByPeer() {
        try {
            socket.setSoTimeout(100);
            byte[] sink = new byte[8192];
            while (true) {
                if (in.read(sink) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        } finally {
            try {
                socket.setSoTimeout(30_000);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
