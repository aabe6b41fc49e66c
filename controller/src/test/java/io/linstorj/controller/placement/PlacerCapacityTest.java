package io.linstorj.controller.placement;

import static io.linstorj.controller.placement.TestCluster.GIB;
import static io.linstorj.controller.placement.TestCluster.MIB;
import static io.linstorj.controller.placement.TestCluster.decided;
import static io.linstorj.controller.placement.TestCluster.node;
import static io.linstorj.controller.placement.TestCluster.nodeWithFree;
import static io.linstorj.controller.placement.TestCluster.refused;
import static io.linstorj.controller.placement.TestCluster.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.cluster.ProviderKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacerCapacityTest {
    private final Placer placer = new Placer();

    @Test
    void notEnoughRoomIsRefusedNamingWhatEachNodeLacks() {
        List<PlacementCandidate> nodes = List.of(
                nodeWithFree("alpha", 10 * GIB),
                nodeWithFree("bravo", 10 * GIB),
                node("charlie").thick("ssd", 10 * GIB).offline().build(),
                nodeWithFree("delta", 100 * MIB));

        PlacementRefusal refusal = refused(placer.place(AutoSelectFilter.ofPlaceCount(3), resource("web", GIB), nodes));

        assertThat(refusal.retCode()).isEqualTo(RetCodes.FAIL_NOT_ENOUGH_NODES);
        assertThat(refusal.message())
                .isEqualTo("Not enough available nodes: 3 replicas requested, 2 suitable nodes found "
                        + "(charlie: offline; delta: pool 'ssd' has 100 MiB free, needs 1 GiB)");
        assertThat(refusal.cause()).contains("'web'", "1 GiB");
        assertThat(refusal.correction()).isNotBlank();
        assertThat(refusal.rejections())
                .containsExactly(
                        new NodeRejection("charlie", "offline"),
                        new NodeRejection("delta", "pool 'ssd' has 100 MiB free, needs 1 GiB"));
    }

    @Test
    void aReplicaNeedsRoomForAllVolumesInOnePool() {
        List<PlacementCandidate> nodes =
                List.of(node("alpha").thick("ssd", GIB).thick("hdd", GIB).build());

        PlacementRefusal refusal =
                refused(placer.place(AutoSelectFilter.ofPlaceCount(1), resource("web", 600 * MIB, 600 * MIB), nodes));

        assertThat(refusal.rejections())
                .containsExactly(new NodeRejection(
                        "alpha",
                        "pool 'hdd' has 1 GiB free, needs 1.17 GiB; pool 'ssd' has 1 GiB free, needs 1.17 GiB"));
    }

    @Test
    void thickPoolWithExactlyTheNeededSpaceFits() {
        List<PlacementCandidate> nodes = List.of(nodeWithFree("alpha", GIB));

        PlacementDecision decision =
                decided(placer.place(AutoSelectFilter.ofPlaceCount(1), resource("web", 512 * MIB, 512 * MIB), nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("alpha");
    }

    @Test
    void thinPoolTakesReplicasUpToItsOverSubscriptionLimit() {
        PlacementCandidate alpha = node("alpha")
                .thin("thin", GIB, 10 * GIB)
                .holding("old1", "thin", 100 * GIB)
                .holding("old2", "thin", 50 * GIB)
                .holdingDiskless("old3")
                .build();

        PlacementDecision fits = decided(
                placer.place(AutoSelectFilter.ofPlaceCount(1), resource("web", 30 * GIB, 20 * GIB), List.of(alpha)));
        PlacementRefusal tooBig = refused(
                placer.place(AutoSelectFilter.ofPlaceCount(1), resource("web", 30 * GIB, 21 * GIB), List.of(alpha)));

        assertThat(fits.diskfulReplicas()).containsExactly(new ReplicaPlacement("alpha", "thin"));
        assertThat(tooBig.rejections())
                .containsExactly(
                        new NodeRejection(
                                "alpha",
                                "thin pool 'thin' can provision 50 GiB more (20 × 10 GiB minus 150 GiB provisioned), needs 51 GiB"));
    }

    @Test
    void thinPoolOverSubscriptionRatioComesFromThePool() {
        CandidatePool strict = new CandidatePool("thin", ProviderKind.ZFS_THIN, 10 * GIB, 10 * GIB, 1.5);
        PlacementCandidate alpha =
                node("alpha").pool(strict).holding("old", "thin", 10 * GIB).build();

        PlacementDecision fits =
                decided(placer.place(AutoSelectFilter.ofPlaceCount(1), resource("web", 5 * GIB), List.of(alpha)));
        PlacementRefusal tooBig =
                refused(placer.place(AutoSelectFilter.ofPlaceCount(1), resource("web", 6 * GIB), List.of(alpha)));

        assertThat(fits.diskfulNodeNames()).containsExactly("alpha");
        assertThat(tooBig.rejections().get(0).reason())
                .isEqualTo(
                        "thin pool 'thin' can provision 5 GiB more (1.5 × 10 GiB minus 10 GiB provisioned), needs 6 GiB");
    }

    @Test
    void thinPoolWithoutFreeSpaceTakesNothingWhateverItsRatio() {
        PlacementCandidate alpha = node("alpha").thin("thin", 0, 10 * GIB).build();

        PlacementRefusal refusal =
                refused(placer.place(AutoSelectFilter.ofPlaceCount(1), resource("web", MIB), List.of(alpha)));

        assertThat(refusal.rejections())
                .containsExactly(new NodeRejection("alpha", "thin pool 'thin' has no free space"));
    }

    @Test
    void provisionedSpaceCountsOnlyThePoolTheResourcesUse() {
        PlacementCandidate alpha = node("alpha")
                .thin("thin", GIB, GIB)
                .thin("other", GIB, GIB)
                .holding("old", "other", 20 * GIB)
                .build();
        AutoSelectFilter onThin =
                AutoSelectFilter.builder().placeCount(1).storagePool("thin").build();

        PlacementDecision decision = decided(placer.place(onThin, resource("web", 20 * GIB), List.of(alpha)));

        assertThat(decision.diskfulReplicas()).containsExactly(new ReplicaPlacement("alpha", "thin"));
    }

    @Test
    void storagePoolAllowsOnlyThatPool() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha").thick("hdd", 90 * GIB).thick("ssd", GIB).build(),
                node("bravo").thick("hdd", 90 * GIB).build());
        AutoSelectFilter filter =
                AutoSelectFilter.builder().placeCount(2).storagePool("SSD").build();

        PlacementRefusal refusal = refused(placer.place(filter, resource("web", MIB), nodes));

        assertThat(refusal.message())
                .isEqualTo("Not enough available nodes: 2 replicas requested, 1 suitable node found "
                        + "(bravo: no diskful storage pool named 'SSD')");
    }

    @Test
    void storagePoolListAllowsAnyListedPool() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha").thick("hdd", 90 * GIB).thick("ssd", GIB).build(),
                node("bravo").thick("nvme", 5 * GIB).build(),
                node("charlie").thick("hdd", 90 * GIB).build());
        AutoSelectFilter filter = AutoSelectFilter.builder()
                .placeCount(2)
                .storagePoolList(List.of("ssd", "nvme"))
                .build();

        PlacementDecision decision = decided(placer.place(filter, resource("web", MIB), nodes));

        assertThat(decision.diskfulReplicas())
                .containsExactly(new ReplicaPlacement("bravo", "nvme"), new ReplicaPlacement("alpha", "ssd"));
    }

    @Test
    void providerListAllowsOnlyThoseProviderKinds() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha")
                        .thick("lvm", 90 * GIB)
                        .thin("thin", 5 * GIB, 5 * GIB)
                        .build(),
                node("bravo")
                        .pool(CandidatePool.of("zfs", ProviderKind.ZFS, 9 * GIB, 9 * GIB))
                        .build(),
                node("charlie").thick("lvm", 90 * GIB).build());
        AutoSelectFilter filter = AutoSelectFilter.builder()
                .placeCount(3)
                .providerList(List.of("LVM_THIN", "zfs"))
                .build();

        PlacementRefusal refusal = refused(placer.place(filter, resource("web", MIB), nodes));
        PlacementDecision two =
                decided(placer.place(filter.toBuilder().placeCount(2).build(), resource("web", MIB), nodes));

        assertThat(refusal.rejections())
                .containsExactly(
                        new NodeRejection("charlie", "no diskful storage pool of provider kind [LVM_THIN, ZFS]"));
        assertThat(two.diskfulReplicas())
                .containsExactly(new ReplicaPlacement("bravo", "zfs"), new ReplicaPlacement("alpha", "thin"));
    }

    @Test
    void disklessPoolsNeverTakeDiskfulReplicas() {
        List<PlacementCandidate> nodes =
                List.of(node("alpha").disklessPool("DfltDisklessStorPool").build(), nodeWithFree("bravo", GIB));
        AutoSelectFilter namingTheDisklessPool = AutoSelectFilter.builder()
                .placeCount(1)
                .storagePool("DfltDisklessStorPool")
                .build();

        PlacementDecision decision = decided(placer.place(AutoSelectFilter.ofPlaceCount(1), resource("web", 0), nodes));
        PlacementRefusal refusal = refused(placer.place(namingTheDisklessPool, resource("web", 0), nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("bravo");
        assertThat(refusal.rejections())
                .extracting(NodeRejection::reason)
                .containsOnly("no diskful storage pool named 'DfltDisklessStorPool'");
    }

    @Test
    void refusalMessageListsTenNodesAndDetailsListThemAll() {
        List<PlacementCandidate> nodes = new ArrayList<>();
        for (int i = 10; i < 22; i++) {
            nodes.add(node("node" + i).thick("ssd", GIB).offline().build());
        }

        PlacementRefusal refusal = refused(placer.place(AutoSelectFilter.ofPlaceCount(1), resource("web", MIB), nodes));

        assertThat(refusal.message()).endsWith("node19: offline; and 2 more)");
        assertThat(refusal.rejections()).hasSize(12);
    }
}
