package io.linstorj.controller.satellite;

/**
 * Hears a satellite confirm that a resource marked for deletion is gone from its node (DRBD down,
 * volumes deleted), so that the controller can remove it from the desired state. Called on a
 * link's thread; may be called again for the same resource until the removal reaches the node.
 */
@FunctionalInterface
public interface DeletionConfirmations {
    /** The satellite of {@code nodeName} has nothing left of {@code resourceName}. */
    void resourceGone(String nodeName, String resourceName);
}
