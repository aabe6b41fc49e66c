package io.linstorj.controller.transport;

/** Hears about client connections opening and closing; both methods default to no-ops. */
public interface ClientSessionListener {
    /** A client connected; its Version message is already queued, so pushes follow it. */
    default void sessionOpened(ClientSession session) {}

    /** A client's connection closed. */
    default void sessionClosed(ClientSession session) {}
}
