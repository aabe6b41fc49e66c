package io.linstorj.satellite.storage.zfs;

import static io.linstorj.satellite.command.ScriptedCommandRunner.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.satellite.command.ScriptedCommandRunner;
import io.linstorj.satellite.storage.BackingType;
import io.linstorj.satellite.storage.Capacity;
import io.linstorj.satellite.storage.Change;
import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.StorageException;
import io.linstorj.satellite.storage.StorageProblem;
import io.linstorj.satellite.storage.VolumeApplied;
import io.linstorj.satellite.storage.VolumeId;
import io.linstorj.satellite.storage.VolumeSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZfsProviderTest {

    private static final String SPACE = "zfs list -H -p -o name,used,available tank";
    private static final String VOLUMES =
            "zfs list -H -p -d 1 -t volume -o name,volsize,volblocksize,linstorj:pool tank";

    private final ScriptedCommandRunner runner = new ScriptedCommandRunner();
    private final ZfsProvider thick = new ZfsProvider("pool1", ZfsPool.parse("pool1", "tank"), false, runner);
    private final ZfsProvider thin = new ZfsProvider("pool1", ZfsPool.parse("pool1", "tank"), true, runner);

    @AfterEach
    void everyExpectedCommandRan() {
        assertThat(runner.pending()).isEmpty();
    }

    @Test
    void absentVolumeIsCreatedWithItsOwnerAndASizeRoundedToTheBlock() {
        runner.expect(SPACE, recorded("zfs/space-tank.txt"))
                .expect(VOLUMES, recorded("zfs/volumes-tank.txt"))
                .expect("zfs create -o linstorj:pool=pool1 -V 10016k tank/new_00000", "")
                .expect(VOLUMES, recorded("zfs/volumes-tank-after-create.txt"));

        VolumeApplied applied = thick.createOrGrow(new VolumeSpec(new VolumeId("new", 0), 10010));

        assertThat(applied.change()).isEqualTo(Change.CREATED);
        assertThat(applied.volume())
                .isEqualTo(new ProvidedVolume(
                        new VolumeId("new", 0), "/dev/zvol/tank/new_00000", 10016, BackingType.BLOCK_DEVICE));
    }

    @Test
    void thinVolumeIsCreatedSparse() {
        runner.expect(SPACE, recorded("zfs/space-tank.txt"))
                .expect(VOLUMES, recorded("zfs/volumes-tank.txt"))
                .expect("zfs create -s -o linstorj:pool=pool1 -V 10016k tank/new_00000", "")
                .expect(VOLUMES, recorded("zfs/volumes-tank-after-create.txt"));

        assertThat(thin.createOrGrow(new VolumeSpec(new VolumeId("new", 0), 10010))
                        .change())
                .isEqualTo(Change.CREATED);
    }

    @Test
    void volumeOfTheRequestedSizeIsANoop() {
        runner.expect(SPACE, recorded("zfs/space-tank.txt")).expect(VOLUMES, recorded("zfs/volumes-tank.txt"));

        assertThat(thick.createOrGrow(new VolumeSpec(new VolumeId("web", 0), 102400))
                        .change())
                .isEqualTo(Change.NOOP);
    }

    @Test
    void smallerVolumeGetsALargerVolsize() {
        runner.expect(SPACE, recorded("zfs/space-tank.txt"))
                .expect(VOLUMES, recorded("zfs/volumes-tank.txt"))
                .expect("zfs set volsize=204800k tank/web_00000", "")
                .expect(VOLUMES, recorded("zfs/volumes-tank-after-grow.txt"));

        VolumeApplied applied = thick.createOrGrow(new VolumeSpec(new VolumeId("web", 0), 204790));

        assertThat(applied.change()).isEqualTo(Change.UPDATED);
        assertThat(applied.volume().allocatedSizeKib()).isEqualTo(204800);
    }

    @Test
    void shrinkingIsRefused() {
        runner.expect(SPACE, recorded("zfs/space-tank.txt")).expect(VOLUMES, recorded("zfs/volumes-tank.txt"));

        assertThatThrownBy(() -> thick.createOrGrow(new VolumeSpec(new VolumeId("web", 0), 4096)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("shrinking it to 4096 KiB is refused");
    }

    @Test
    void ownVolumeIsDestroyedAndAnAbsentOneIsANoop() {
        runner.expect(SPACE, recorded("zfs/space-tank.txt"))
                .expect(VOLUMES, recorded("zfs/volumes-tank.txt"))
                .expect("zfs destroy tank/db_00001", "")
                .expect(SPACE, recorded("zfs/space-tank.txt"))
                .expect(VOLUMES, recorded("zfs/volumes-tank.txt"));

        assertThat(thick.delete(new VolumeId("db", 1))).isEqualTo(Change.DELETED);
        assertThat(thick.delete(new VolumeId("gone", 0))).isEqualTo(Change.NOOP);
    }

    @Test
    void volumeWithoutOurOwnerPropertyIsLeftAlone() {
        runner.expect(SPACE, recorded("zfs/space-tank.txt")).expect(VOLUMES, recorded("zfs/volumes-tank.txt"));

        assertThatThrownBy(() -> thick.delete(new VolumeId("old", 0)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(
                        "ZFS volume tank/old_00000 exists, but storage pool 'pool1' did" + " not create it")
                .hasMessageContaining("zfs set linstorj:pool=pool1 tank/old_00000");
    }

    @Test
    void listHoldsOnlyTheVolumesOfThisPool() {
        runner.expect(SPACE, recorded("zfs/space-tank.txt")).expect(VOLUMES, recorded("zfs/volumes-tank.txt"));

        assertThat(thick.list())
                .extracting(ProvidedVolume::id)
                .containsExactly(new VolumeId("web", 0), new VolumeId("db", 1));
    }

    @Test
    void capacityIsAvailableOfUsedPlusAvailable() {
        runner.expect(SPACE, recorded("zfs/space-tank.txt"));

        assertThat(thick.capacity()).isEqualTo(new Capacity(9221736, 1245184 + 9221736));
    }

    @Test
    void missingDatasetIsAClearProblem() {
        runner.expectFailure(SPACE, 1, recorded("zfs/space-missing.stderr.txt"));

        assertThat(thick.check()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.POOL_MISSING);
            assertThat(problem.message()).isEqualTo("ZFS dataset 'tank' of storage pool 'pool1' not found");
            assertThat(problem.cause()).isEqualTo("cannot open 'tank': dataset does not exist");
            assertThat(problem.correction()).contains("zpool create tank");
        });
    }

    @Test
    void unloadedKernelModuleIsReportedWithZfsOwnWords() {
        runner.expectFailure(SPACE, 1, recorded("zfs/modules-not-loaded.stderr.txt"));

        assertThat(thick.check()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.COMMAND_FAILED);
            assertThat(problem.cause()).contains("modprobe zfs");
        });
    }

    @Test
    void missingZfsToolsAreReportedWithThePackage() {
        runner.withoutProgram("zfs");

        assertThat(thick.check()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.TOOL_MISSING);
            assertThat(problem.message()).startsWith("zfsutils-linux is not installed");
            assertThat(problem.correction()).isEqualTo("install it: apt-get install zfsutils-linux");
        });
        assertThatThrownBy(() -> thick.delete(new VolumeId("web", 0)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("zfsutils-linux is not installed");
    }
}
