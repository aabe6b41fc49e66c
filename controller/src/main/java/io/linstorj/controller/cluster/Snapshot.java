package io.linstorj.controller.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A snapshot on one node, as desired: the node must hold a copy of each of the resource's
 * volumes, in the storage pool that backed the volume when the snapshot was asked for. Whether
 * the copy was taken is observed, not desired.
 *
 * @param resourceName the resource definition's name as created
 * @param snapshotName the snapshot's name as created
 * @param nodeName the node's name as created
 * @param volumePools storage pool name by volume number
 * @param props properties (LINSTOR's snapshot_props)
 * @param createTimestamp when it was asked for, milliseconds since the epoch (LINSTOR's create_timestamp)
 * @param uuid identity
 */
public record Snapshot(
        String resourceName,
        String snapshotName,
        String nodeName,
        SortedMap<Integer, String> volumePools,
        Map<String, String> props,
        long createTimestamp,
        UUID uuid) {

    /** Creates a snapshot; collections are copied. */
    public Snapshot {
        volumePools = Collections.unmodifiableSortedMap(new TreeMap<>(volumePools));
        props = Props.copyOf(props);
    }

    /** The lookup key of this snapshot. */
    public SnapshotKey key() {
        return SnapshotKey.of(resourceName, snapshotName, nodeName);
    }
}
