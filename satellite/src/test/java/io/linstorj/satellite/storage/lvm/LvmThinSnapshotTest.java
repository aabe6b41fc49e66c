package io.linstorj.satellite.storage.lvm;

import static io.linstorj.satellite.command.ScriptedCommandRunner.recorded;
import static io.linstorj.satellite.storage.lvm.LvmProviderTest.LVS;
import static io.linstorj.satellite.storage.lvm.LvmProviderTest.VGS;
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

/** Snapshots of an LVM_THIN pool, on lvs output recorded from lvm2 2.03 (this kernel has no device-mapper). */
class LvmThinSnapshotTest {

    private static final VolumeId WEB = new VolumeId("web", 0);
    private static final String THIN_COPY = "lvcreate --snapshot --setactivationskip n --activate y --name ";

    private final ScriptedCommandRunner runner = new ScriptedCommandRunner();
    private final LvmProvider pool = new LvmProvider("pool1", LvmPool.parse("pool1", "vg0/thin", true), runner);

    @AfterEach
    void everyExpectedCommandRan() {
        assertThat(runner.pending()).isEmpty();
    }

    private ScriptedCommandRunner observing(String lvs) {
        return runner.expect(VGS, recorded("lvm/vgs-vg0.txt")).expect(LVS, recorded(lvs));
    }

    @Test
    void aSnapshotIsAThinSnapshotOfTheVolumeTaggedAsThePools() {
        observing("lvm/lvs-thin.txt")
                .expect(
                        "lvcreate --snapshot --name web_00000.s1 --addtag linstorj_pool=pool1 --yes vg0/web_00000",
                        "  Logical volume \"web_00000.s1\" created.\n");

        assertThat(pool.createSnapshot(new SnapshotId(WEB, "s1"))).isEqualTo(Change.CREATED);
    }

    @Test
    void aSnapshotThatExistsIsKept() {
        observing("lvm/lvs-thin-with-snapshots.txt");

        assertThat(pool.createSnapshot(new SnapshotId(WEB, "s1"))).isEqualTo(Change.NOOP);
    }

    @Test
    void aLogicalVolumeWithTheSnapshotsNameButNotOurTagIsRefusedAndLeftAlone() {
        observing("lvm/lvs-thin-with-snapshots.txt");

        assertThatThrownBy(() -> pool.createSnapshot(new SnapshotId(WEB, "s9")))
                .isInstanceOfSatisfying(
                        StorageException.class,
                        e -> assertThat(e.problem().reason()).isEqualTo(StorageProblem.Reason.FOREIGN_VOLUME));
    }

    @Test
    void aSnapshotOfAVolumeThatIsNotThereIsRefused() {
        observing("lvm/lvs-thin.txt");

        assertThatThrownBy(() -> pool.createSnapshot(new SnapshotId(new VolumeId("absent", 0), "s1")))
                .isInstanceOfSatisfying(
                        StorageException.class,
                        e -> assertThat(e.problem().message()).contains("has no logical volume to snapshot"));
    }

    @Test
    void onlySnapshotsWithOurNameAndTagAreListed() {
        observing("lvm/lvs-thin-with-snapshots.txt");

        assertThat(pool.listSnapshots()).containsExactly(new SnapshotId(WEB, "s1"));
    }

    @Test
    void deletingASnapshotRemovesItsLogicalVolume() {
        observing("lvm/lvs-thin-with-snapshots.txt")
                .expect("lvremove --yes vg0/web_00000.s1", "  Logical volume \"web_00000.s1\" successfully removed.\n");

        assertThat(pool.deleteSnapshot(new SnapshotId(WEB, "s1"))).isEqualTo(Change.DELETED);
    }

    @Test
    void deletingLeavesLogicalVolumesOfOtherPoolsOrOwnersAlone() {
        observing("lvm/lvs-thin-with-snapshots.txt");
        observing("lvm/lvs-thin-with-snapshots.txt");

        assertThat(pool.deleteSnapshot(new SnapshotId(WEB, "s9"))).isEqualTo(Change.NOOP);
        assertThat(pool.deleteSnapshot(new SnapshotId(new VolumeId("db", 0), "s1")))
                .isEqualTo(Change.NOOP);
    }

    @Test
    void aRestoreIsAWritableThinSnapshotOfTheSnapshotUnderTheNewVolumesName() {
        observing("lvm/lvs-thin-with-snapshots.txt")
                .expect(THIN_COPY + "copy_00000 --addtag linstorj_pool=pool1 --yes vg0/web_00000.s1", "")
                .expect(VGS, recorded("lvm/vgs-vg0.txt"))
                .expect(LVS, recorded("lvm/lvs-thin-after-restore.txt"));

        VolumeApplied restored =
                pool.restoreVolume(new VolumeSpec(new VolumeId("copy", 0), 102400), new SnapshotId(WEB, "s1"));

        assertThat(restored.change()).isEqualTo(Change.CREATED);
        assertThat(restored.volume().backingDisk()).isEqualTo("/dev/vg0/copy_00000");
    }

