package io.linstorj.satellite.drbd;

/**
 * Receives the observed states of a {@link DrbdDriver}'s resources as they change.
 *
 * <p>Each call carries a full snapshot of one resource, so a listener that misses nothing needs
 * no history. Calls come from the driver's own thread (the events reader or the emulation's
 * scheduler) in the order the changes happened, while the driver holds its state lock: a
 * listener must hand the snapshot off quickly and must not call back into the driver.
 */
public interface DrbdStateListener {
    /** A resource appeared or one of its states changed. */
    default void resourceChanged(DrbdResourceState state) {}

    /** A resource is gone (taken down). */
    default void resourceRemoved(String resourceName) {}
}
