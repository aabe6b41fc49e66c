package io.linstorj.satellite.storage.file;

import io.linstorj.satellite.command.ProcessCommandRunner;
import io.linstorj.satellite.storage.PoolOwner;
import io.linstorj.satellite.storage.SnapshotId;
import io.linstorj.satellite.storage.VolumeId;
import java.nio.file.Path;
import java.util.List;

/**
 * The process {@link FileSnapshotCrashTest} kills: it takes snapshot {@code s1} of volume
 * {@code web/0} in the FILE_THIN pool {@code pool1} of node alpha in the directory {@code args[0]},
 * looking for its programs in {@code args[1]} first (where the test puts a {@code cp} that copies
 * and then hangs, so that the kill comes before the copy is renamed into place).
 */
public final class SnapshotCopyChild {
    private SnapshotCopyChild() {}

    /** Takes the snapshot; prints {@code COPYING} first. */
    public static void main(String[] args) {
        var runner = new ProcessCommandRunner(List.of(Path.of(args[1]), Path.of("/usr/bin"), Path.of("/bin")));
        var pool = new FileProvider(
                "pool1",
                Path.of(args[0]),
                FileAllocation.SPARSE,
                PoolOwner.of("alpha"),
                runner,
                LoopSupport.disabled("the crash test uses plain files"));
        System.out.println("COPYING");
        System.out.flush();
        pool.createSnapshot(new SnapshotId(new VolumeId("web", 0), "s1"));
        System.out.println("TAKEN");
    }
}
