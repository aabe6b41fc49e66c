package io.linstorj.controller.cluster;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of storage behind a storage pool, with LINSTOR's names.
 *
 * <p>Thin kinds allocate on write, so placement measures them by over-subscription rather than by
 * free space; DISKLESS pools never hold data and serve only diskless replicas.
 */
public enum ProviderKind {
    DISKLESS,
    LVM,
    LVM_THIN,
    ZFS,
    ZFS_THIN,
    FILE,
    FILE_THIN;

    /** True for the kinds whose pool is a directory rather than a volume group or zpool. */
    public boolean isFileBased() {
        return this == FILE || this == FILE_THIN;
    }

    /** True for kinds that allocate space on write (LVM_THIN, ZFS_THIN, FILE_THIN). */
    public boolean isThin() {
        return this == LVM_THIN || this == ZFS_THIN || this == FILE_THIN;
    }

    /**
     * True for the kinds whose volumes LinstorJ can snapshot: FILE, FILE_THIN (file copies),
     * LVM_THIN (thin snapshots), ZFS and ZFS_THIN (ZFS snapshots). Thick LVM and DISKLESS cannot, as
     * in LINSTOR.
     */
    public boolean takesSnapshots() {
        return this != LVM && this != DISKLESS;
    }

    /**
     * True for the kinds whose restored volumes stay bound to their snapshot: a ZFS restore is a
     * clone, and ZFS keeps a snapshot while a clone of it exists.
     */
    public boolean restoresDependOnSnapshot() {
        return this == ZFS || this == ZFS_THIN;
    }

    /** True for the DISKLESS kind, which can only back diskless replicas. */
    public boolean isDiskless() {
        return this == DISKLESS;
    }

    /** Parses a kind, ignoring case. */
    public static Optional<ProviderKind> parse(String text) {
        try {
            return Optional.of(valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
