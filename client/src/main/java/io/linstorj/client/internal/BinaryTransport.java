package io.linstorj.client.internal;

import com.google.protobuf.MessageLite;
import io.linstorj.protocol.ProtocolPipeline;
import java.time.Duration;
import java.util.List;

/** The client protocol (LINSTOR's binary frames over TCP) as a {@link Transport}: one {@link ClientConnection}. */
public final class BinaryTransport implements Transport {
    private final ClientConnection connection;

    /** A transport over {@code connection}, which it closes when closed. */
    public BinaryTransport(ClientConnection connection) {
        this.connection = connection;
    }

    /**
     * Connects to the controller at {@code address} over the client protocol.
     *
     * @throws io.linstorj.client.LinstorNetworkError if the connection is refused or times out, or
     *     the controller speaks an incompatible protocol version
     */
    public static BinaryTransport open(ControllerAddress address, Duration connectTimeout) {
        return new BinaryTransport(
                ClientConnection.open(address, connectTimeout, ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH));
    }

    /** The connection, for watches, which work on its event frames directly. */
    public ClientConnection connection() {
        return connection;
    }

    @Override
    public Answer call(String call, Duration timeout, List<MessageLite> bodies) {
        return connection.callBlocking(call, timeout, bodies.toArray(MessageLite[]::new));
    }

    @Override
    public SnapshotCalls snapshots() {
        return new BinarySnapshotCalls(connection);
    }

    @Override
    public boolean isOpen() {
        return connection.isOpen();
    }

    @Override
    public String uri() {
        return connection.address().uri();
    }

    @Override
    public void close() {
        connection.close();
    }
}
