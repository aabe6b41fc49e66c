package io.linstorj.satellite.storage.zfs;

import static io.linstorj.satellite.command.ScriptedCommandRunner.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.satellite.command.ScriptedCommandRunner;
import io.linstorj.satellite.storage.Change;
import io.linstorj.satellite.storage.SnapshotId;
import io.linstorj.satellite.storage.StorageException;
import io.linstorj.satellite.storage.StorageProblem;
import io.linstorj.satellite.storage.VolumeApplied;
import io.linstorj.satellite.storage.VolumeId;
import io.linstorj.satellite.storage.VolumeSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Snapshots of ZFS and ZFS_THIN pools, on recorded zfs output (this kernel has no ZFS). */
class ZfsSnapshotTest {

    private static final String SPACE = "zfs list -H -p -o name,used,available tank";
    private static final String VOLUMES =
            "zfs list -H -p -d 1 -t volume -o name,volsize,volblocksize,linstorj:pool tank";
    private static final String SNAPSHOTS = "zfs list -H -p -d 2 -t snapshot -o name,clones,linstorj:snapshot tank";
    private static final VolumeId WEB = new VolumeId("web", 0);

    private final ScriptedCommandRunner runner = new ScriptedCommandRunner();
    private final ZfsProvider thick = new ZfsProvider("pool1", ZfsPool.parse("pool1", "tank"), false, runner);
    private final ZfsProvider thin = new ZfsProvider("pool1", ZfsPool.parse("pool1", "tank"), true, runner);

    @AfterEach
    void everyExpectedCommandRan() {
        assertThat(runner.pending()).isEmpty();
    }

    private ScriptedCommandRunner withSnapshots() {
        return runner.expect(SPACE, recorded("zfs/space-tank.txt"))
                .expect(SNAPSHOTS, recorded("zfs/snapshots-tank.txt"));
    }

    @Test
    void aSnapshotIsAZfsSnapshotMarkedWithThePool() {
        withSnapshots()
                .expect(VOLUMES, recorded("zfs/volumes-tank.txt"))
                .expect("zfs snapshot -o linstorj:snapshot=pool1 tank/web_00000@s3", "");

        assertThat(thin.createSnapshot(new SnapshotId(WEB, "s3"))).isEqualTo(Change.CREATED);
    }

    @Test
    void aSnapshotThatExistsIsKeptAndOneSomeoneElseTookIsRefused() {
        withSnapshots();
        withSnapshots();

        assertThat(thick.createSnapshot(new SnapshotId(WEB, "s2"))).isEqualTo(Change.NOOP);
        assertThatThrownBy(() -> thick.createSnapshot(new SnapshotId(WEB, "hourly")))
                .isInstanceOfSatisfying(
                        StorageException.class,
                        e -> assertThat(e.problem().reason()).isEqualTo(StorageProblem.Reason.FOREIGN_VOLUME));
    }

    @Test
    void onlyThePoolsOwnSnapshotsOfItsOwnZvolsAreListed() {
        withSnapshots();

        assertThat(thin.listSnapshots()).containsExactly(new SnapshotId(WEB, "s1"), new SnapshotId(WEB, "s2"));
    }

    @Test
    void deletingASnapshotDestroysItAndLeavesOthersSnapshotsAlone() {
        withSnapshots().expect("zfs destroy tank/web_00000@s2", "");
        withSnapshots();
        withSnapshots();

        assertThat(thin.deleteSnapshot(new SnapshotId(WEB, "s2"))).isEqualTo(Change.DELETED);
        assertThat(thin.deleteSnapshot(new SnapshotId(WEB, "hourly"))).isEqualTo(Change.NOOP);
        assertThat(thin.deleteSnapshot(new SnapshotId(new VolumeId("db", 1), "s1")))
                .isEqualTo(Change.NOOP);
        assertThat(runner.commandLines())
                .filteredOn(line -> line.startsWith("zfs destroy"))
                .hasSize(1);
    }

