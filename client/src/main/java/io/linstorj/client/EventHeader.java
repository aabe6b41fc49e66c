package io.linstorj.client;

import org.jspecify.annotations.Nullable;

/**
 * What an event of a watch is about: which watch, which event on which object, and what
 * happened to the event's stream.
 *
 * <p>Names of objects the event does not concern are empty strings (a resource event has no
 * volume number, only snapshot events have a snapshot name, and a snapshot event has no node).
 *
 * @param watchId the watch the event belongs to
 * @param eventAction {@link Consts#EVENT_STREAM_OPEN}, {@link Consts#EVENT_STREAM_VALUE},
 *     {@link Consts#EVENT_STREAM_CLOSE_NO_CONNECTION} or {@link Consts#EVENT_STREAM_CLOSE_REMOVED}
 * @param eventName {@link Consts#EVENT_VOLUME_DISK_STATE}, {@link Consts#EVENT_RESOURCE_STATE} or
 *     {@link Consts#EVENT_SNAPSHOT_DEPLOYMENT}
 * @param nodeName the node of the object
 * @param resourceName the resource of the object
 * @param volumeNumber the volume of the object; null for events of a whole resource
 * @param snapshotName the snapshot of the object
 */
public record EventHeader(
        int watchId,
        String eventAction,
        String eventName,
        String nodeName,
        String resourceName,
        @Nullable Integer volumeNumber,
        String snapshotName) {

    /** True for the actions that end an object's stream and carry no data: the two closes. */
    public boolean isClose() {
        return Consts.EVENT_STREAM_CLOSE_NO_CONNECTION.equals(eventAction)
                || Consts.EVENT_STREAM_CLOSE_REMOVED.equals(eventAction);
    }
}
