package io.linstorj.satellite.storage.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.satellite.command.ProcessCommandRunner;
import io.linstorj.satellite.storage.Change;
import io.linstorj.satellite.storage.PoolOwner;
import io.linstorj.satellite.storage.SnapshotId;
import io.linstorj.satellite.storage.VolumeId;
import io.linstorj.satellite.storage.VolumeSpec;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process taking a FILE_THIN snapshot is killed with {@code kill -9} while its copy runs; the
 * pool, prepared again as a restarted satellite prepares it, holds no partial copy afterwards and
 * takes the snapshot anew when it is still wanted. Foreign files are never touched.
 */
class FileSnapshotCrashTest {
    private static final VolumeId WEB = new VolumeId("web", 0);
    private static final SnapshotId S1 = new SnapshotId(WEB, "s1");

    @TempDir
    Path temp;

    private Process child;
    private List<ProcessHandle> descendants = List.of();

    @AfterEach
    void stopTheChildAndItsCopy() throws InterruptedException {
        if (child != null) {
            descendants =
                    Stream.concat(descendants.stream(), child.descendants()).toList();
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    private FileProvider pool(Path directory) {
        return new FileProvider(
                "pool1",
                directory,
                FileAllocation.SPARSE,
                PoolOwner.of("alpha"),
                new ProcessCommandRunner(),
                LoopSupport.disabled("the crash test uses plain files"));
    }

    /** A cp that copies as the real one does, then hangs before returning, as a long copy would. */
    private Path hangingCp() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path cp = bin.resolve("cp");
        Files.writeString(cp, "#!/bin/sh\n/bin/cp \"$@\" || exit $?\nexec sleep 300\n");
        Files.setPosixFilePermissions(cp, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private static List<String> files(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aKillDuringASnapshotCopyLeavesNoPartialFileAfterTheRestartAndTheSnapshotIsTakenAgain() throws Exception {
        Path directory = Files.createDirectories(temp.resolve("pool"));
        FileProvider before = pool(directory);
        before.prepare();
        before.createOrGrow(new VolumeSpec(WEB, 4096));
        try (RandomAccessFile volume =
                new RandomAccessFile(directory.resolve("web_00000.img").toFile(), "rw")) {
            volume.seek(1 << 20);
            volume.write(new byte[] {1, 2, 3});
        }
        Path foreignPart = directory.resolve("other_00000@s1.snap.part");
        Files.writeString(foreignPart, "not ours");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        SnapshotCopyChild.class.getName(),
                        directory.toString(),
                        hangingCp().toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("child.log").toFile())
                .start();
        Path part = directory.resolve("web_00000@s1.snap.part");
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(part) || !child.isAlive());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> child.descendants()
                                .anyMatch(process ->
                                        process.info().command().orElse("").endsWith("sleep"))
                        || !child.isAlive());
        assertThat(child.isAlive())
                .as("child log: %s", Files.readString(temp.resolve("child.log")))
                .isTrue();

        descendants = child.descendants().toList();
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        List<String> afterKill = files(directory);
        FileProvider restarted = pool(directory);
        restarted.prepare();
        List<String> afterRestart = files(directory);
        List<SnapshotId> listed = restarted.listSnapshots();
        Change retaken = restarted.createSnapshot(S1);

        assertThat(afterKill).contains("web_00000@s1.snap.part").doesNotContain("web_00000@s1.snap");
        assertThat(afterRestart)
                .doesNotContain("web_00000@s1.snap.part", "web_00000@s1.snap")
                .contains("web_00000.img", "other_00000@s1.snap.part");
        assertThat(listed).isEmpty();
        assertThat(retaken).isEqualTo(Change.CREATED);
        assertThat(files(directory))
                .contains("web_00000@s1.snap")
                .noneMatch(name -> name.startsWith("web_") && name.endsWith(".part"));
        assertThat(Files.readString(foreignPart)).isEqualTo("not ours");
        assertThat(restarted.listSnapshots()).containsExactly(S1);
    }

    @Test
    void aSnapshotWhoseCopyACrashCutShortIsForgottenWhenItIsNoLongerWanted() throws Exception {
        Path directory = Files.createDirectories(temp.resolve("pool"));
        FileProvider pool = pool(directory);
        pool.prepare();
        pool.createOrGrow(new VolumeSpec(WEB, 4096));
        pool.createSnapshot(S1);
        // The state a kill -9 leaves mid-copy: the marker lists the snapshot, only its .part exists.
        Files.move(directory.resolve("web_00000@s1.snap"), directory.resolve("web_00000@s1.snap.part"));

        pool(directory).prepare();

        assertThat(files(directory)).noneMatch(name -> name.startsWith("web_00000@s1"));
        assertThat(Files.readString(directory.resolve(PoolMarker.FILE_NAME))).doesNotContain("web_00000@s1");
        assertThat(pool(directory).deleteSnapshot(S1)).isEqualTo(Change.NOOP);
    }
}
