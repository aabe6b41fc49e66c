package io.linstorj.satellite.storage.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.linstorj.satellite.command.Command;
import io.linstorj.satellite.command.ProcessCommandRunner;
import io.linstorj.satellite.storage.BackingType;
import io.linstorj.satellite.storage.Change;
import io.linstorj.satellite.storage.PoolOwner;
import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.StorageCommands;
import io.linstorj.satellite.storage.VolumeApplied;
import io.linstorj.satellite.storage.VolumeId;
import io.linstorj.satellite.storage.VolumeSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FILE and FILE_THIN with real loop devices; runs only where the process may attach them (root,
 * /dev/loop-control, losetup). Every device attached to a file of the test's directory is
 * detached after each test, whatever happened.
 */
class FileProviderLoopTest {

    private static final VolumeId WEB = new VolumeId("web", 0);

    private final ProcessCommandRunner runner = new ProcessCommandRunner();
    private final LoopDevices loops =
            new LoopDevices(new StorageCommands(runner, "test", Map.of()), Path.of("/sys/block"));

    @TempDir
    Path directory;

    private LoopSupport loopSupport;

    @BeforeEach
    void requireLoopDevices() {
        loopSupport = LoopSupport.detect(runner);
        assumeTrue(loopSupport.enabled(), "loop devices not available: " + loopSupport.reason());
    }

    @AfterEach
    void detachEverythingOfThisTest() throws IOException {
        if (loopSupport == null || !loopSupport.enabled()) {
            return;
        }
        Path ours = directory.toRealPath();
        for (LoopAttachment attachment : loops.list()) {
            if (attachment.backingFile().startsWith(ours)) {
                runner.run(Command.of("losetup", "--detach", attachment.device()));
            }
        }
    }

    private FileProvider pool(FileAllocation allocation) {
        return new FileProvider("pool1", directory, allocation, PoolOwner.of("alpha"), runner, loopSupport);
    }

    private Path file(String name) throws IOException {
        return directory.toRealPath().resolve(name);
    }

    @Test
    void createAttachesALoopDeviceOfTheFilesSize() throws IOException {
        VolumeApplied applied = pool(FileAllocation.SPARSE).createOrGrow(new VolumeSpec(WEB, 8192));

        assertThat(applied.change()).isEqualTo(Change.CREATED);
        assertThat(applied.volume().backingType()).isEqualTo(BackingType.LOOP_DEVICE);
        String device = applied.volume().backingDisk();
        assertThat(device).startsWith("/dev/loop");
        assertThat(loops.attachmentsOf(file("web_00000.img")))
                .extracting(LoopAttachment::device)
                .containsExactly(device);
        assertThat(loops.sizeBytes(device)).isEqualTo(8192L * 1024);
        assertThat(blockDeviceSize(device)).isEqualTo(8192L * 1024);
    }

    @Test
    void growingRefreshesTheLoopDeviceSize() {
        FileProvider pool = pool(FileAllocation.PREALLOCATED);
        String device = pool.createOrGrow(new VolumeSpec(WEB, 4096)).volume().backingDisk();

        VolumeApplied grown = pool.createOrGrow(new VolumeSpec(WEB, 16384));

        assertThat(grown.change()).isEqualTo(Change.UPDATED);
        assertThat(grown.volume().backingDisk()).isEqualTo(device);
        assertThat(blockDeviceSize(device)).isEqualTo(16384L * 1024);
    }

    @Test
    void creatingTwiceIsANoopAndAttachesOnlyOnce() throws IOException {
        FileProvider pool = pool(FileAllocation.SPARSE);
        String device = pool.createOrGrow(new VolumeSpec(WEB, 4096)).volume().backingDisk();

        VolumeApplied again = pool.createOrGrow(new VolumeSpec(WEB, 4096));

        assertThat(again.change()).isEqualTo(Change.NOOP);
        assertThat(again.volume().backingDisk()).isEqualTo(device);
        assertThat(loops.attachmentsOf(file("web_00000.img"))).hasSize(1);
    }

