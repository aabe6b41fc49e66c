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

    /**
     * Whether the sink can pass on events of streams named {@code eventName}; the hub offers it
     * no others. Resource and volume streams by default: a sink that translates snapshot streams
     * says so.
     */
    default boolean understands(String eventName) {
        return StreamKey.RESOURCE_STATE.equals(eventName) || StreamKey.VOLUME_DISK_STATE.equals(eventName);
    }
}
