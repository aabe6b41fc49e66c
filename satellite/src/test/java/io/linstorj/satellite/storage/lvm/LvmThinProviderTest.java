package io.linstorj.satellite.storage.lvm;

import static io.linstorj.satellite.command.ScriptedCommandRunner.recorded;
import static io.linstorj.satellite.storage.lvm.LvmProviderTest.LVS;
import static io.linstorj.satellite.storage.lvm.LvmProviderTest.VGS;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.satellite.command.ScriptedCommandRunner;
import io.linstorj.satellite.storage.Capacity;
import io.linstorj.satellite.storage.Change;
import io.linstorj.satellite.storage.ProviderKind;
import io.linstorj.satellite.storage.StorageProblem;
import io.linstorj.satellite.storage.VolumeApplied;
import io.linstorj.satellite.storage.VolumeId;
import io.linstorj.satellite.storage.VolumeSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LvmThinProviderTest {

    private final ScriptedCommandRunner runner = new ScriptedCommandRunner();
    private final LvmProvider pool = new LvmProvider("pool1", LvmPool.parse("pool1", "vg0/thin", true), runner);

    @AfterEach
    void everyExpectedCommandRan() {
        assertThat(runner.pending()).isEmpty();
    }

    @Test
    void thinVolumeIsCreatedInTheThinPool() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt"))
                .expect(LVS, recorded("lvm/lvs-thin.txt"))
                .expect(
                        "lvcreate --virtualsize 65536k --thinpool thin --name new_00000"
                                + " --addtag linstorj_pool=pool1 --yes vg0",
                        recorded("lvm/lvcreate.txt"))
                .expect(LVS, recorded("lvm/lvs-thin-after-create.txt"));

        VolumeApplied applied = pool.createOrGrow(new VolumeSpec(new VolumeId("new", 0), 65536));

        assertThat(pool.kind()).isEqualTo(ProviderKind.LVM_THIN);
        assertThat(applied.change()).isEqualTo(Change.CREATED);
        assertThat(applied.volume().backingDisk()).isEqualTo("/dev/vg0/new_00000");
    }

    @Test
    void capacityIsTheThinPoolsUnusedData() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt")).expect(LVS, recorded("lvm/lvs-thin.txt"));

        // 3.52 % of 10485760 KiB = 369098.752 KiB used, rounded up.
        assertThat(pool.capacity()).isEqualTo(new Capacity(10485760 - 369099, 10485760));
    }

    @Test
    void listLeavesOutVolumesOfOtherPoolsInTheSameGroup() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt")).expect(LVS, recorded("lvm/lvs-thin.txt"));

        assertThat(pool.list()).extracting(v -> v.id()).containsExactly(new VolumeId("web", 0));
    }

    @Test
    void missingThinPoolIsAClearProblem() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt")).expect(LVS, recorded("lvm/lvs-vg0.txt"));

        assertThat(pool.check()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.POOL_MISSING);
            assertThat(problem.message()).isEqualTo("thin pool 'vg0/thin' of storage pool 'pool1' not found");
            assertThat(problem.correction()).contains("lvcreate --type thin-pool");
        });
    }

    @Test
    void volumeThatIsNotAThinPoolIsUnusable() {
        runner.expect(VGS, recorded("lvm/vgs-vg0.txt")).expect(LVS, recorded("lvm/lvs-not-thin.txt"));

        assertThat(pool.check()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.POOL_UNUSABLE);
            assertThat(problem.message()).endsWith("is not a thin pool");
            assertThat(problem.cause()).contains("-wi-a-----");
        });
    }
}
