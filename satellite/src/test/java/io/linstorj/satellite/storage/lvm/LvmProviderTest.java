package io.linstorj.satellite.storage.lvm;

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

class LvmProviderTest {

    static final String VGS =
            "vgs --noheadings --units k --nosuffix --separator ; " + "-o vg_name,vg_extent_size,vg_size,vg_free vg0";
    static final String LVS = "lvs --noheadings --units k --nosuffix --separator ; "
            + "-o lv_name,lv_attr,lv_size,lv_tags,pool_lv,data_percent vg0";

    private final ScriptedCommandRunner runner = new ScriptedCommandRunner();
    private final LvmProvider pool = new LvmProvider("pool1", LvmPool.parse("pool1", "vg0", false), runner);

    @AfterEach
    void everyExpectedCommandRan() {
        assertThat(runner.pending()).isEmpty();
    }

    @Test
    void absentVolumeIsCreatedTaggedAndReportedWithItsRoundedSize() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt"))
                .expect(LVS, recorded("lvm/lvs-vg0.txt"))
                .expect(
                        "lvcreate --size 10000k --name new_00000 --addtag linstorj_pool=pool1 --yes vg0",
                        recorded("lvm/lvcreate.txt"))
                .expect(LVS, recorded("lvm/lvs-vg0-after-create.txt"));

        VolumeApplied applied = pool.createOrGrow(new VolumeSpec(new VolumeId("new", 0), 10000));

