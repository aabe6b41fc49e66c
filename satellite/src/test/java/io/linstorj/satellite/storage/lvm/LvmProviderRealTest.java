package io.linstorj.satellite.storage.lvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.linstorj.satellite.command.Command;
import io.linstorj.satellite.command.CommandResult;
import io.linstorj.satellite.command.ProcessCommandRunner;
import io.linstorj.satellite.storage.Change;
import io.linstorj.satellite.storage.StorageProblem;
import io.linstorj.satellite.storage.VolumeApplied;
import io.linstorj.satellite.storage.VolumeId;
import io.linstorj.satellite.storage.VolumeSpec;
import io.linstorj.satellite.storage.file.LoopSupport;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LVM provider against real lvm2, on a volume group made for the test on a loop device.
 * Runs only where lvm2 is installed and loop devices may be attached; creating logical volumes
 * also needs the kernel's device-mapper ({@code /dev/mapper/control}). The volume group, the
 * physical volume and the loop device are removed after each test, whatever happened.
 */
class LvmProviderRealTest {

    private static final long PHYSICAL_VOLUME_BYTES = 64L << 20;

    private final ProcessCommandRunner runner = new ProcessCommandRunner();
    private final String volumeGroup =
            "linstorj_test_" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path directory;

    private String loopDevice;

    @BeforeEach
    void createVolumeGroupOnALoopDevice() throws IOException {
        assumeTrue(LoopSupport.detect(runner).enabled(), "loop devices not available");
        assumeTrue(runner.isInstalled("vgcreate"), "lvm2 is not installed");
        Path backing = directory.resolve("pv.img");
        try (var file = new RandomAccessFile(backing.toFile(), "rw")) {
            file.setLength(PHYSICAL_VOLUME_BYTES);
        }
        loopDevice = runner.runChecked(Command.of("losetup", "--find", "--show", backing.toString()))
                .stdout()
                .strip();
        CommandResult created = runner.run(Command.of("vgcreate", volumeGroup, loopDevice));
        assumeTrue(created.succeeded(), "vgcreate does not work here: " + created.stderr());
    }

    @AfterEach
    void removeVolumeGroupAndLoopDevice() {
        if (loopDevice == null) {
            return;
        }
        runner.run(Command.of("vgremove", "--yes", "--force", volumeGroup));
        runner.run(Command.of("pvremove", "--yes", loopDevice));
        runner.run(Command.of("losetup", "--detach", loopDevice));
    }

    private LvmProvider pool() {
        return new LvmProvider("pool1", LvmPool.parse("pool1", volumeGroup, false), runner);
    }

    @Test
    void realVolumeGroupIsReadWithItsSizeAndNoVolumes() {
        LvmProvider pool = pool();

        assertThat(pool.capacity().totalKib()).isPositive().isLessThanOrEqualTo(PHYSICAL_VOLUME_BYTES / 1024);
        assertThat(pool.capacity().freeKib()).isEqualTo(pool.capacity().totalKib());
        assertThat(pool.list()).isEmpty();
    }

    @Test
    void realMissingVolumeGroupIsReportedInLvmsWords() {
        LvmProvider missing = new LvmProvider("pool1", LvmPool.parse("pool1", volumeGroup + "_absent", false), runner);

        assertThat(missing.check()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.POOL_MISSING);
            assertThat(problem.cause()).contains("Volume group \"" + volumeGroup + "_absent\" not found");
        });
    }

    @Test
    void realCheckAsksTheKernelForDeviceMapper() {
        boolean deviceMapperWorks = runner.run(Command.of("dmsetup", "version")).succeeded();

        if (deviceMapperWorks) {
            assertThat(pool().check()).isEmpty();
        } else {
            assertThat(pool().check())
                    .singleElement()
                    .satisfies(problem ->
                            assertThat(problem.message()).startsWith("device-mapper does not work on this node"));
        }
    }

    @Test
    void realLogicalVolumeIsCreatedGrownAndRemoved() {
        LvmProvider pool = pool();
        assumeTrue(pool.check().isEmpty(), "the pool is not usable here: " + pool.check());
        VolumeId web = new VolumeId("web", 0);

        VolumeApplied created = pool.createOrGrow(new VolumeSpec(web, 5000));
        VolumeApplied again = pool.createOrGrow(new VolumeSpec(web, 5000));
        VolumeApplied grown = pool.createOrGrow(new VolumeSpec(web, 12000));

        assertThat(created.change()).isEqualTo(Change.CREATED);
        assertThat(created.volume().backingDisk()).isEqualTo("/dev/" + volumeGroup + "/web_00000");
        assertThat(created.volume().allocatedSizeKib()).isEqualTo(8192);
        assertThat(again.change()).isEqualTo(Change.NOOP);
        assertThat(grown.change()).isEqualTo(Change.UPDATED);
        assertThat(grown.volume().allocatedSizeKib()).isEqualTo(12288);
        assertThat(pool.list()).extracting(volume -> volume.id()).containsExactly(web);
        assertThat(pool.delete(web)).isEqualTo(Change.DELETED);
        assertThat(pool.list()).isEmpty();
    }
}
