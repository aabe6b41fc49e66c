package io.linstorj.satellite.storage.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.satellite.command.Command;
import io.linstorj.satellite.command.ProcessCommandRunner;
import io.linstorj.satellite.storage.BackingType;
import io.linstorj.satellite.storage.Capacity;
import io.linstorj.satellite.storage.Change;
import io.linstorj.satellite.storage.PoolOwner;
import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.ProviderKind;
import io.linstorj.satellite.storage.StorageException;
import io.linstorj.satellite.storage.StorageProblem;
import io.linstorj.satellite.storage.VolumeApplied;
import io.linstorj.satellite.storage.VolumeId;
import io.linstorj.satellite.storage.VolumeSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FILE and FILE_THIN for real in a temporary directory, configured not to use loop devices. */
class FileProviderTest {

    private static final VolumeId WEB = new VolumeId("web", 0);
    private static final long MIB_IN_KIB = 1024;
    private static final PoolOwner ALPHA = PoolOwner.of("alpha");

    private final ProcessCommandRunner runner = new ProcessCommandRunner();
    private final LoopSupport noLoops = LoopSupport.disabled("disabled by configuration");

    @TempDir
    Path directory;

    private FileProvider pool(FileAllocation allocation) {
        return new FileProvider("pool1", directory, allocation, ALPHA, runner, noLoops);
    }

    private Path file(String name) throws IOException {
        return directory.toRealPath().resolve(name);
    }

    @Test
    void thinCreateMakesASparseFileThatIsTheBackingDisk() throws IOException {
        VolumeApplied applied = pool(FileAllocation.SPARSE).createOrGrow(new VolumeSpec(WEB, 64 * MIB_IN_KIB));

        Path file = file("web_00000.img");
        assertThat(applied.change()).isEqualTo(Change.CREATED);
        assertThat(applied.volume())
                .isEqualTo(new ProvidedVolume(WEB, file.toString(), 64 * MIB_IN_KIB, BackingType.FILE));
        assertThat(Files.size(file)).isEqualTo(64L << 20);
        assertThat(allocatedBytes(file)).isLessThan(1L << 20);
    }

    @Test
    void preallocatedCreateAllocatesEveryBlock() throws IOException {
        FileProvider pool = pool(FileAllocation.PREALLOCATED);

        pool.createOrGrow(new VolumeSpec(WEB, 16 * MIB_IN_KIB));

        Path file = file("web_00000.img");
        assertThat(pool.kind()).isEqualTo(ProviderKind.FILE);
        assertThat(Files.size(file)).isEqualTo(16L << 20);
        assertThat(allocatedBytes(file)).isGreaterThanOrEqualTo(16L << 20);
    }

    @Test
    void creatingTwiceIsANoop() {
        FileProvider pool = pool(FileAllocation.SPARSE);
        pool.createOrGrow(new VolumeSpec(WEB, 4096));

        VolumeApplied again = pool.createOrGrow(new VolumeSpec(WEB, 4096));

        assertThat(again.change()).isEqualTo(Change.NOOP);
        assertThat(again.volume().allocatedSizeKib()).isEqualTo(4096);
    }

    @Test
    void growingExtendsTheFile() throws IOException {
        FileProvider pool = pool(FileAllocation.PREALLOCATED);
        pool.createOrGrow(new VolumeSpec(WEB, 4096));

        VolumeApplied grown = pool.createOrGrow(new VolumeSpec(WEB, 12288));

        assertThat(grown.change()).isEqualTo(Change.UPDATED);
        assertThat(grown.volume().allocatedSizeKib()).isEqualTo(12288);
        assertThat(Files.size(file("web_00000.img"))).isEqualTo(12288L * 1024);
        assertThat(allocatedBytes(file("web_00000.img"))).isGreaterThanOrEqualTo(12288L * 1024);
    }

