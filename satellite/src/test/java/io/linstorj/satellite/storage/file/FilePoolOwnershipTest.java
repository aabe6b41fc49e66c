package io.linstorj.satellite.storage.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.satellite.command.ProcessCommandRunner;
import io.linstorj.satellite.storage.Change;
import io.linstorj.satellite.storage.PoolOwner;
import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.StorageException;
import io.linstorj.satellite.storage.StorageProblem;
import io.linstorj.satellite.storage.VolumeId;
import io.linstorj.satellite.storage.VolumeSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A FILE pool touches only the files it created: the pool marker, foreign and legacy files. */
class FilePoolOwnershipTest {

    private static final VolumeId WEB = new VolumeId("web", 0);
    private static final VolumeId DB = new VolumeId("db", 1);
    private static final PoolOwner ALPHA = PoolOwner.of("alpha");

    private final ProcessCommandRunner runner = new ProcessCommandRunner();

    @TempDir
    Path directory;

    private FileProvider pool(String name, PoolOwner owner) {
        return new FileProvider(name, directory, FileAllocation.SPARSE, owner, runner, LoopSupport.disabled("test"));
    }

    private Path foreign(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content);
    }

    private PoolMarker marker() throws IOException {
        return PoolMarker.parse(Files.readString(directory.resolve(PoolMarker.FILE_NAME)));
    }

    @Test
    void prepareMarksAnEmptyDirectoryOnceWithNodePoolAndUuid() throws IOException {
        FileProvider pool = pool("pool1", ALPHA);

        assertThat(pool.prepare()).isEqualTo(Change.CREATED);
        PoolMarker marker = marker();
        assertThat(pool.prepare()).isEqualTo(Change.NOOP);

        assertThat(marker.nodeName()).isEqualTo("alpha");
        assertThat(marker.poolName()).isEqualTo("pool1");
        assertThat(marker.clusterId()).isEmpty();
        assertThat(marker()).isEqualTo(marker);
        assertThat(pool.check()).isEmpty();
    }

    @Test
    void foreignFilesNamedLikeVolumesAreNeitherListedNorDeletedNorUsed() throws IOException {
        FileProvider pool = pool("pool1", ALPHA);
        pool.prepare();
        Path web = foreign("web_00000.img", "someone else's data");
        Path db = foreign("db_00001.img", "more of it");

        assertThat(pool.list()).isEmpty();
        assertThat(pool.delete(WEB)).isEqualTo(Change.NOOP);
        assertThat(pool.release(DB)).isEqualTo(Change.NOOP);
        assertThatThrownBy(() -> pool.createOrGrow(new VolumeSpec(WEB, 1024)))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).problem().reason())
                        .isEqualTo(StorageProblem.Reason.FOREIGN_VOLUME));

        assertThat(web).hasContent("someone else's data");
        assertThat(db).hasContent("more of it");
    }

    @Test
    void onlyTheVolumesThePoolCreatedAreListedAndDeleted() throws IOException {
        FileProvider pool = pool("pool1", ALPHA);
        pool.createOrGrow(new VolumeSpec(WEB, 1024));
        Path db = foreign("db_00001.img", "foreign");

        assertThat(pool.list()).extracting(ProvidedVolume::id).containsExactly(WEB);
        assertThat(marker().volumes()).containsExactly("web_00000");
        assertThat(pool.delete(WEB)).isEqualTo(Change.DELETED);
        assertThat(marker().volumes()).isEmpty();
        assertThat(pool.delete(DB)).isEqualTo(Change.NOOP);
        assertThat(db).hasContent("foreign");
    }

    @Test
    void aFileReappearingUnderADeletedVolumesNameIsForeign() throws IOException {
        FileProvider pool = pool("pool1", ALPHA);
        pool.createOrGrow(new VolumeSpec(WEB, 1024));
        pool.delete(WEB);
        Path web = foreign("web_00000.img", "dropped in later");

        assertThat(pool.list()).isEmpty();
        assertThatThrownBy(() -> pool.createOrGrow(new VolumeSpec(WEB, 1024)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("was not created by this pool");
        assertThat(web).hasContent("dropped in later");
    }

    @Test
    void secondPoolOnAMarkedDirectoryIsRefusedAndDeletesNothing() throws IOException {
        FileProvider first = pool("DfltStorPool", ALPHA);
        first.createOrGrow(new VolumeSpec(WEB, 1024));
        Path web = directory.toRealPath().resolve("web_00000.img");
        FileProvider second = pool("pool2", ALPHA);

        assertThat(second.check()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.OWNED_ELSEWHERE);
            assertThat(problem.message()).contains("of storage pool 'pool2' is marked as another pool's");
            assertThat(problem.cause()).contains("storage pool 'DfltStorPool'");
            assertThat(problem.correction()).contains("directory of its own");
        });
        assertThatThrownBy(second::prepare).isInstanceOf(StorageException.class);
        assertThatThrownBy(second::list).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> second.delete(WEB)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> second.createOrGrow(new VolumeSpec(DB, 1024))).isInstanceOf(StorageException.class);

        assertThat(web).exists();
        assertThat(directory.resolve("db_00001.img")).doesNotExist();
        assertThat(marker().poolName()).isEqualTo("DfltStorPool");
        assertThat(first.list()).extracting(ProvidedVolume::id).containsExactly(WEB);
    }

    @Test
    void thePoolOfTheSameNameOnAnotherNodeIsRefused() {
        pool("pool1", ALPHA).prepare();

        assertThat(pool("pool1", PoolOwner.of("bravo")).check())
                .singleElement()
                .satisfies(problem -> assertThat(problem.cause()).contains("of node 'alpha'"));
        assertThat(pool("POOL1", ALPHA).check()).isEmpty();
    }

    @Test
    void anotherClusterIsRefusedWhereBothSidesKnowTheirCluster() {
        pool("pool1", ALPHA.withClusterId("c-1")).prepare();

        assertThat(pool("pool1", ALPHA.withClusterId("c-2")).check())
                .singleElement()
                .satisfies(problem -> assertThat(problem.cause()).contains("another cluster (c-1)"));
        assertThat(pool("pool1", ALPHA).check()).isEmpty();
    }

    @Test
    void aPoolOfAnEarlierVersionKeepsItsFilesAndTakesOverOnlyTheVolumesAskedFor() throws IOException {
        Path web = foreign("web_00000.img", "");
        Files.write(web, new byte[4096]);
        Path old = foreign("old_00000.img", "nobody asks for this one");
        FileProvider pool = pool("pool1", ALPHA);

        assertThat(pool.prepare()).isEqualTo(Change.CREATED);
        assertThat(marker().legacy()).containsExactly("old_00000", "web_00000");
        assertThat(pool.list()).isEmpty();
        assertThat(pool.delete(new VolumeId("old", 0))).isEqualTo(Change.NOOP);

        assertThat(pool.createOrGrow(new VolumeSpec(WEB, 4)).change()).isEqualTo(Change.NOOP);
        assertThat(pool.list()).extracting(ProvidedVolume::id).containsExactly(WEB);
        assertThat(marker().volumes()).containsExactly("web_00000");
        assertThat(marker().legacy()).containsExactly("old_00000");
        assertThat(old).hasContent("nobody asks for this one");
    }

    @Test
    void anUnreadableMarkerMakesThePoolUnusable() throws IOException {
        foreign(PoolMarker.FILE_NAME, "garbage\n");
        Path web = foreign("web_00000.img", "kept");
        FileProvider pool = pool("pool1", ALPHA);

        assertThat(pool.check()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo(StorageProblem.Reason.POOL_UNUSABLE);
            assertThat(problem.message()).contains("cannot be read");
        });
        assertThatThrownBy(() -> pool.delete(WEB)).isInstanceOf(StorageException.class);
        assertThat(web).hasContent("kept");
    }

    @Test
    void markerOfALaterFormatIsRefusedAndUnknownFieldsOfThisOneAreIgnored() {
        String text = "format=1\npool-uuid=0d4c6a4e-1b1b-4c4c-9d9d-0123456789ab\nnode=alpha\npool=p\n"
                + "cluster-id=c-1\nfuture-field=x\nvolume=web_00000\n";

        PoolMarker marker = PoolMarker.parse(text);

        assertThat(marker.clusterId()).contains("c-1");
        assertThat(marker.owns("web_00000")).isTrue();
        assertThat(PoolMarker.parse(marker.render())).isEqualTo(marker);
        assertThatThrownBy(() -> PoolMarker.parse(text.replace("format=1", "format=2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("format 2");
    }
}
