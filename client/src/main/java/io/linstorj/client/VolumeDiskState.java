package io.linstorj.client;

/**
 * The data of a {@link Consts#EVENT_VOLUME_DISK_STATE} event: a volume's disk state on one node.
 *
 * @param diskState DRBD's disk state, e.g. {@code UpToDate}, {@code Inconsistent}, {@code Diskless}
 */
public record VolumeDiskState(String diskState) implements EventData {}
