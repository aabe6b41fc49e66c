package io.linstorj.controller.transport;

/** Hears about client connections opening and closing; both methods default to no-ops. */
public interface ClientSessionListener {
    /** A client connected (after the Version message was sent). */
    default void sessionOpened(ClientSession session) {
    }

    /** A client's connection closed. */
    default void sessionClosed(ClientSession session) {
    }
}
