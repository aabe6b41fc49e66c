package io.linstorj.satellite.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.common.RetCodes;
import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.MsgNodeObservedState;
import io.linstorj.protocol.proto.PeerSpec;
import io.linstorj.protocol.proto.ResourceObserved;
import io.linstorj.protocol.proto.ResourceSpec;
import io.linstorj.protocol.proto.StoragePoolObserved;
import io.linstorj.protocol.proto.StoragePoolSpec;
import io.linstorj.protocol.proto.VolumeObserved;
import io.linstorj.protocol.proto.VolumeSpec;
import io.linstorj.satellite.drbd.ResFileWriter;
import io.linstorj.satellite.drbd.emulated.EmulatedDrbdDriver;
import io.linstorj.satellite.drbd.emulated.SystemEmulationClock;
import io.linstorj.satellite.link.DesiredStates;
import io.linstorj.satellite.link.ObservedReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SatelliteReconcilerTest {
    private static final String GENERATION = "1234567890ABCDEE";

    @TempDir
    Path dir;

    private EmulatedReconcilerParts parts;
    private SystemEmulationClock clock;
    private EmulatedDrbdDriver drbd;
    private ResFileWriter resFiles;
    private SatelliteReconciler reconciler;
    private Path pool;
    private long generation;

    @BeforeEach
    void setUp() throws Exception {
        parts = new EmulatedReconcilerParts(dir);
        pool = parts.pool();
        clock = parts.clock();
        resFiles = parts.resFiles();
        drbd = parts.drbd();
        reconciler = parts.reconciler(drbd);
    }

    @AfterEach
    void tearDown() {
        parts.close();
    }

    private MsgNodeDesiredState state(ResourceSpec... resources) {
        return stateWithPools(List.of("DfltStorPool"), resources);
    }

    /** A state whose pools all use the one pool directory, as the defect's second pool did. */
    private MsgNodeDesiredState stateWithPools(List<String> poolNames, ResourceSpec... resources) {
        MsgNodeDesiredState.Builder state = MsgNodeDesiredState.newBuilder()
                .setGeneration(++generation)
                .setNodeName("alpha")
                .setNodeAddress("127.0.0.11");
        for (String name : poolNames) {
            state.addStoragePools(StoragePoolSpec.newBuilder()
                    .setName(name)
                    .setProviderKind("FILE_THIN")
                    .putProps("StorDriver/StorPoolName", pool.toString()));
        }
        return state.addAllResources(List.of(resources)).build();
    }

    private static ResourceSpec.Builder resource(String name, long sizeKib, String generationId) {
        return ResourceSpec.newBuilder()
                .setName(name)
                .setPort(7000)
                .setSecret("s3cret")
                .setNodeId(0)
                .addVolumes(VolumeSpec.newBuilder()
                        .setVolumeNumber(0)
                        .setSizeKib(sizeKib)
                        .setMinor(1000)
                        .setStoragePoolName("DfltStorPool")
                        .setInitialGenerationId(generationId))
                .addPeers(
                        PeerSpec.newBuilder().setNodeName("bravo").setNodeId(1).setAddress("127.0.0.12"));
    }

    private MsgNodeObservedState reconcile(MsgNodeDesiredState state) {
        reconciler.reconcile(DesiredStates.of(state), "test");
        return ObservedReports.of(reconciler.report());
    }

    private static VolumeObserved volume(MsgNodeObservedState report, String resource) {
        return report.getResourcesList().stream()
                .filter(r -> r.getName().equals(resource))
                .findFirst()
                .orElseThrow()
                .getVolumes(0);
    }

    @Test
    void newDiskfulReplicaGetsABackingFileAndComesUpUpToDate() {
        MsgNodeObservedState report =
                reconcile(state(resource("rsc1", 10240, GENERATION).build()));

        VolumeObserved volume = volume(report, "rsc1");
        assertThat(volume.getDiskState()).isEqualTo("UpToDate");
        assertThat(volume.getDevicePath()).isEqualTo("/dev/drbd1000");
        assertThat(Path.of(volume.getBackingDisk())).exists().hasParent(pool);
        assertThat(volume.getAllocatedSizeKib()).isGreaterThanOrEqualTo(10240);
        assertThat(report.getResources(0).getReady()).isTrue();
        assertThat(resFiles.resFile("rsc1")).exists();
        assertThat(report.getStoragePools(0).hasFreeCapacityKib()).isTrue();
    }

    @Test
    void reconcilingTheSameStateTwiceChangesNothing() throws Exception {
        MsgNodeDesiredState state = state(resource("rsc1", 10240, GENERATION).build());
        reconcile(state);
        Path file =
                Path.of(volume(ObservedReports.of(reconciler.report()), "rsc1").getBackingDisk());
        var modified = Files.getLastModifiedTime(file);
        reconcile(state);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        try (var files = Files.list(pool)) {
            assertThat(files.filter(f -> f.toString().endsWith(".img")).count()).isEqualTo(1);
        }
    }

    @Test
    void growingTheVolumeGrowsTheBackingFile() throws Exception {
        reconcile(state(resource("rsc1", 10240, GENERATION).build()));
        Path file =
                Path.of(volume(ObservedReports.of(reconciler.report()), "rsc1").getBackingDisk());
        long before = Files.size(file);

        MsgNodeObservedState report =
                reconcile(state(resource("rsc1", 20480, GENERATION).build()));

        assertThat(Files.size(file)).isGreaterThan(before).isGreaterThanOrEqualTo(20480L * 1024);
        assertThat(volume(report, "rsc1").getDiskState()).isEqualTo("UpToDate");
    }

    @Test
    void resourceNoLongerDesiredIsTakenDownAndItsBackingFileDeleted() {
        reconcile(state(resource("rsc1", 10240, GENERATION).build()));
        Path file =
                Path.of(volume(ObservedReports.of(reconciler.report()), "rsc1").getBackingDisk());

        MsgNodeObservedState report = reconcile(state());

        assertThat(file).doesNotExist();
        assertThat(resFiles.resFile("rsc1")).doesNotExist();
        assertThat(report.getResourcesList()).isEmpty();
        assertThat(drbd.states()).isEmpty();
    }

    @Test
    void resourceMarkedForDeletionIsTakenDownItsBackingFileDeletedAndReportedGone() {
        reconcile(state(resource("rsc1", 10240, GENERATION).build()));
        Path file =
                Path.of(volume(ObservedReports.of(reconciler.report()), "rsc1").getBackingDisk());

        MsgNodeObservedState report = reconcile(
                state(resource("rsc1", 10240, GENERATION).setDelete(true).build()));

        assertThat(file).doesNotExist();
        assertThat(resFiles.resFile("rsc1")).doesNotExist();
        assertThat(drbd.states()).isEmpty();
        assertThat(report.getResourcesList()).singleElement().satisfies(resource -> {
            assertThat(resource.getName()).isEqualTo("rsc1");
            assertThat(resource.getDeleted()).isTrue();
            assertThat(resource.getReportsList()).isEmpty();
        });
    }

    @Test
    void resourceMarkedForDeletionNeverCreatedHereIsReportedGoneAtOnce() {
        MsgNodeObservedState report = reconcile(state(
                resource("rsc1", 10240, "").setDiskless(true).setDelete(true).build()));

        assertThat(report.getResourcesList())
                .singleElement()
                .satisfies(resource -> assertThat(resource.getDeleted()).isTrue());
        assertThat(drbd.states()).isEmpty();
    }

    @Test
    void resourceMarkedForDeletionInAnUnusablePoolIsNotReportedGoneUntilThePoolIsBack() throws Exception {
        reconcile(state(resource("rsc1", 10240, GENERATION).build()));
        try (var files = Files.walk(pool)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }

        MsgNodeObservedState unsure = reconcile(
                state(resource("rsc1", 10240, GENERATION).setDelete(true).build()));

        assertThat(unsure.getResourcesList()).singleElement().satisfies(resource -> {
            assertThat(resource.getDeleted())
                    .as("nobody can tell whether its volume is gone")
                    .isFalse();
            assertThat(resource.getReportsList())
                    .singleElement()
                    .satisfies(problem -> assertThat(problem.getMessage()).contains("marked for deletion", "unusable"));
        });
        Files.createDirectories(pool);
        MsgNodeObservedState gone = reconcile(
                state(resource("rsc1", 10240, GENERATION).setDelete(true).build()));
        assertThat(gone.getResources(0).getDeleted()).isTrue();
    }

    @Test
    void disklessReplicaHasNoBackingStorage() throws Exception {
        MsgNodeObservedState report =
                reconcile(state(resource("rsc1", 10240, "").setDiskless(true).build()));

        assertThat(volume(report, "rsc1").getDiskState()).isEqualTo("Diskless");
        assertThat(volume(report, "rsc1").getBackingDisk()).isEqualTo("none");
        try (var files = Files.list(pool)) {
            assertThat(files.filter(f -> f.toString().endsWith(".img")).count()).isZero();
        }
    }

    @Test
    void turningAReplicaDisklessDeletesItsBackingFile() {
        reconcile(state(resource("rsc1", 10240, GENERATION).build()));
        Path file =
                Path.of(volume(ObservedReports.of(reconciler.report()), "rsc1").getBackingDisk());

        MsgNodeObservedState report =
                reconcile(state(resource("rsc1", 10240, "").setDiskless(true).build()));

        assertThat(file).doesNotExist();
        assertThat(volume(report, "rsc1").getDiskState()).isEqualTo("Diskless");
    }

    @Test
    void replicaAddedToDataOnAPeerSyncsBeforeItIsUpToDate() {
        MsgNodeObservedState first = reconcile(state(resource("rsc1", 10240, "").build()));
        assertThat(volume(first, "rsc1").getDiskState()).isIn("Inconsistent", "UpToDate");

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(volume(ObservedReports.of(reconciler.report()), "rsc1")
                                .getDiskState())
                        .isEqualTo("UpToDate"));
    }

    @Test
    void foreignVolumeFilesInThePoolsDirectorySurviveReconcileAndResync() throws Exception {
        Path before = Files.writeString(pool.resolve("old_00000.img"), "there before the pool");
        reconcile(state(resource("rsc1", 10240, GENERATION).build()));
        Path after = Files.writeString(pool.resolve("rsc9_00000.img"), "dropped in later");
        Path own =
                Path.of(volume(ObservedReports.of(reconciler.report()), "rsc1").getBackingDisk());

        reconcile(state(resource("rsc1", 10240, GENERATION).build()));
        reconcile(state());
        reconcile(state());

        assertThat(own).doesNotExist();
        assertThat(before).hasContent("there before the pool");
        assertThat(after).hasContent("dropped in later");
    }

    @Test
    void secondPoolOnAnotherPoolsDirectoryIsReportedAndDeletesNothing() throws Exception {
        reconcile(state(resource("rsc1", 10240, GENERATION).build()));
        Path own =
                Path.of(volume(ObservedReports.of(reconciler.report()), "rsc1").getBackingDisk());

        MsgNodeObservedState report = reconcile(stateWithPools(
                List.of("DfltStorPool", "pool2"),
                resource("rsc1", 10240, GENERATION).build()));
        reconcile(stateWithPools(
                List.of("pool2", "DfltStorPool"),
                resource("rsc1", 10240, GENERATION).build()));

        StoragePoolObserved second = report.getStoragePoolsList().stream()
                .filter(p -> p.getName().equals("pool2"))
                .findFirst()
                .orElseThrow();
        assertThat(second.getReportsList()).singleElement().satisfies(r -> {
            assertThat(r.getRetCode()).isEqualTo(RetCodes.FAIL_STOR_POOL_CONFIGURATION_ERROR | RetCodes.MASK_STOR_POOL);
            assertThat(r.getMessage()).contains("marked as another pool's");
            assertThat(r.getCause()).contains("DfltStorPool");
            assertThat(r.getCorrection()).isNotBlank();
        });
        assertThat(own).exists();
        assertThat(volume(ObservedReports.of(reconciler.report()), "rsc1").getDiskState())
                .isEqualTo("UpToDate");
    }

    @Test
    void unusablePoolIsReportedWithTheReasonAndTheResourceIsNotReady() throws Exception {
        Files.delete(pool);

        MsgNodeObservedState report =
                reconcile(state(resource("rsc1", 10240, GENERATION).build()));

        assertThat(report.getStoragePools(0).getReportsList()).isNotEmpty();
        assertThat(report.getStoragePools(0).getReports(0).getMessage()).contains("DfltStorPool");
        ResourceObserved resource = report.getResources(0);
        assertThat(resource.getReady()).isFalse();
        assertThat(resource.getReportsList())
                .singleElement()
                .satisfies(r -> assertThat(r.getMessage()).contains("unusable"));
    }

    @Test
    void drbdOptionTheRendererRefusesIsReportedWithItsCauseAndTheResourceIsNotReady() {
        MsgNodeDesiredState state = state(resource("rsc1", 10240, GENERATION)
                .putProps("DrbdOptions/Net/max-buffers", "8000; } handlers { split-brain \"/bin/sh\"; }")
                .build());

        MsgNodeObservedState report = reconcile(state);

        ResourceObserved resource = report.getResources(0);
        assertThat(resource.getReady()).isFalse();
        assertThat(resource.getReportsList()).singleElement().satisfies(problem -> {
            assertThat(problem.getMessage()).contains("rsc1");
            assertThat(problem.getCause()).contains("max-buffers");
            assertThat(problem.getCorrection()).isNotEmpty();
        });
    }
}
