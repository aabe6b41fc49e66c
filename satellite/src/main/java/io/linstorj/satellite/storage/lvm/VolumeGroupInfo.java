package io.linstorj.satellite.storage.lvm;

/**
 * An LVM volume group as vgs reports it, sizes in KiB.
 *
 * @param name the volume group's name
 * @param extentSizeKib the allocation unit of its logical volumes
 * @param sizeKib its whole size
 * @param freeKib its unallocated space
 */
public record VolumeGroupInfo(String name, long extentSizeKib, long sizeKib, long freeKib) {}
