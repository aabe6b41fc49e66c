package io.linstorj.controller.observed;

/**
 * Hears about changes of the observed state (for events). Methods default to no-ops, so new
 * kinds of change break no listener. Called on the thread that made the update.
 */
public interface ObservedStateListener {
    /** A node's connection status changed. */
    default void connectionStatusChanged(String nodeName, String status) {}

    /** A volume's observation changed; {@code observation} is null when it was forgotten. */
    default void volumeChanged(String nodeName, String resourceName, int volumeNumber, VolumeObservation observation) {}

    /** A snapshot's observation on a node changed; {@code observation} is null when it was forgotten. */
    default void snapshotChanged(
            String nodeName, String resourceName, String snapshotName, SnapshotObservation observation) {}

    /** A resource's observation changed; {@code observation} is null when it was forgotten. */
    default void resourceChanged(String nodeName, String resourceName, ResourceObservation observation) {}
}