    @Test
    void newProviderAfterARestartFindsTheExistingAttachment() throws IOException {
        String device = pool(FileAllocation.SPARSE)
                .createOrGrow(new VolumeSpec(WEB, 4096))
                .volume()
                .backingDisk();

        FileProvider restarted = pool(FileAllocation.SPARSE);
        VolumeApplied applied = restarted.createOrGrow(new VolumeSpec(WEB, 4096));

        assertThat(applied.change()).isEqualTo(Change.NOOP);
        assertThat(applied.volume().backingDisk()).isEqualTo(device);
        assertThat(loops.attachmentsOf(file("web_00000.img"))).hasSize(1);
        assertThat(restarted.list())
                .singleElement()
                .satisfies(volume -> assertThat(volume.backingDisk()).isEqualTo(device));
    }

    @Test
    void fileWhoseLoopDeviceWentAwayIsAttachedAgain() throws IOException {
        FileProvider pool = pool(FileAllocation.SPARSE);
        String device = pool.createOrGrow(new VolumeSpec(WEB, 4096)).volume().backingDisk();
        loops.detach(device);

        VolumeApplied applied = pool.createOrGrow(new VolumeSpec(WEB, 4096));

        assertThat(applied.change()).isEqualTo(Change.UPDATED);
        assertThat(loops.attachmentsOf(file("web_00000.img"))).hasSize(1);
    }

    @Test
    void deleteDetachesTheLoopDeviceAndRemovesTheFile() throws IOException {
        FileProvider pool = pool(FileAllocation.SPARSE);
        String device = pool.createOrGrow(new VolumeSpec(WEB, 4096)).volume().backingDisk();

        assertThat(pool.delete(WEB)).isEqualTo(Change.DELETED);

        assertThat(file("web_00000.img")).doesNotExist();
        assertThat(loops.list()).noneSatisfy(attachment -> {
            assertThat(attachment.device()).isEqualTo(device);
            assertThat(attachment.backingFile()).isEqualTo(file("web_00000.img"));
        });
        assertThat(pool.delete(WEB)).isEqualTo(Change.NOOP);
    }

    @Test
    void loopDeviceOfAFileDeletedBehindOurBackIsDetached() throws IOException {
        FileProvider pool = pool(FileAllocation.SPARSE);
        pool.createOrGrow(new VolumeSpec(WEB, 4096));
        Files.delete(file("web_00000.img"));

        assertThat(pool.delete(WEB)).isEqualTo(Change.DELETED);

        assertThat(loops.attachmentsOf(file("web_00000.img"))).isEmpty();
    }

    @Test
    void foreignFilesAndTheirLoopDevicesAreLeftAloneByBothKinds() throws IOException {
        for (FileAllocation allocation : FileAllocation.values()) {
            FileProvider pool = pool(allocation);
            VolumeId own = new VolumeId("own" + allocation.ordinal(), 0);
            VolumeId other = new VolumeId("other" + allocation.ordinal(), 0);
            String device =
                    pool.createOrGrow(new VolumeSpec(own, 4096)).volume().backingDisk();
            Path foreign = Files.write(directory.resolve(other.storageName() + ".img"), new byte[1 << 20]);
            String foreignDevice = runner.runChecked(Command.of("losetup", "--find", "--show", foreign.toString()))
                    .stdout()
                    .strip();

            assertThat(pool.list()).extracting(ProvidedVolume::id).contains(own).doesNotContain(other);
            assertThat(pool.release(other)).isEqualTo(Change.NOOP);
            assertThat(pool.delete(other)).isEqualTo(Change.NOOP);
            assertThat(pool.delete(own)).isEqualTo(Change.DELETED);

            assertThat(foreign).exists();
            assertThat(loops.attachmentsOf(file(foreign.getFileName().toString())))
                    .extracting(LoopAttachment::device)
                    .containsExactly(foreignDevice);
            assertThat(loops.attachmentsOf(file(own.storageName() + ".img"))).isEmpty();
            assertThat(device).startsWith("/dev/loop");
        }
    }

    private long blockDeviceSize(String device) {
        return Long.parseLong(runner.runChecked(Command.of("blockdev", "--getsize64", device))
                .stdout()
                .strip());
    }
}
