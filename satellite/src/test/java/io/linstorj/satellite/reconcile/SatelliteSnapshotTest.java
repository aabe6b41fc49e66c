package io.linstorj.satellite.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.MsgNodeObservedState;
import io.linstorj.protocol.proto.PeerSpec;
import io.linstorj.protocol.proto.ResourceSpec;
import io.linstorj.protocol.proto.SnapshotObserved;
import io.linstorj.protocol.proto.SnapshotRef;
import io.linstorj.protocol.proto.SnapshotSpec;
import io.linstorj.protocol.proto.SnapshotStage;
import io.linstorj.protocol.proto.SnapshotVolumeSpec;
import io.linstorj.protocol.proto.StoragePoolSpec;
import io.linstorj.protocol.proto.VolumeSpec;
import io.linstorj.satellite.command.ProcessCommandRunner;
import io.linstorj.satellite.drbd.DrbdApplyResult;
import io.linstorj.satellite.drbd.DrbdDriver;
import io.linstorj.satellite.drbd.DrbdResource;
import io.linstorj.satellite.drbd.DrbdResourceState;
import io.linstorj.satellite.drbd.DrbdStateListener;
import io.linstorj.satellite.drbd.emulated.EmulatedDrbdDriver;
import io.linstorj.satellite.drbd.emulated.SystemEmulationClock;
import io.linstorj.satellite.link.DesiredStates;
import io.linstorj.satellite.link.ObservedReports;
import io.linstorj.satellite.storage.PoolOwner;
import io.linstorj.satellite.storage.ProviderKind;
import io.linstorj.satellite.storage.SnapshotId;
import io.linstorj.satellite.storage.StorageException;
import io.linstorj.satellite.storage.StorageProblem;
import io.linstorj.satellite.storage.StorageProviderFactory;
import io.linstorj.satellite.storage.VolumeId;
import io.linstorj.satellite.storage.file.LoopSupport;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The satellite takes, restores, rolls back and deletes snapshots of FILE and FILE_THIN volumes. */
class SatelliteSnapshotTest {
    private static final String GENERATION = "1234567890ABCDEE";
    private static final long OFFSET = 4096;

    @TempDir
    Path dir;

    private EmulatedReconcilerParts parts;
    private SystemEmulationClock clock;
    private EmulatedDrbdDriver emulated;
    private RecordingDrbd drbd;
    private SatelliteReconciler reconciler;
    private Path pool;
    private long generation;
    private String kind = "FILE_THIN";

    @BeforeEach
    void setUp() throws Exception {
        parts = new EmulatedReconcilerParts(dir);
        pool = parts.pool();
        clock = parts.clock();
        emulated = parts.drbd();
        drbd = new RecordingDrbd(emulated, pool);
        reconciler = parts.reconciler(drbd);
    }

    @AfterEach
    void tearDown() {
        parts.close();
    }

    private MsgNodeObservedState reconcile(List<ResourceSpec> resources, List<SnapshotSpec> snapshots) {
        MsgNodeDesiredState state = MsgNodeDesiredState.newBuilder()
                .setGeneration(++generation)
                .setNodeName("alpha")
                .setNodeAddress("127.0.0.11")
                .addStoragePools(StoragePoolSpec.newBuilder()
                        .setName("DfltStorPool")
                        .setProviderKind(kind)
                        .putProps("StorDriver/StorPoolName", pool.toString()))
                .addAllResources(resources)
                .addAllSnapshots(snapshots)
                .build();
        reconciler.reconcile(DesiredStates.of(state), "test");
        return ObservedReports.of(reconciler.report());
    }