    @Test
    void aSnapshotWithClonesIsNotDeletedAndTheRefusalNamesThem() {
        withSnapshots();

        assertThatThrownBy(() -> thin.deleteSnapshot(new SnapshotId(WEB, "s1")))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.problem().reason()).isEqualTo(StorageProblem.Reason.IN_USE);
                    assertThat(e.problem().message()).contains("tank/copy_00000");
                    assertThat(e.problem().correction()).contains("delete the resources restored from this snapshot");
                });
    }

    @Test
    void aRestoreClonesTheSnapshotSparseInAThinPool() {
        runner.expect(SPACE, recorded("zfs/space-tank.txt"))
                .expect(VOLUMES, recorded("zfs/volumes-tank.txt"))
                .expect(SNAPSHOTS, recorded("zfs/snapshots-tank.txt"))
                .expect("zfs clone -o linstorj:pool=pool1 tank/web_00000@s2 tank/new_00000", "")
                .expect(SPACE, recorded("zfs/space-tank.txt"))
                .expect(VOLUMES, recorded("zfs/volumes-tank-after-create.txt"));

        VolumeApplied restored =
                thin.restoreVolume(new VolumeSpec(new VolumeId("new", 0), 10010), new SnapshotId(WEB, "s2"));

        assertThat(restored.change()).isEqualTo(Change.CREATED);
        assertThat(restored.volume().backingDisk()).isEqualTo("/dev/zvol/tank/new_00000");
    }

    @Test
    void aRestoreInAThickPoolReservesTheClonesSpace() {
        runner.expect(SPACE, recorded("zfs/space-tank.txt"))
                .expect(VOLUMES, recorded("zfs/volumes-tank.txt"))
                .expect(SNAPSHOTS, recorded("zfs/snapshots-tank.txt"))
                .expect("zfs clone -o linstorj:pool=pool1 -o refreservation=auto tank/web_00000@s2 tank/new_00000", "")
                .expect(SPACE, recorded("zfs/space-tank.txt"))
                .expect(VOLUMES, recorded("zfs/volumes-tank-after-create.txt"));

        assertThat(thick.restoreVolume(new VolumeSpec(new VolumeId("new", 0), 10010), new SnapshotId(WEB, "s2"))
                        .change())
                .isEqualTo(Change.CREATED);
    }

    @Test
    void aRollbackIsAZfsRollbackToTheLatestSnapshot() {
        withSnapshots().expect(VOLUMES, recorded("zfs/volumes-tank.txt")).expect("zfs rollback tank/web_00000@s2", "");

        assertThat(thin.rollback(new SnapshotId(WEB, "s2"))).isEqualTo(Change.UPDATED);
    }

    @Test
    void aRollbackPastALaterSnapshotIsRefusedAndDestroysNothing() {
        withSnapshots()
                .expect(VOLUMES, recorded("zfs/volumes-tank.txt"))
                .expectFailure("zfs rollback tank/web_00000@s1", 1, recorded("zfs/rollback-more-recent.stderr.txt"));

        assertThatThrownBy(() -> thin.rollback(new SnapshotId(WEB, "s1")))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.problem().reason()).isEqualTo(StorageProblem.Reason.IN_USE);
                    assertThat(e.problem().message()).endsWith("it has later snapshots");
                    assertThat(e.problem().cause()).contains("tank/web_00000@s2");
                });
        assertThat(runner.commandLines()).noneMatch(line -> line.contains("-r"));
    }

    @Test
    void aRollbackToASnapshotThatIsNotOursIsRefused() {
        withSnapshots();

        assertThatThrownBy(() -> thin.rollback(new SnapshotId(WEB, "hourly")))
                .isInstanceOfSatisfying(
                        StorageException.class,
                        e -> assertThat(e.problem().message()).endsWith("snapshot web/0@hourly not found"));
    }
}
