package io.linstorj.satellite.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.MsgNodeObservedState;
import io.linstorj.protocol.proto.PeerSpec;
import io.linstorj.protocol.proto.ResourceObserved;
import io.linstorj.protocol.proto.ResourceSpec;
import io.linstorj.protocol.proto.StoragePoolSpec;
import io.linstorj.protocol.proto.VolumeSpec;
import io.linstorj.satellite.drbd.ResFileWriter;
import io.linstorj.satellite.drbd.emulated.EmulatedDrbdDriver;
import io.linstorj.satellite.drbd.emulated.SystemEmulationClock;
import io.linstorj.satellite.link.DesiredStates;
import io.linstorj.satellite.link.ObservedReports;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deactivated resource (LINSTOR's INACTIVE flag) on the satellite: DRBD down, volumes and data kept. */
class DeactivatedResourceReconcileTest {
    private static final byte[] DATA = "data written while active".getBytes(StandardCharsets.UTF_8);

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

    private MsgNodeObservedState reconcile(ResourceSpec resource) {
        MsgNodeDesiredState state = MsgNodeDesiredState.newBuilder()
                .setGeneration(++generation)
                .setNodeName("alpha")
                .setNodeAddress("127.0.0.11")
                .addStoragePools(StoragePoolSpec.newBuilder()
                        .setName("DfltStorPool")
                        .setProviderKind("FILE_THIN")
                        .putProps("StorDriver/StorPoolName", pool.toString()))
                .addResources(resource)
                .build();
        reconciler.reconcile(DesiredStates.of(state), "test");
        return ObservedReports.of(reconciler.report());
    }

    private static ResourceSpec.Builder resource() {
        return ResourceSpec.newBuilder()
                .setName("rsc1")
                .setPort(7000)
                .setSecret("s3cret")
                .setNodeId(0)
                .addVolumes(VolumeSpec.newBuilder()
                        .setVolumeNumber(0)
                        .setSizeKib(10240)
                        .setMinor(1000)
                        .setStoragePoolName("DfltStorPool")
                        .setInitialGenerationId("1234567890ABCDEE"))
                .addPeers(
                        PeerSpec.newBuilder().setNodeName("bravo").setNodeId(1).setAddress("127.0.0.12"));
    }

    private static void write(Path file, byte[] bytes) throws Exception {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.seek(4096);
            out.write(bytes);
        }
    }

    private static byte[] read(Path file, int length) throws Exception {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[length];
            in.seek(4096);
            in.readFully(bytes);
            return bytes;
        }
    }

    @Test
    void deactivatedResourceHasDrbdDownButKeepsItsVolumeAndData() throws Exception {
        Path backing = Path.of(
                reconcile(resource().build()).getResources(0).getVolumes(0).getBackingDisk());
        write(backing, DATA);

        ResourceObserved report =
                reconcile(resource().setInactive(true).build()).getResources(0);

        assertThat(drbd.states()).doesNotContainKey("rsc1");
        assertThat(resFiles.resFile("rsc1")).doesNotExist();
        assertThat(backing).exists();
        assertThat(read(backing, DATA.length)).isEqualTo(DATA);
        assertThat(report.getInactive()).isTrue();
        assertThat(report.getReady()).isFalse();
        assertThat(report.getInUse()).isFalse();
        assertThat(report.getReportsList()).isEmpty();
        assertThat(report.getVolumes(0).getDiskState()).isEqualTo("Unknown");
    }

    @Test
    void deactivatingTwiceChangesNothing() throws Exception {
        reconcile(resource().build());
        reconcile(resource().setInactive(true).build());
        try (var files = Files.list(pool)) {
            assertThat(files.filter(f -> f.toString().endsWith(".img")).count()).isEqualTo(1);
        }

        ResourceObserved report =
                reconcile(resource().setInactive(true).build()).getResources(0);

        assertThat(report.getInactive()).isTrue();
        assertThat(report.getReportsList()).isEmpty();
        try (var files = Files.list(pool)) {
            assertThat(files.filter(f -> f.toString().endsWith(".img")).count()).isEqualTo(1);
        }
    }

    @Test
    void activatingAgainBringsDrbdUpOnTheSameVolume() throws Exception {
        Path backing = Path.of(
                reconcile(resource().build()).getResources(0).getVolumes(0).getBackingDisk());
        write(backing, DATA);
        reconcile(resource().setInactive(true).build());

        ResourceObserved report = reconcile(resource().build()).getResources(0);

        assertThat(report.getInactive()).isFalse();
        assertThat(report.getVolumes(0).getBackingDisk()).isEqualTo(backing.toString());
        assertThat(report.getVolumes(0).getDiskState()).isEqualTo("UpToDate");
        assertThat(drbd.states()).containsKey("rsc1");
        assertThat(resFiles.resFile("rsc1")).exists();
        assertThat(read(backing, DATA.length)).isEqualTo(DATA);
    }

    @Test
    void deactivatedDisklessResourceIsTakenDown() {
        ResourceSpec diskless = ResourceSpec.newBuilder()
                .setName("rsc1")
                .setPort(7000)
                .setSecret("s3cret")
                .setNodeId(0)
                .setDiskless(true)
                .addVolumes(VolumeSpec.newBuilder()
                        .setVolumeNumber(0)
                        .setSizeKib(10240)
                        .setMinor(1000))
                .addPeers(
                        PeerSpec.newBuilder().setNodeName("bravo").setNodeId(1).setAddress("127.0.0.12"))
                .build();
        reconcile(diskless);
        assertThat(drbd.states()).containsKey("rsc1");

        ResourceObserved report =
                reconcile(diskless.toBuilder().setInactive(true).build()).getResources(0);

        assertThat(drbd.states()).doesNotContainKey("rsc1");
        assertThat(report.getInactive()).isTrue();
    }

    @Test
    void connectionOptionsOfAPeerAreRenderedForThatConnection() throws Exception {
        ResourceSpec.Builder spec = resource();
        spec.setPeers(0, spec.getPeers(0).toBuilder().putConnectionProps("DrbdOptions/Net/max-buffers", "8000"));

        reconcile(spec.build());

        String file = Files.readString(resFiles.resFile("rsc1"));
        assertThat(file)
                .contains("    connection {\n        host \"alpha\";\n        host \"bravo\";\n"
                        + "        net {\n            max-buffers 8000;\n        }\n    }\n");
        assertThat(file).doesNotContain("connection-mesh");
    }
}
