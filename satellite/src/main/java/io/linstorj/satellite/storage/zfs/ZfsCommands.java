package io.linstorj.satellite.storage.zfs;

import io.linstorj.satellite.command.Command;
import java.util.ArrayList;
import java.util.List;

/** The zfs command lines of a ZFS or ZFS_THIN pool; reports are tab-separated and in bytes. */
final class ZfsCommands {

    private final ZfsPool pool;
    private final boolean sparse;

    ZfsCommands(ZfsPool pool, boolean sparse) {
        this.pool = pool;
        this.sparse = sparse;
    }

    Command spaceReport() {
        return Command.of("zfs", "list", "-H", "-p", "-o", ZfsSpaceParser.COLUMNS, pool.dataset());
    }

    Command volumeReport() {
        return Command.of(
                "zfs", "list", "-H", "-p", "-d", "1", "-t", "volume", "-o", ZfsVolumeParser.COLUMNS, pool.dataset());
    }

    Command create(String name, long sizeKib, String owner) {
        var arguments = new ArrayList<>(List.of("create"));
        if (sparse) {
            arguments.add("-s");
        }
        arguments.addAll(
                List.of("-o", ZfsVolumeParser.OWNER_PROPERTY + "=" + owner, "-V", sizeKib + "k", pool.volume(name)));
        return Command.of("zfs", arguments);
    }

    /** Lists the snapshots of the pool's zvols (depth 2: the dataset, its zvols, their snapshots). */
    Command snapshotReport() {
        return Command.of(
                "zfs",
                "list",
                "-H",
                "-p",
                "-d",
                "2",
                "-t",
                "snapshot",
                "-o",
                ZfsSnapshotParser.COLUMNS,
                pool.dataset());
    }

    Command snapshot(String snapshotName, String owner) {
        return Command.of(
                "zfs", "snapshot", "-o", ZfsSnapshotParser.OWNER_PROPERTY + "=" + owner, pool.volume(snapshotName));
    }

    /**
     * A zvol {@code name} cloned from a snapshot; a thick pool's clone reserves its whole size as a
     * created zvol does.
     */
    Command clone(String snapshotName, String name, String owner) {
        var arguments = new ArrayList<>(List.of("clone", "-o", ZfsVolumeParser.OWNER_PROPERTY + "=" + owner));
        if (!sparse) {
            arguments.addAll(List.of("-o", "refreservation=auto"));
        }
        arguments.addAll(List.of(pool.volume(snapshotName), pool.volume(name)));
        return Command.of("zfs", arguments);
    }

    Command rollback(String snapshotName) {
        return Command.of("zfs", "rollback", pool.volume(snapshotName));
    }

    Command resize(String name, long sizeKib) {
        return Command.of("zfs", "set", "volsize=" + sizeKib + "k", pool.volume(name));
    }

    Command destroy(String name) {
        return Command.of("zfs", "destroy", pool.volume(name));
    }
}
