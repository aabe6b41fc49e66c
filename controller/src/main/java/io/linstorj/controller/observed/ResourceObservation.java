package io.linstorj.controller.observed;

/**
 * What a satellite last reported about a resource.
 *
 * @param ready true when DRBD is up and usable on the node
 * @param inUse true when the device is open (primary)
 */
public record ResourceObservation(boolean ready, boolean inUse) {
}