        assertThat(applied.change()).isEqualTo(Change.CREATED);
        assertThat(applied.volume())
                .isEqualTo(new ProvidedVolume(
                        new VolumeId("new", 0), "/dev/vg0/new_00000", 12288, BackingType.BLOCK_DEVICE));
    }

    @Test
    void volumeOfTheRequestedSizeIsANoop() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt")).expect(LVS, recorded("lvm/lvs-vg0.txt"));

        VolumeApplied applied = pool.createOrGrow(new VolumeSpec(new VolumeId("web", 0), 100000));

        assertThat(applied.change()).isEqualTo(Change.NOOP);
        assertThat(applied.volume().allocatedSizeKib()).isEqualTo(102400);
        assertThat(runner.commandLines()).containsExactly(VGS, LVS);
    }

    @Test
    void smallerVolumeIsExtended() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt"))
                .expect(LVS, recorded("lvm/lvs-vg0.txt"))
                .expect("lvextend --size 204800k vg0/web_00000", "")
                .expect(LVS, recorded("lvm/lvs-vg0-after-extend.txt"));

        VolumeApplied applied = pool.createOrGrow(new VolumeSpec(new VolumeId("web", 0), 204800));

        assertThat(applied.change()).isEqualTo(Change.UPDATED);
        assertThat(applied.volume().allocatedSizeKib()).isEqualTo(204800);
    }

    @Test
    void shrinkingIsRefusedWithoutRunningLvreduce() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt")).expect(LVS, recorded("lvm/lvs-vg0.txt"));

        assertThatThrownBy(() -> pool.createOrGrow(new VolumeSpec(new VolumeId("web", 0), 50000)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("has 102400 KiB; shrinking it to 50000 KiB is refused");
        assertThat(runner.commandLines()).containsExactly(VGS, LVS);
    }

    @Test
    void volumeWithTheNameButWithoutOurTagIsLeftAlone() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt")).expect(LVS, recorded("lvm/lvs-vg0.txt"));

        assertThatThrownBy(() -> pool.delete(new VolumeId("swap", 0)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(
                        "logical volume vg0/swap_00000 exists, but storage pool 'pool1'" + " did not create it")
                .hasMessageContaining("lvchange --addtag linstorj_pool=pool1 vg0/swap_00000")
                .satisfies(e -> assertThat(((StorageException) e).problem().reason())
                        .isEqualTo(StorageProblem.Reason.FOREIGN_VOLUME));
    }

    @Test
    void existingVolumeIsRemoved() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt"))
                .expect(LVS, recorded("lvm/lvs-vg0.txt"))
                .expect("lvremove --yes vg0/web_00000", "  Logical volume \"web_00000\" successfully" + " removed.\n");

        assertThat(pool.delete(new VolumeId("web", 0))).isEqualTo(Change.DELETED);
    }

    @Test
    void deletingAnAbsentVolumeIsANoop() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt")).expect(LVS, recorded("lvm/lvs-vg0.txt"));

        assertThat(pool.delete(new VolumeId("gone", 3))).isEqualTo(Change.NOOP);
    }

    @Test
    void listHoldsOnlyTheVolumesThisPoolTagged() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt")).expect(LVS, recorded("lvm/lvs-vg0.txt"));

        assertThat(pool.list())
                .containsExactly(
                        new ProvidedVolume(
                                new VolumeId("web", 0), "/dev/vg0/web_00000", 102400, BackingType.BLOCK_DEVICE),
                        new ProvidedVolume(
                                new VolumeId("db", 1), "/dev/vg0/db_00001", 1048576, BackingType.BLOCK_DEVICE));
    }

    @Test
    void capacityIsTheVolumeGroupsFreeAndTotalSpace() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt")).expect(LVS, recorded("lvm/lvs-vg0.txt"));

        assertThat(pool.capacity()).isEqualTo(new Capacity(10477568, 20963328));
    }

    @Test
    void missingVolumeGroupIsAClearProblemForCheckAndEveryOperation() {
        String stderr = recorded("lvm/vgs-vg0-missing.stderr.txt");
        runner.expectFailure(VGS, 5, stderr).expectFailure(VGS, 5, stderr);

        assertThat(pool.check()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.POOL_MISSING);
            assertThat(problem.message()).isEqualTo("volume group 'vg0' of storage pool 'pool1' not found");
            assertThat(problem.cause()).contains("Volume group \"vg0\" not found");
            assertThat(problem.correction()).contains("vgcreate vg0");
        });
        assertThatThrownBy(() -> pool.createOrGrow(new VolumeSpec(new VolumeId("web", 0), 1024)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("volume group 'vg0' of storage pool 'pool1' not found");
    }

    @Test
    void missingLvm2IsReportedWithTheInstallCommand() {
        runner.withoutProgram("vgs").withoutProgram("lvs");

        assertThat(pool.check()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.TOOL_MISSING);
            assertThat(problem.message()).startsWith("lvm2 is not installed");
            assertThat(problem.correction()).isEqualTo("install it: apt-get install lvm2");
        });
        assertThatThrownBy(() -> pool.capacity())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("lvm2 is not installed")
                .hasMessageContaining("apt-get install lvm2");
    }

    @Test
    void failingLvcreateReportsTheToolsError() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt"))
                .expect(LVS, recorded("lvm/lvs-vg0.txt"))
                .expectFailure(
                        "lvcreate --size 102400000k --name big_00000 --addtag linstorj_pool=pool1" + " --yes vg0",
                        5,
                        recorded("lvm/lvcreate-no-space.stderr.txt"));

        assertThatThrownBy(() -> pool.createOrGrow(new VolumeSpec(new VolumeId("big", 0), 102400000)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("storage pool 'pool1': could not create logical volume" + " vg0/big_00000")
                .hasMessageContaining("insufficient free space")
                .hasMessageContaining("exit code 5");
    }

    @Test
    void usablePoolHasNoProblems() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt"))
                .expect(LVS, recorded("lvm/lvs-vg0.txt"))
                .expect("dmsetup version", recorded("lvm/dmsetup-version.txt"));

        assertThat(pool.check()).isEmpty();
    }

    @Test
    void kernelWithoutDeviceMapperMakesThePoolUnusable() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt"))
                .expect(LVS, recorded("lvm/lvs-vg0.txt"))
                .expectFailure("dmsetup version", 1, recorded("lvm/dmsetup-version-no-driver.stderr.txt"));

        assertThat(pool.check()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.POOL_UNUSABLE);
            assertThat(problem.message()).startsWith("device-mapper does not work on this node");
            assertThat(problem.cause()).contains("/dev/mapper/control: open failed");
            assertThat(problem.correction()).contains("modprobe dm_mod");
        });
    }

    @Test
    void otherVgsFailureIsReportedWithItsStderr() {
        runner.expectFailure(VGS, 5, "  /dev/mapper/control: open failed: No such device\n");

        assertThat(pool.check()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.COMMAND_FAILED);
            assertThat(problem.cause()).contains("/dev/mapper/control");
        });
    }
}
