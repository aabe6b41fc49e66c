package io.linstorj.satellite.storage.zfs;

/**
 * The space of a ZFS dataset as {@code zfs list} reports it, in KiB.
 *
 * @param name the dataset's name
 * @param usedKib the space it and its descendants use
 * @param availableKib the space left to it
 */
public record ZfsSpace(String name, long usedKib, long availableKib) {}