    @Test
    void shrinkingIsRefusedAndTheFileKept() throws IOException {
        FileProvider pool = pool(FileAllocation.SPARSE);
        pool.createOrGrow(new VolumeSpec(WEB, 8192));

        assertThatThrownBy(() -> pool.createOrGrow(new VolumeSpec(WEB, 4096)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("has 8192 KiB; shrinking it to 4096 KiB is refused");
        assertThat(Files.size(file("web_00000.img"))).isEqualTo(8192L * 1024);
    }

    @Test
    void deleteRemovesTheFileAndDeletingAgainIsANoop() throws IOException {
        FileProvider pool = pool(FileAllocation.SPARSE);
        pool.createOrGrow(new VolumeSpec(WEB, 1024));

        assertThat(pool.delete(WEB)).isEqualTo(Change.DELETED);
        assertThat(file("web_00000.img")).doesNotExist();
        assertThat(pool.delete(WEB)).isEqualTo(Change.NOOP);
    }

    @Test
    void listHoldsOnlyFilesNamedForVolumes() throws IOException {
        FileProvider pool = pool(FileAllocation.SPARSE);
        pool.createOrGrow(new VolumeSpec(WEB, 1024));
        pool.createOrGrow(new VolumeSpec(new VolumeId("db", 1), 2048));
        Files.writeString(directory.resolve("notes.txt"), "not a volume");
        Files.writeString(directory.resolve("backup.img"), "not ours either");

        List<ProvidedVolume> volumes = pool.list();

        assertThat(volumes)
                .containsExactly(
                        new ProvidedVolume(
                                new VolumeId("db", 1), file("db_00001.img").toString(), 2048, BackingType.FILE),
                        new ProvidedVolume(WEB, file("web_00000.img").toString(), 1024, BackingType.FILE));
    }

    @Test
    void capacityIsTheDirectorysFilesystem() {
        Capacity capacity = pool(FileAllocation.SPARSE).capacity();

        assertThat(capacity.totalKib()).isPositive();
        assertThat(capacity.freeKib()).isBetween(0L, capacity.totalKib());
    }

    @Test
    void missingDirectoryIsAClearProblemForCheckAndOperations() {
        FileProvider pool =
                new FileProvider("pool1", directory.resolve("absent"), FileAllocation.SPARSE, ALPHA, runner, noLoops);

        assertThat(pool.check()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.POOL_MISSING);
            assertThat(problem.message()).contains("absent' of storage pool 'pool1' not found");
            assertThat(problem.correction()).startsWith("create it (mkdir -p ");
        });
        assertThatThrownBy(() -> pool.createOrGrow(new VolumeSpec(WEB, 1024)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("not found");
    }

    @Test
    void plainFileAsDirectoryIsUnusable() throws IOException {
        Path notADirectory = Files.writeString(directory.resolve("plain"), "x");
        FileProvider pool = new FileProvider("pool1", notADirectory, FileAllocation.SPARSE, ALPHA, runner, noLoops);

        assertThat(pool.check())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).endsWith("is not a directory"));
    }

    @Test
    void preallocationWithoutFallocateIsReportedAsMissingTool() {
        var bare = new ProcessCommandRunner(List.of(directory.resolve("no-bin")));
        FileProvider pool = new FileProvider("pool1", directory, FileAllocation.PREALLOCATED, ALPHA, bare, noLoops);

        assertThat(pool.check()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.TOOL_MISSING);
            assertThat(problem.correction()).isEqualTo("install it: apt-get install util-linux");
        });
    }

    @Test
    void relativeDirectoryIsRejected() {
        assertThatThrownBy(() ->
                        new FileProvider("pool1", Path.of("pools"), FileAllocation.SPARSE, ALPHA, runner, noLoops))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private long allocatedBytes(Path file) {
        String blocks = runner.runChecked(Command.of("stat", "--format=%b", file.toString()))
                .stdout()
                .strip();
        return Long.parseLong(blocks) * 512;
    }
}
