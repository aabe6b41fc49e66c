package io.linstorj.controller.event;

/**
 * Identifies one event stream: a resource's state on a node, or one volume's disk state.
 *
 * @param eventName    {@code ResourceState} or {@code VlmDiskState}
 * @param nodeName     the node
 * @param resourceName the resource
 * @param volumeNumber the volume, or null for resource-level streams
 */
public record StreamKey(String eventName, String nodeName, String resourceName, Integer volumeNumber) {
    /** Event name of resource-state streams. */
    public static final String RESOURCE_STATE = "ResourceState";
    /** Event name of volume disk-state streams. */
    public static final String VOLUME_DISK_STATE = "VlmDiskState";

    /** The stream of a resource's state on a node. */
    public static StreamKey resourceState(String nodeName, String resourceName) {
        return new StreamKey(RESOURCE_STATE, nodeName, resourceName, null);
    }

    /** The stream of a volume's disk state on a node. */
    public static StreamKey volumeDiskState(String nodeName, String resourceName, int volumeNumber) {
        return new StreamKey(VOLUME_DISK_STATE, nodeName, resourceName, volumeNumber);
    }
}
