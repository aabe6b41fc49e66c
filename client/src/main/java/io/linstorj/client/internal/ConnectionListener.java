package io.linstorj.client.internal;

import io.linstorj.client.LinstorNetworkError;
import io.linstorj.protocol.ProtocolMessage;

/**
 * Hook for what a connection receives unasked: ONEWAY frames (watch events) and its end.
 *
 * <p>Both methods run on the connection's I/O thread: they must return quickly and never wait
 * for an answer of the same connection (hand the work to a queue or another thread instead).
 * An exception they throw is logged and otherwise ignored.
 */
public interface ConnectionListener {
    /**
     * An unsolicited frame arrived: every ONEWAY frame except the controller's initial
     * {@code Version}, e.g. {@code msg_content = "Event"} with {@code MsgEvent} and its data.
     */
    default void onOneway(ProtocolMessage message) {}

    /**
     * The connection ended (lost, refused by the codec, or closed by the client); every pending
     * call has failed with {@code cause}. Called at most once per listener; a listener added to an
     * already closed connection is called at once.
     */
    default void onClosed(LinstorNetworkError cause) {}
}
