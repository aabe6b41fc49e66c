package io.linstorj.controller.cluster;

import java.util.Locale;
import java.util.Optional;

/** The kind of storage behind a storage pool. */
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

    /** Parses a kind, ignoring case. */
    public static Optional<ProviderKind> parse(String text) {
        try {
            return Optional.of(valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
