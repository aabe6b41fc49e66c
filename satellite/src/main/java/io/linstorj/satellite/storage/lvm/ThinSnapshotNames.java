package io.linstorj.satellite.storage.lvm;

import io.linstorj.satellite.storage.SnapshotId;
import io.linstorj.satellite.storage.VolumeId;
import java.util.Optional;

/**
 * How an LVM_THIN pool names the logical volumes of its snapshots. LVM forbids the '@' of
 * {@link SnapshotId#storageName()}, so a snapshot is {@code <volume>.<snapshot>}: a '.' that no
 * LINSTOR name may hold keeps it apart from every volume's name. A rollback builds the volume's
 * new content as {@code <volume>+rollback} ('+' is no LINSTOR character either) before it takes
 * the volume's name.
 * <pre>{@code
 * ThinSnapshotNames.of(new SnapshotId(new VolumeId("web", 0), "s1"));   // "web_00000.s1"
 * ThinSnapshotNames.parse("web_00000.s1");                              // Optional[web/0@s1]
 * }</pre>
 */
final class ThinSnapshotNames {
    private static final String ROLLBACK_SUFFIX = "+rollback";

    private ThinSnapshotNames() {}

    /** The logical volume name of a snapshot. */
    static String of(SnapshotId id) {
        return id.volume().storageName() + "." + id.snapshotName();
    }

    /** The snapshot a logical volume name stands for, or empty if {@link #of} does not make it. */
    static Optional<SnapshotId> parse(String lvName) {
        int dot = lvName.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String snapshot = lvName.substring(dot + 1);
        return VolumeId.parseStorageName(lvName.substring(0, dot)).flatMap(volume -> {
            try {
                return Optional.of(new SnapshotId(volume, snapshot));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** The name under which a rollback builds the volume's new content. */
    static String rollbackOf(VolumeId volume) {
        return volume.storageName() + ROLLBACK_SUFFIX;
    }
}
