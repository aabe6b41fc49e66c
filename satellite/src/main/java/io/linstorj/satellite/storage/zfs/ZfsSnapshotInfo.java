package io.linstorj.satellite.storage.zfs;

import java.util.List;

/**
 * A ZFS snapshot as {@code zfs list -t snapshot} reports it.
 *
 * @param name its full name, e.g. {@code tank/web_00000@s1}
 * @param clones the datasets cloned from it, which keep it from being destroyed
 * @param owner the value of its {@code linstorj:snapshot} property: the storage pool that took
 *     it; "-" if it is not set
 */
public record ZfsSnapshotInfo(String name, List<String> clones, String owner) {

    /** Creates a value with an unmodifiable clone list. */
    public ZfsSnapshotInfo {
        clones = List.copyOf(clones);
    }
}
