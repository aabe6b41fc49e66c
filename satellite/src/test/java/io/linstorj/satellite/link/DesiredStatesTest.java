package io.linstorj.satellite.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.PeerSpec;
import io.linstorj.protocol.proto.ResourceSpec;
import io.linstorj.protocol.proto.SnapshotRef;
import io.linstorj.protocol.proto.SnapshotSpec;
import io.linstorj.protocol.proto.SnapshotStage;
import io.linstorj.protocol.proto.SnapshotVolumeSpec;
import io.linstorj.protocol.proto.StoragePoolSpec;
import io.linstorj.protocol.proto.VolumeSpec;
import io.linstorj.satellite.plan.DesiredNode;
import io.linstorj.satellite.plan.DesiredPeer;
import io.linstorj.satellite.plan.DesiredPool;
import io.linstorj.satellite.plan.DesiredResource;
import io.linstorj.satellite.plan.DesiredSnapshot;
import io.linstorj.satellite.plan.DesiredVolume;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesiredStatesTest {

    private static ResourceSpec.Builder resource() {
        return ResourceSpec.newBuilder()
                .setName("rsc1")
                .setPort(7000)
                .setSecret("s3cret")
                .putProps("DrbdOptions/Net/protocol", "C")
                .setNodeId(0)
                .setPeerSlots(3)
                .addVolumes(VolumeSpec.newBuilder()
                        .setVolumeNumber(0)
                        .setSizeKib(10240)
                        .setMinor(1000)
                        .setStoragePoolName("DfltStorPool"))
                .addPeers(PeerSpec.newBuilder()
                        .setNodeName("bravo")
                        .setNodeId(1)
                        .setAddress("127.0.0.12")
                        .putConnectionProps("DrbdOptions/Net/max-buffers", "8000"));
    }

    @Test
    void theMessageBecomesTheSameNodeAsRecordsWithUnsetStringsAsEmptyOptionals() {
        MsgNodeDesiredState message = MsgNodeDesiredState.newBuilder()
                .setGeneration(3)
                .setNodeName("alpha")
                .setNodeAddress("127.0.0.11")
                .addStoragePools(StoragePoolSpec.newBuilder()
                        .setName("DfltStorPool")
                        .setProviderKind("FILE_THIN")
                        .putProps("StorDriver/StorPoolName", "/pool"))
                .addResources(resource())
                .build();

        DesiredNode node = DesiredStates.of(message);

        assertThat(node)
                .isEqualTo(new DesiredNode(
                        3,
                        "alpha",
                        "127.0.0.11",
                        List.of(new DesiredPool(
                                "DfltStorPool", "FILE_THIN", Map.of("StorDriver/StorPoolName", "/pool"))),
                        List.of(new DesiredResource(
                                "rsc1",
                                7000,
                                "s3cret",
                                Map.of("DrbdOptions/Net/protocol", "C"),
                                0,
                                false,
                                List.of(new DesiredVolume(
                                        0, 10240, 1000, "DfltStorPool", Optional.empty(), Optional.empty())),
                                List.of(new DesiredPeer(
                                        "bravo",
                                        1,
                                        "127.0.0.12",
                                        false,
                                        Map.of("DrbdOptions/Net/max-buffers", "8000"))),
                                3,
                                false,
                                Optional.empty(),
                                false)),
                        List.of()));
    }

    @Test
    void generationIdRestoreSourceRollbackAndFlagsAreCarriedOver() {
        ResourceSpec.Builder spec = resource()
                .setDiskless(false)
                .setInactive(true)
                .setDelete(true)
                .setRollbackSnapshot("snap1")
                .setRollbackId("rb-1");
        spec.setVolumes(
                0,
                spec.getVolumes(0).toBuilder()
                        .setInitialGenerationId("1234567890ABCDEE")
                        .setRestoreFrom(SnapshotRef.newBuilder()
                                .setResourceName("origin")
                                .setSnapshotName("snap0")));

        DesiredResource resource = DesiredStates.of(MsgNodeDesiredState.newBuilder()
                        .setNodeName("alpha")
                        .addResources(spec)
                        .build())
                .resources()
                .get(0);

        assertThat(resource.inactive()).isTrue();
        assertThat(resource.deleting()).isTrue();
        assertThat(resource.rollback()).contains(new DesiredResource.Rollback("snap1", "rb-1"));
        assertThat(resource.volumes().get(0).initialGenerationId()).contains("1234567890ABCDEE");
        assertThat(resource.volumes().get(0).restoreFrom())
                .contains(new DesiredVolume.RestoreSource("origin", "snap0"));
    }

    @Test
    void snapshotStagesMapOneToOneAndAnUnknownStageTakesNothing() {
        MsgNodeDesiredState.Builder message = MsgNodeDesiredState.newBuilder().setNodeName("alpha");
        for (SnapshotStage stage :
                List.of(SnapshotStage.SNAPSHOT_KEEP, SnapshotStage.SNAPSHOT_SUSPEND, SnapshotStage.SNAPSHOT_TAKE)) {
            message.addSnapshots(SnapshotSpec.newBuilder()
                    .setResourceName("rsc1")
                    .setSnapshotName(stage.name())
                    .addVolumes(
                            SnapshotVolumeSpec.newBuilder().setVolumeNumber(0).setStoragePoolName("DfltStorPool"))
                    .setStage(stage));
        }
        message.addSnapshots(SnapshotSpec.newBuilder()
                .setResourceName("rsc1")
                .setSnapshotName("future")
                .setStageValue(99));

        List<DesiredSnapshot> snapshots = DesiredStates.of(message.build()).snapshots();

        assertThat(snapshots)
                .extracting(DesiredSnapshot::stage)
                .containsExactly(
                        DesiredSnapshot.Stage.KEEP,
                        DesiredSnapshot.Stage.SUSPEND,
                        DesiredSnapshot.Stage.TAKE,
                        DesiredSnapshot.Stage.KEEP);
        assertThat(snapshots.get(1).volumes()).containsExactly(new DesiredSnapshot.Volume(0, "DfltStorPool"));
        assertThat(snapshots.get(1).key()).isEqualTo("rsc1/SNAPSHOT_SUSPEND");
    }
}
