package io.linstorj.controller.transport;

import com.google.protobuf.MessageLite;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One client connection, as the controller's components see it: it can receive unsolicited
 * ONEWAY messages (events of watches) and tells when it closes.
 */
public interface ClientSession {
    /** An identifier unique among the open sessions of this controller. */
    String id();

    /** The client's address. */
    SocketAddress remoteAddress();

    /** True until the connection closed. */
    boolean isOpen();

    /**
     * Sends a ONEWAY message with {@code msgContent} (e.g. "Event") and the given body messages.
     * The future completes when the message was written, or fails when the connection is gone.
     */
    CompletableFuture<Void> push(String msgContent, List<? extends MessageLite> bodies);

    /**
     * Marks the session as waiting for events of its watches: it may send nothing for long and is
     * still not idle.
     */
    default void holdsWatches() {}

    /**
     * False when the client leaves more unread than the controller's bound of pending reply
     * bytes: events for it are then refused (its watches overflow) instead of queued.
     */
    default boolean isKeepingUp() {
        return true;
    }

    /** Runs {@code action} once when the connection closes (at once if it is closed already). */
    void onClose(Runnable action);
}
