package io.linstorj.controller.event;

/** Where a watch's events go, typically one client connection. */
public interface EventSink {
    /**
     * Takes an event without blocking.
     *
     * @return false when the sink's buffer is full: the hub then ends the watch
     */
    boolean offer(WatchEvent event);

    /** The watch was ended by the hub because the sink fell behind; {@code reason} says so. */
    void overflowed(int watchId, String reason);
}
