package io.linstorj.satellite.storage;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identity of a storage snapshot on a node: the volume it copies and the snapshot's name.
 *
 * <p>Its storage is named after both, with an '@' that no LINSTOR name may contain, so a
 * snapshot's name can never be a volume's:
 * <pre>{@code
 * new SnapshotId(new VolumeId("web", 0), "s1").storageName();   // "web_00000@s1"
 * SnapshotId.parseStorageName("web_00000@s1");                 // Optional[web/0@s1]
 * }</pre>
 *
 * @param volume the volume the snapshot copies
 * @param snapshotName the snapshot's name (LINSTOR's rule of resource names)
 */
public record SnapshotId(VolumeId volume, String snapshotName) {
    private static final Pattern SNAPSHOT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,47}");

    /** Creates an identity; rejects a snapshot name LINSTOR would reject. */
    public SnapshotId {
        if (snapshotName == null || !SNAPSHOT_NAME.matcher(snapshotName).matches()) {
            throw new IllegalArgumentException("invalid snapshot name '" + snapshotName
                    + "': it must start with a letter or '_' and hold at most 48 letters, digits, '_' or '-'");
        }
    }

    /** Returns the name of this snapshot's storage: {@code <volume storage name>@<snapshot>}. */
    public String storageName() {
        return volume.storageName() + "@" + snapshotName;
    }

    /** Returns the snapshot a storage name stands for, or empty if it is not one {@link #storageName()} makes. */
    public static Optional<SnapshotId> parseStorageName(String storageName) {
        int at = storageName.indexOf('@');
        if (at < 0 || !SNAPSHOT_NAME.matcher(storageName.substring(at + 1)).matches()) {
            return Optional.empty();
        }
        return VolumeId.parseStorageName(storageName.substring(0, at))
                .map(volume -> new SnapshotId(volume, storageName.substring(at + 1)));
    }

    @Override
    public String toString() {
        return volume + "@" + snapshotName;
    }
}
