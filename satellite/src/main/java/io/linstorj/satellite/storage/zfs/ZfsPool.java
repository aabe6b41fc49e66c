package io.linstorj.satellite.storage.zfs;

import io.linstorj.satellite.storage.StorageException;
import io.linstorj.satellite.storage.StorageProblem;
import java.util.regex.Pattern;

/**
 * The ZFS dataset under which a ZFS or ZFS_THIN pool creates its volumes: a zpool ({@code tank})
 * or a filesystem in one ({@code tank/linstorj}).
 *
 * @param dataset the dataset's name
 */
public record ZfsPool(String dataset) {

    // ZFS's characters for dataset names, component by component; no leading '-' (an option).
    private static final Pattern DATASET =
            Pattern.compile("[A-Za-z0-9_.:][A-Za-z0-9_.:-]*(/[A-Za-z0-9_.:][A-Za-z0-9_.:-]*)*");

    /**
     * Returns the pool that the value of {@code StorDriver/StorPoolName} names.
     *
     * @throws StorageException with {@link StorageProblem.Reason#CONFIGURATION} if it is not a
     *     dataset name
     */
    public static ZfsPool parse(String storagePoolName, String value) {
        String dataset = value.strip();
        if (!DATASET.matcher(dataset).matches()) {
            throw new StorageException(new StorageProblem(
                    StorageProblem.Reason.CONFIGURATION,
                    "storage pool '" + storagePoolName + "': '" + value + "' is not a ZFS dataset name",
                    "a ZFS pool needs StorDriver/StorPoolName = <zpool> or <zpool>/<filesystem>",
                    "set StorDriver/StorPoolName to e.g. 'tank' or 'tank/linstorj'"));
        }
        return new ZfsPool(dataset);
    }

    /** Returns the name of the zvol called {@code name} in this pool. */
    public String volume(String name) {
        return dataset + "/" + name;
    }
}