    @Test
    void aRestoreFromASnapshotThatIsNotOursIsRefused() {
        observing("lvm/lvs-thin-with-snapshots.txt");

        assertThatThrownBy(() -> pool.restoreVolume(
                        new VolumeSpec(new VolumeId("copy", 0), 102400), new SnapshotId(WEB, "hourly")))
                .isInstanceOfSatisfying(
                        StorageException.class,
                        e -> assertThat(e.problem().message()).endsWith("snapshot web/0@hourly not found"));
    }

    @Test
    void aRollbackBuildsTheSnapshotsCopyBesideTheVolumeThenPutsItInItsPlaceAndKeepsTheSnapshot() {
        observing("lvm/lvs-thin-with-snapshots.txt")
                .expect(THIN_COPY + "web_00000+rollback --addtag linstorj_pool=pool1 --yes vg0/web_00000.s1", "")
                .expect("lvremove --yes vg0/web_00000", "")
                .expect("lvrename vg0 web_00000+rollback web_00000", "");

        assertThat(pool.rollback(new SnapshotId(WEB, "s1"))).isEqualTo(Change.UPDATED);
        assertThat(runner.commandLines()).noneMatch(line -> line.contains("lvremove --yes vg0/web_00000.s1"));
    }

    @Test
    void aRollbackInterruptedBeforeItsRenameIsFinishedByTheNextCreate() {
        observing("lvm/lvs-thin-rollback-interrupted.txt")
                .expect("lvrename vg0 web_00000+rollback web_00000", "")
                .expect(VGS, recorded("lvm/vgs-vg0.txt"))
                .expect(LVS, recorded("lvm/lvs-thin-rollback-renamed.txt"));

        VolumeApplied applied = pool.createOrGrow(new VolumeSpec(WEB, 102400));

        assertThat(applied.change()).isEqualTo(Change.UPDATED);
        assertThat(applied.volume().backingDisk()).isEqualTo("/dev/vg0/web_00000");
    }

    @Test
    void aRollbackAfterAnInterruptedOneRebuildsItsCopy() {
        observing("lvm/lvs-thin-rollback-interrupted.txt")
                .expect("lvremove --yes vg0/web_00000+rollback", "")
                .expect(THIN_COPY + "web_00000+rollback --addtag linstorj_pool=pool1 --yes vg0/web_00000.s1", "")
                .expect("lvrename vg0 web_00000+rollback web_00000", "");

        assertThat(pool.rollback(new SnapshotId(WEB, "s1"))).isEqualTo(Change.UPDATED);
    }

    @Test
    void deletingAVolumeAlsoRemovesWhatAnInterruptedRollbackLeftOfIt() {
        observing("lvm/lvs-thin-rollback-interrupted.txt").expect("lvremove --yes vg0/web_00000+rollback", "");

        assertThat(pool.delete(WEB)).isEqualTo(Change.DELETED);
    }

    @Test
    void thickLvmTakesNoSnapshotsAndSaysWhyWithoutRunningACommand() {
        LvmProvider thick = new LvmProvider("thick", LvmPool.parse("thick", "vg0", false), runner);

        assertThatThrownBy(() -> thick.createSnapshot(new SnapshotId(WEB, "s1")))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.problem().reason()).isEqualTo(StorageProblem.Reason.UNSUPPORTED);
                    assertThat(e.problem().cause()).contains("thick LVM");
                });
        assertThat(thick.listSnapshots()).isEmpty();
        assertThat(thick.deleteSnapshot(new SnapshotId(WEB, "s1"))).isEqualTo(Change.NOOP);
        assertThat(runner.commandLines()).isEmpty();
    }

    @Test
    void snapshotNamesNeverReadAsVolumeNamesNorTheOtherWayRound() {
        assertThat(ThinSnapshotNames.parse("web_00000._00001")).contains(new SnapshotId(WEB, "_00001"));
        assertThat(VolumeId.parseStorageName("web_00000._00001")).isEmpty();
        assertThat(ThinSnapshotNames.parse("web_00000")).isEmpty();
        assertThat(ThinSnapshotNames.parse("web_00000+rollback")).isEmpty();
        assertThat(ThinSnapshotNames.parse("web_00000.a.b")).isEmpty();
    }
}
