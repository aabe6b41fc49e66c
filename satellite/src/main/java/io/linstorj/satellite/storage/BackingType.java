package io.linstorj.satellite.storage;

/** What a volume's backing disk is. */
public enum BackingType {
    /** A block device the provider made (a logical volume, a zvol). */
    BLOCK_DEVICE,
    /** A loop device attached to the volume's file. */
    LOOP_DEVICE,
    /**
     * The volume's file itself, because this satellite may not attach loop devices (it is not
     * root, there is no /dev/loop-control, or configuration said so). DRBD cannot use it as a
     * disk; it serves where only a path is needed.
     */
    FILE,
    /** No backing disk: the volume is diskless. */
    NONE
}
