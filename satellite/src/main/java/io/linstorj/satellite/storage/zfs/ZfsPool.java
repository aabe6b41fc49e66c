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

    // ZFS's characters for dataset names, component by component; no leading '-' (an option), no
    // empty component ('//'); the zpool (first component) starts with a letter, as zpool demands.
    private static final Pattern DATASET =
            Pattern.compile("[A-Za-z][A-Za-z0-9_.:-]*(/[A-Za-z0-9_.:][A-Za-z0-9_.:-]*)*");
    // zpool(8): names that zpool reserves for vdev types.
    private static final Pattern RESERVED_ZPOOL = Pattern.compile("mirror|raidz[0-9]*|draid[0-9]*|spare|log");
    private static final int MAX_LENGTH = 255;

    /**
     * Returns the pool that the value of {@code StorDriver/StorPoolName} names.
     *
     * @throws StorageException with {@link StorageProblem.Reason#CONFIGURATION} if it is not a
     *     dataset name
     */
    public static ZfsPool parse(String storagePoolName, String value) {
        String dataset = value;
        if (!isDatasetName(dataset)) {
            throw new StorageException(new StorageProblem(
                    StorageProblem.Reason.CONFIGURATION,
                    "storage pool '" + storagePoolName + "': '" + value + "' is not a ZFS dataset name",
                    "a ZFS pool needs StorDriver/StorPoolName = <zpool> or <zpool>/<filesystem>",
                    "set StorDriver/StorPoolName to e.g. 'tank' or 'tank/linstorj'"));
        }
        return new ZfsPool(dataset);
    }

    private static boolean isDatasetName(String name) {
        if (name.length() > MAX_LENGTH || !DATASET.matcher(name).matches()) {
            return false;
        }
        String[] components = name.split("/");
        if (RESERVED_ZPOOL.matcher(components[0]).matches()) {
            return false;
        }
        for (String component : components) {
            if (component.equals(".") || component.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Returns the name of the zvol called {@code name} in this pool. */
    public String volume(String name) {
        return dataset + "/" + name;
    }
}