    private static ResourceSpec.Builder resource(String name) {
        return ResourceSpec.newBuilder()
                .setName(name)
                .setPort(7000)
                .setSecret("s3cret")
                .setNodeId(0)
                .addVolumes(VolumeSpec.newBuilder()
                        .setVolumeNumber(0)
                        .setSizeKib(1024)
                        .setMinor(1000)
                        .setStoragePoolName("DfltStorPool")
                        .setInitialGenerationId(GENERATION))
                .addPeers(
                        PeerSpec.newBuilder().setNodeName("bravo").setNodeId(1).setAddress("127.0.0.12"));
    }

    private static SnapshotSpec snapshot(String resource, String name) {
        return snapshot(resource, name, SnapshotStage.SNAPSHOT_KEEP);
    }

    private static SnapshotSpec snapshot(String resource, String name, SnapshotStage stage) {
        return SnapshotSpec.newBuilder()
                .setResourceName(resource)
                .setSnapshotName(name)
                .setStage(stage)
                .addVolumes(SnapshotVolumeSpec.newBuilder().setVolumeNumber(0).setStoragePoolName("DfltStorPool"))
                .build();
    }

    /** Moves a snapshot of {@code resource} through the controller's stages: suspend, take, keep. */
    private MsgNodeObservedState take(String resource, String name) {
        List<ResourceSpec> resources = List.of(resource(resource).build());
        reconcile(resources, List.of(snapshot(resource, name, SnapshotStage.SNAPSHOT_SUSPEND)));
        reconcile(resources, List.of(snapshot(resource, name, SnapshotStage.SNAPSHOT_TAKE)));
        return reconcile(resources, List.of(snapshot(resource, name)));
    }

    private Path volumeFile(String resource) {
        return pool.resolve(resource + "_00000.img");
    }

    private Path snapshotFile(String resource, String snapshot) {
        return pool.resolve(resource + "_00000@" + snapshot + ".snap");
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        try (RandomAccessFile handle = new RandomAccessFile(file.toFile(), "rw")) {
            handle.seek(OFFSET);
            handle.write(bytes);
        }
    }

    private static byte[] read(Path file, int length) throws IOException {
        byte[] bytes = new byte[length];
        try (RandomAccessFile handle = new RandomAccessFile(file.toFile(), "r")) {
            handle.seek(OFFSET);
            handle.readFully(bytes);
        }
        return bytes;
    }

    private static byte[] pattern(char fill) {
        byte[] bytes = new byte[8192];
        Arrays.fill(bytes, (byte) fill);
        return bytes;
    }

