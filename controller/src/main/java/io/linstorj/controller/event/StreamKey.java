package io.linstorj.controller.event;

/**
 * Identifies one event stream: a resource's state on a node, one volume's disk state, or how the
 * taking of a snapshot stands.
 *
 * @param eventName    {@code ResourceState}, {@code VlmDiskState} or {@code SnapshotDeployment}
 * @param nodeName     the node; null for snapshot streams (one per snapshot definition)
 * @param resourceName the resource
 * @param volumeNumber the volume, or null for resource-level streams
 * @param snapshotName the snapshot, only on snapshot streams
 */
public record StreamKey(
        String eventName, String nodeName, String resourceName, Integer volumeNumber, String snapshotName) {
    /** Event name of resource-state streams. */
    public static final String RESOURCE_STATE = "ResourceState";
    /** Event name of volume disk-state streams. */
    public static final String VOLUME_DISK_STATE = "VlmDiskState";
    /** Event name of snapshot streams (LINSTOR's name of the event of a snapshot being taken). */
    public static final String SNAPSHOT_DEPLOYMENT = "SnapshotDeployment";

    /** A stream of a node's resource or volume. */
    public StreamKey(String eventName, String nodeName, String resourceName, Integer volumeNumber) {
        this(eventName, nodeName, resourceName, volumeNumber, null);
    }

    /** The stream of a resource's state on a node. */
    public static StreamKey resourceState(String nodeName, String resourceName) {
        return new StreamKey(RESOURCE_STATE, nodeName, resourceName, null);
    }

    /** The stream of a volume's disk state on a node. */
    public static StreamKey volumeDiskState(String nodeName, String resourceName, int volumeNumber) {
        return new StreamKey(VOLUME_DISK_STATE, nodeName, resourceName, volumeNumber);
    }

    /** The stream of a snapshot of a resource definition, on all its nodes together. */
    public static StreamKey snapshotDeployment(String resourceName, String snapshotName) {
        return new StreamKey(SNAPSHOT_DEPLOYMENT, null, resourceName, null, snapshotName);
    }

    /** True when this stream is about node {@code name}. */
    public boolean isOnNode(String name) {
        return name.equals(nodeName);
    }
}
