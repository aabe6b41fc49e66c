package io.linstorj.controller.event;

/**
 * Which streams a watch wants; null fields match everything.
 *
 * @param nodeName     only this node's streams (snapshot streams belong to no node: a node filter
 *                     excludes them)
 * @param resourceName only this resource's streams
 * @param volumeNumber only this volume's disk-state streams (resource-level streams do not match)
 * @param snapshotName only this snapshot's stream; without it, no snapshot stream matches (as
 *                     before snapshot streams existed), with it no resource or volume stream does
 */
public record WatchFilter(String nodeName, String resourceName, Integer volumeNumber, String snapshotName) {
    /** A filter matching every resource and volume stream. */
    public static WatchFilter all() {
        return new WatchFilter(null, null, null, null);
    }

    /** True when {@code key} is one of the streams this filter selects. */
    public boolean matches(StreamKey key) {
        boolean snapshotMatches =
                snapshotName == null ? key.snapshotName() == null : snapshotName.equals(key.snapshotName());
        return snapshotMatches
                && (nodeName == null || nodeName.equals(key.nodeName()))
                && (resourceName == null || resourceName.equals(key.resourceName()))
                && (volumeNumber == null || volumeNumber.equals(key.volumeNumber()));
    }
}
