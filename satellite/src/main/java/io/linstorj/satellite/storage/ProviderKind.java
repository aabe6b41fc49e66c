package io.linstorj.satellite.storage;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kind of backing storage a storage pool uses; the names are LINSTOR's provider kinds. */
public enum ProviderKind {
    /** No backing storage: volumes are DRBD clients of their peers. */
    DISKLESS,
    /** Logical volumes in an LVM volume group, fully allocated. */
    LVM,
    /** Thin logical volumes in an LVM thin pool. */
    LVM_THIN,
    /** ZFS volumes (zvols) with a full reservation. */
    ZFS,
    /** Sparse ZFS volumes. */
    ZFS_THIN,
    /** Preallocated files in a directory, attached to loop devices where possible. */
    FILE,
    /** Sparse files in a directory, attached to loop devices where possible. */
    FILE_THIN;

    /**
     * Returns the kind named {@code name}, ignoring case.
     *
     * @throws StorageException naming the supported kinds if there is no such kind
     */
    public static ProviderKind parse(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (ProviderKind kind : values()) {
            if (kind.name().equals(wanted)) {
                return kind;
            }
        }
        throw new StorageException(new StorageProblem(
                StorageProblem.Reason.UNSUPPORTED,
                "storage provider kind '" + name + "' is not supported",
                "this satellite implements only "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")),
                "create the storage pool with one of these provider kinds"));
    }

    /** Returns true for the kinds that allocate space only when it is written. */
    public boolean isThin() {
        return this == LVM_THIN || this == ZFS_THIN || this == FILE_THIN;
    }
}
