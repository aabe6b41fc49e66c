package io.linstorj.controller.event;

/**
 * Which streams a watch wants; null fields match everything.
 *
 * @param nodeName     only this node's streams
 * @param resourceName only this resource's streams
 * @param volumeNumber only this volume's disk-state streams (resource-level streams do not match)
 * @param snapshotName only this snapshot's streams (no snapshot streams exist yet, so a watch
 *                     naming one receives nothing)
 */
public record WatchFilter(String nodeName, String resourceName, Integer volumeNumber, String snapshotName) {
    /** A filter matching every stream. */
    public static WatchFilter all() {
        return new WatchFilter(null, null, null, null);
    }

    /** True when {@code key} is one of the streams this filter selects. */
    public boolean matches(StreamKey key) {
        return snapshotName == null
            && (nodeName == null || nodeName.equals(key.nodeName()))
            && (resourceName == null || resourceName.equals(key.resourceName()))
            && (volumeNumber == null || volumeNumber.equals(key.volumeNumber()));
    }
}