    private static SnapshotObserved observed(MsgNodeObservedState report, String name) {
        return report.getSnapshotsList().stream()
                .filter(s -> s.getSnapshotName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FILE_THIN", "FILE"})
    void aSnapshotIsTakenOnlyInTheTakeStageWithIoSuspendedSinceTheSuspendStageAndResumedOnKeep(String poolKind)
            throws Exception {
        kind = poolKind;
        List<ResourceSpec> web = List.of(resource("web").build());
        reconcile(web, List.of());
        write(volumeFile("web"), pattern('A'));

        MsgNodeObservedState suspended = reconcile(web, List.of(snapshot("web", "s1", SnapshotStage.SNAPSHOT_SUSPEND)));
        assertThat(observed(suspended, "s1").getIoSuspended()).isTrue();
        assertThat(observed(suspended, "s1").getTakenVolumesList()).isEmpty();
        assertThat(emulated.isIoSuspended("web")).isTrue();

        MsgNodeObservedState taken = reconcile(web, List.of(snapshot("web", "s1", SnapshotStage.SNAPSHOT_TAKE)));
        assertThat(observed(taken, "s1").getTakenVolumesList()).containsExactly(0);
        assertThat(observed(taken, "s1").getIoSuspended()).isTrue();
        assertThat(emulated.isIoSuspended("web"))
                .as("still suspended until every node took it")
                .isTrue();

        MsgNodeObservedState kept = reconcile(web, List.of(snapshot("web", "s1")));
        assertThat(observed(kept, "s1").getTakenVolumesList()).containsExactly(0);
        assertThat(observed(kept, "s1").getReportsList()).isEmpty();
        assertThat(emulated.isIoSuspended("web")).isFalse();
        assertThat(read(snapshotFile("web", "s1"), 8192)).isEqualTo(pattern('A'));
        assertThat(drbd.calls).containsExactly("suspend web (no snapshot yet)", "resume web (snapshot there)");

        drbd.calls.clear();
        reconcile(web, List.of(snapshot("web", "s1")));
        assertThat(drbd.calls).as("a snapshot that exists is not taken again").isEmpty();
    }

    @Test
    void theKeepStageNeverTakesAMissingCopy() throws Exception {
        reconcile(List.of(resource("web").build()), List.of());

        MsgNodeObservedState report = reconcile(List.of(resource("web").build()), List.of(snapshot("web", "s1")));

        assertThat(observed(report, "s1").getTakenVolumesList()).isEmpty();
        assertThat(snapshotFile("web", "s1")).doesNotExist();
        assertThat(drbd.calls).isEmpty();
    }

    @Test
    void aSnapshotThatCannotBeTakenIsReportedAndIoIsResumedWhenTheControllerGivesItUp() throws Exception {
        List<ResourceSpec> web = List.of(resource("web").build());
        reconcile(web, List.of());
        Files.writeString(snapshotFile("web", "s1"), "someone else's");
        reconcile(web, List.of(snapshot("web", "s1", SnapshotStage.SNAPSHOT_SUSPEND)));

        MsgNodeObservedState report = reconcile(web, List.of(snapshot("web", "s1", SnapshotStage.SNAPSHOT_TAKE)));

        assertThat(observed(report, "s1").getTakenVolumesList()).isEmpty();
        assertThat(observed(report, "s1").getReports(0).getMessage()).contains("was not created by this pool");
        reconcile(web, List.of());
        assertThat(drbd.calls).hasSize(2).last().asString().startsWith("resume web");
        assertThat(emulated.isIoSuspended("web")).isFalse();
        assertThat(Files.readString(snapshotFile("web", "s1"))).isEqualTo("someone else's");
    }

    @Test
    void aSnapshotGivenUpAfterTheTakeStageIsDeletedAndIoResumed() throws Exception {
        List<ResourceSpec> web = List.of(resource("web").build());
        reconcile(web, List.of(snapshot("web", "s1", SnapshotStage.SNAPSHOT_SUSPEND)));
        reconcile(web, List.of(snapshot("web", "s1", SnapshotStage.SNAPSHOT_TAKE)));
        assertThat(snapshotFile("web", "s1")).exists();

        reconcile(web, List.of());

        assertThat(snapshotFile("web", "s1")).as("no orphaned copy").doesNotExist();
        assertThat(emulated.isIoSuspended("web")).isFalse();
    }

    @Test
    void ioSuspendedLongerThanTheLeaseIsResumedAndTheSnapshotIsNeitherSuspendedNorTakenAgain() throws Exception {
        MutableClock time = new MutableClock();
        reconciler = parts.reconciler(drbd, time, Duration.ofSeconds(90));
        List<ResourceSpec> web = List.of(resource("web").build());
        reconcile(web, List.of(snapshot("web", "s1", SnapshotStage.SNAPSHOT_SUSPEND)));
        assertThat(emulated.isIoSuspended("web")).isTrue();

        time.advance(Duration.ofSeconds(91));
        MsgNodeObservedState report = reconcile(web, List.of(snapshot("web", "s1", SnapshotStage.SNAPSHOT_SUSPEND)));

        assertThat(emulated.isIoSuspended("web")).isFalse();
        assertThat(observed(report, "s1").getIoSuspended()).isFalse();
        assertThat(observed(report, "s1").getReports(0).getMessage()).contains("longer than 90 s", "resumed");
        report = reconcile(web, List.of(snapshot("web", "s1", SnapshotStage.SNAPSHOT_TAKE)));
        assertThat(emulated.isIoSuspended("web")).isFalse();
        assertThat(snapshotFile("web", "s1")).doesNotExist();
    }

    @Test
    void aTakeStageWithoutTheSuspensionOfThisProcessIsRefusedAndTakesNothing() throws Exception {
        List<ResourceSpec> web = List.of(resource("web").build());
        reconcile(web, List.of(snapshot("web", "s1", SnapshotStage.SNAPSHOT_SUSPEND)));
        reconciler = parts.reconciler(drbd);

        MsgNodeObservedState report = reconcile(web, List.of(snapshot("web", "s1", SnapshotStage.SNAPSHOT_TAKE)));

        assertThat(observed(report, "s1").getReports(0).getMessage()).contains("is not suspended");
        assertThat(snapshotFile("web", "s1")).doesNotExist();
        assertThat(emulated.isIoSuspended("web"))
                .as("a restarted satellite resumes what it left suspended")
                .isFalse();
    }

    @Test
    void aSnapshotNoLongerDesiredIsDeletedButForeignFilesStay() throws Exception {
        take("web", "s1");
        for (SnapshotStage stage : List.of(SnapshotStage.SNAPSHOT_SUSPEND, SnapshotStage.SNAPSHOT_TAKE)) {
            reconcile(List.of(resource("web").build()), List.of(snapshot("web", "s1"), snapshot("web", "s2", stage)));
        }
        Path foreign = pool.resolve("web_00000@other.snap");
        Files.writeString(foreign, "not ours");

        MsgNodeObservedState report = reconcile(List.of(resource("web").build()), List.of(snapshot("web", "s2")));

        assertThat(snapshotFile("web", "s1")).doesNotExist();
        assertThat(snapshotFile("web", "s2")).exists();
        assertThat(foreign).exists();
        assertThat(report.getSnapshotsList())
                .extracting(SnapshotObserved::getSnapshotName)
                .containsExactly("s2");
    }

    @Test
    void aRestoredVolumeStartsWithTheSnapshotsContent() throws Exception {
        reconcile(List.of(resource("web").build()), List.of());
        write(volumeFile("web"), pattern('A'));
        take("web", "s1");
        write(volumeFile("web"), pattern('B'));
        ResourceSpec.Builder restored = resource("web2").setPort(7001);
        restored.getVolumesBuilder(0)
                .setMinor(1001)
                .setRestoreFrom(SnapshotRef.newBuilder().setResourceName("web").setSnapshotName("s1"));

        reconcile(List.of(resource("web").build(), restored.build()), List.of(snapshot("web", "s1")));

        assertThat(read(volumeFile("web2"), 8192)).isEqualTo(pattern('A'));
        assertThat(read(volumeFile("web"), 8192)).isEqualTo(pattern('B'));
    }

    @Test
    void aRollbackPutsTheSnapshotBackOncePerRollbackId() throws Exception {
        reconcile(List.of(resource("web").build()), List.of());
        write(volumeFile("web"), pattern('A'));
        take("web", "s1");
        write(volumeFile("web"), pattern('B'));
        ResourceSpec rollback =
                resource("web").setRollbackSnapshot("s1").setRollbackId("r-1").build();

        MsgNodeObservedState report = reconcile(List.of(rollback), List.of(snapshot("web", "s1")));

        assertThat(read(volumeFile("web"), 8192)).isEqualTo(pattern('A'));
        assertThat(report.getResources(0).getReportsList()).isEmpty();
        assertThat(emulated.states()).containsKey("web");
        write(volumeFile("web"), pattern('C'));
        reconcile(List.of(rollback), List.of(snapshot("web", "s1")));
        assertThat(read(volumeFile("web"), 8192)).as("done once").isEqualTo(pattern('C'));
    }

    @Test
    void aRollbackWithoutTheSnapshotLeavesTheResourceDownAndSaysWhy() throws Exception {
        reconcile(List.of(resource("web").build()), List.of());
        write(volumeFile("web"), pattern('B'));

        MsgNodeObservedState report = reconcile(
                List.of(resource("web")
                        .setRollbackSnapshot("s9")
                        .setRollbackId("r-2")
                        .build()),
                List.of());

        assertThat(report.getResources(0).getReports(0).getMessage()).contains("Rollback", "s9", "not found");
        assertThat(read(volumeFile("web"), 8192)).isEqualTo(pattern('B'));
    }

    @Test
    void thickLvmAndDisklessPoolsRefuseSnapshotsWithAReasonBeforeRunningACommand() {
        var factory = new StorageProviderFactory(new ProcessCommandRunner(), LoopSupport.disabled("test"));
        SnapshotId id = new SnapshotId(new VolumeId("web", 0), "s1");
        for (ProviderKind providerKind : List.of(ProviderKind.LVM, ProviderKind.DISKLESS)) {
            Map<String, String> props =
                    providerKind == ProviderKind.LVM ? Map.of("StorDriver/StorPoolName", "vg0") : Map.of();
            var provider = factory.create("p", providerKind, props, PoolOwner.of("alpha"));
            assertThatThrownBy(() -> provider.createSnapshot(id)).isInstanceOfSatisfying(StorageException.class, e -> {
                assertThat(e.problem().reason()).isEqualTo(StorageProblem.Reason.UNSUPPORTED);
                assertThat(e.problem().message()).contains(providerKind.name(), "cannot take snapshots");
            });
        }
    }

    /** Passes every call on and records suspend/resume with whether the snapshot file existed at that moment. */
    private static final class RecordingDrbd implements DrbdDriver {
        final List<String> calls = new CopyOnWriteArrayList<>();
        private final DrbdDriver delegate;
        private final Path pool;

        RecordingDrbd(DrbdDriver delegate, Path pool) {
            this.delegate = delegate;
            this.pool = pool;
        }

        private String snapshotState(String resource) {
            List<Path> snapshots = new ArrayList<>();
            try (var files = Files.list(pool)) {
                files.filter(f -> f.getFileName().toString().startsWith(resource + "_00000@"))
                        .filter(f -> f.getFileName().toString().endsWith(".snap"))
                        .forEach(snapshots::add);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return snapshots.isEmpty() ? "(no snapshot yet)" : "(snapshot there)";
        }

        @Override
        public void suspendIo(String resourceName) {
            calls.add("suspend " + resourceName + " " + snapshotState(resourceName));
            delegate.suspendIo(resourceName);
        }

        @Override
        public void resumeIo(String resourceName) {
            calls.add("resume " + resourceName + " " + snapshotState(resourceName));
            delegate.resumeIo(resourceName);
        }

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public String description() {
            return delegate.description();
        }

        @Override
        public boolean isEmulated() {
            return delegate.isEmulated();
        }

        @Override
        public void start() {
            delegate.start();
        }

        @Override
        public DrbdApplyResult adjust(DrbdResource resource) {
            return delegate.adjust(resource);
        }

        @Override
        public DrbdApplyResult down(String resourceName) {
            return delegate.down(resourceName);
        }

        @Override
        public void primary(String resourceName, boolean force) {
            delegate.primary(resourceName, force);
        }

        @Override
        public void secondary(String resourceName) {
            delegate.secondary(resourceName);
        }

        @Override
        public void resize(DrbdResource resource, int volumeNumber) {
            delegate.resize(resource, volumeNumber);
        }

        @Override
        public Map<String, DrbdResourceState> states() {
            return delegate.states();
        }

        @Override
        public void addStateListener(DrbdStateListener listener) {
            delegate.addStateListener(listener);
        }

        @Override
        public void removeStateListener(DrbdStateListener listener) {
            delegate.removeStateListener(listener);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    /** A clock that moves only when told. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
