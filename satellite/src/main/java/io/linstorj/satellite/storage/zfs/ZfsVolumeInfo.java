package io.linstorj.satellite.storage.zfs;

/**
 * A ZFS volume (zvol) as {@code zfs list} reports it.
 *
 * @param name its full dataset name, e.g. {@code tank/web_00000}
 * @param sizeKib its volsize in KiB
 * @param blockSizeKib its volblocksize in KiB; its size is always a multiple of it
 * @param owner the value of its {@code linstorj:pool} property: the storage pool that created
 *     it; "-" if it is not set
 */
public record ZfsVolumeInfo(String name, long sizeKib, long blockSizeKib, String owner) {}
