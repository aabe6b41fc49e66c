package io.linstorj.satellite.storage.lvm;

import io.linstorj.satellite.storage.StorageException;
import io.linstorj.satellite.storage.StorageProblem;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an LVM pool's volumes live: a volume group, and for LVM_THIN a thin pool in it.
 *
 * @param volumeGroup the volume group's name
 * @param thinPool the thin pool's name (LVM_THIN), or empty (LVM)
 */
public record LvmPool(String volumeGroup, Optional<String> thinPool) {

    // LVM's own rule for names (lvm(8) "VALID NAMES"), minus a leading '-' so that no name reads
    // as an option; '.' and '..' are refused separately, and so is a name past LVM's 127 characters.
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.+][A-Za-z0-9_.+-]{0,126}");

    /**
     * Returns the pool that the value of {@code StorDriver/StorPoolName} names: {@code vg} for
     * LVM, {@code vg/thinpool} for LVM_THIN.
     *
     * @throws StorageException with {@link StorageProblem.Reason#CONFIGURATION} if it is not of
     *     that form
     */
    public static LvmPool parse(String storagePoolName, String value, boolean thin) {
        String[] parts = value.split("/", -1);
        boolean valid = parts.length == (thin ? 2 : 1) && validName(parts[0]) && (!thin || validName(parts[1]));
        if (!valid) {
            throw new StorageException(new StorageProblem(
                    StorageProblem.Reason.CONFIGURATION,
                    "storage pool '" + storagePoolName + "': '" + value + "' is not "
                            + (thin ? "a volume group and thin pool" : "a volume group name"),
                    thin
                            ? "an LVM_THIN pool needs StorDriver/StorPoolName = <volume group>/<thin pool>"
                            : "an LVM pool needs StorDriver/StorPoolName = <volume group>",
                    thin
                            ? "set StorDriver/StorPoolName to e.g. 'vg0/thinpool'"
                            : "set StorDriver/StorPoolName to e.g. 'vg0'"));
        }
        return new LvmPool(parts[0], thin ? Optional.of(parts[1]) : Optional.empty());
    }

    private static boolean validName(String name) {
        return NAME.matcher(name).matches() && !name.equals(".") && !name.equals("..");
    }

    /** Returns the pool as written in StorDriver/StorPoolName. */
    @Override
    public String toString() {
        return thinPool.map(pool -> volumeGroup + "/" + pool).orElse(volumeGroup);
    }
}
