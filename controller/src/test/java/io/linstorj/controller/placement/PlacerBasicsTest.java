package io.linstorj.controller.placement;

import static io.linstorj.controller.placement.TestCluster.GIB;
import static io.linstorj.controller.placement.TestCluster.MIB;
import static io.linstorj.controller.placement.TestCluster.decided;
import static io.linstorj.controller.placement.TestCluster.deployed;
import static io.linstorj.controller.placement.TestCluster.node;
import static io.linstorj.controller.placement.TestCluster.nodeWithFree;
import static io.linstorj.controller.placement.TestCluster.refused;
import static io.linstorj.controller.placement.TestCluster.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.common.RetCodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacerBasicsTest {
    private final Placer placer = new Placer();
    private final ResourceToPlace web = resource("web", 100 * MIB);

    @Test
    void redundancyThreeOnThreeOnlineNodesUsesEveryNode() {
        List<PlacementCandidate> nodes = List.of(
                nodeWithFree("alpha", 10 * GIB), nodeWithFree("bravo", 10 * GIB), nodeWithFree("charlie", 10 * GIB));

        PlacementDecision decision = decided(placer.place(AutoSelectFilter.ofPlaceCount(3), web, nodes));

        assertThat(decision.diskfulReplicas())
                .containsExactly(
                        new ReplicaPlacement("alpha", "ssd"),
                        new ReplicaPlacement("bravo", "ssd"),
                        new ReplicaPlacement("charlie", "ssd"));
        assertThat(decision.disklessReplicas()).isEmpty();
        assertThat(decision.isNothingToDo()).isFalse();
        assertThat(decision.message())
                .isEqualTo(
                        "Resource 'web': new diskful replicas on alpha (pool 'ssd'), bravo (pool 'ssd'), charlie (pool 'ssd')");
    }

    @Test
    void offlineNodeIsSkipped() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha").thick("ssd", 90 * GIB).offline().build(),
                nodeWithFree("bravo", 10 * GIB),
                nodeWithFree("charlie", 10 * GIB));

        PlacementDecision decision = decided(placer.place(AutoSelectFilter.ofPlaceCount(2), web, nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("bravo", "charlie");
    }

    @Test
    void nodesAlreadyHoldingTheResourceGetNoNewReplica() {
        List<PlacementCandidate> nodes = List.of(
                nodeWithFree("alpha", 90 * GIB), nodeWithFree("bravo", 80 * GIB),
                nodeWithFree("charlie", 10 * GIB), nodeWithFree("delta", 5 * GIB));
        ResourceToPlace withDisklessOnBravo = deployed(web, Set.of("alpha"), Set.of("BRAVO"));

        PlacementDecision decision =
                decided(placer.place(AutoSelectFilter.ofPlaceCount(3), withDisklessOnBravo, nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("charlie", "delta");
    }

    @Test
    void neverTwoReplicasOnOneNodeEvenWithSeveralPools() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha")
                        .thick("ssd", 90 * GIB)
                        .thick("hdd", 80 * GIB)
                        .thick("nvme", 70 * GIB)
                        .build(),
                nodeWithFree("bravo", 10 * GIB));

        PlacementDecision two = decided(placer.place(AutoSelectFilter.ofPlaceCount(2), web, nodes));
        PlacementRefusal three = refused(placer.place(AutoSelectFilter.ofPlaceCount(3), web, nodes));

        assertThat(two.diskfulReplicas())
                .containsExactly(new ReplicaPlacement("alpha", "ssd"), new ReplicaPlacement("bravo", "ssd"));
        assertThat(three.retCode()).isEqualTo(RetCodes.FAIL_NOT_ENOUGH_NODES);
        assertThat(three.message())
                .startsWith("Not enough available nodes: 3 replicas requested, 2 suitable nodes found");
    }

    @Test
    void mostFreeSpaceRanksNodesAndPicksEachNodesRoomiestPool() {
        List<PlacementCandidate> nodes = List.of(
                nodeWithFree("alpha", 10 * GIB),
                node("bravo").thick("hdd", 30 * GIB).thick("ssd", 50 * GIB).build(),
                nodeWithFree("charlie", 40 * GIB),
                nodeWithFree("delta", 20 * GIB));

        PlacementDecision decision = decided(placer.place(AutoSelectFilter.ofPlaceCount(3), web, nodes));

        assertThat(decision.diskfulReplicas())
                .containsExactly(
                        new ReplicaPlacement("bravo", "ssd"),
                        new ReplicaPlacement("charlie", "ssd"),
                        new ReplicaPlacement("delta", "ssd"));
    }

    @Test
    void equalScoresTieBreakByNodeNameThenPoolNameWhateverTheInputOrder() {
        List<PlacementCandidate> nodes = new ArrayList<>();
        for (String name : List.of("echo", "delta", "charlie", "bravo", "alpha")) {
            nodes.add(node(name).thick("zeta", 10 * GIB).thick("beta", 10 * GIB).build());
        }
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(nodes, random);

            PlacementDecision decision = decided(placer.place(AutoSelectFilter.ofPlaceCount(3), web, nodes));

            assertThat(decision.diskfulReplicas())
                    .containsExactly(
                            new ReplicaPlacement("alpha", "beta"),
                            new ReplicaPlacement("bravo", "beta"),
                            new ReplicaPlacement("charlie", "beta"));
        }
    }

    @Test
    void strategyIsPluggable() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha")
                        .thick("ssd", 90 * GIB)
                        .holding("a", "ssd", MIB)
                        .holding("b", "ssd", MIB)
                        .build(),
                node("bravo").thick("ssd", 50 * GIB).holding("a", "ssd", MIB).build(),
                node("charlie").thick("ssd", 10 * GIB).build());

        PlacementDecision fewest =
                decided(new Placer(new FewestResourcesStrategy()).place(AutoSelectFilter.ofPlaceCount(2), web, nodes));
        PlacementDecision leastFree =
                decided(new Placer(option -> -option.pool().freeCapacityKib())
                        .place(AutoSelectFilter.ofPlaceCount(2), web, nodes));

        assertThat(fewest.diskfulNodeNames()).containsExactly("charlie", "bravo");
        assertThat(leastFree.diskfulNodeNames()).containsExactly("charlie", "bravo");
    }

    @Test
    void strategySeesRequiredAndProvisionedSpace() {
        List<PoolOption> seen = new ArrayList<>();
        List<PlacementCandidate> nodes = List.of(node("alpha")
                .thin("thin", 5 * GIB, 10 * GIB)
                .holding("a", "thin", 3 * GIB)
                .holding("b", "thin", 4 * GIB)
                .build());

        decided(new Placer(option -> {
                    seen.add(option);
                    return 0;
                })
                .place(AutoSelectFilter.ofPlaceCount(1), resource("web", GIB, 2 * GIB), nodes));

        assertThat(seen).singleElement().satisfies(option -> {
            assertThat(option.requiredKib()).isEqualTo(3 * GIB);
            assertThat(option.provisionedKib()).isEqualTo(7 * GIB);
            assertThat(option.node().nodeName()).isEqualTo("alpha");
        });
    }

    @Test
    void strategyAnsweringANonFiniteScoreIsAProgrammingError() {
        Placer broken = new Placer(option -> Double.NaN);

        assertThatThrownBy(
                        () -> broken.place(AutoSelectFilter.ofPlaceCount(1), web, List.of(nodeWithFree("alpha", GIB))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pool 'ssd' on alpha as NaN");
    }

    @Test
    void withoutAnyCountTwoReplicasArePlaced() {
        List<PlacementCandidate> nodes = List.of(
                nodeWithFree("alpha", 10 * GIB), nodeWithFree("bravo", 10 * GIB), nodeWithFree("charlie", 10 * GIB));

        PlacementDecision decision =
                decided(placer.place(AutoSelectFilter.builder().build(), web, nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("alpha", "bravo");
    }

    @Test
    void nodeNameListRestrictsDiskfulReplicasToTheListedNodes() {
        List<PlacementCandidate> nodes = List.of(
                nodeWithFree("alpha", 90 * GIB), nodeWithFree("bravo", 10 * GIB), nodeWithFree("charlie", 10 * GIB));
        AutoSelectFilter filter = AutoSelectFilter.builder()
                .placeCount(2)
                .nodeNameList(List.of("Bravo", "charlie"))
                .build();

        PlacementDecision decision = decided(placer.place(filter, web, nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("bravo", "charlie");
    }

    @Test
    void twoCandidatesWithTheSameNameAreAProgrammingError() {
        List<PlacementCandidate> nodes = List.of(nodeWithFree("alpha", GIB), nodeWithFree("ALPHA", GIB));

        assertThatThrownBy(() -> placer.place(AutoSelectFilter.ofPlaceCount(1), web, nodes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ALPHA");
    }

    @Test
    void aClusterWithoutNodesIsRefused() {
        PlacementRefusal refusal = refused(placer.place(AutoSelectFilter.ofPlaceCount(1), web, List.of()));

        assertThat(refusal.retCode()).isEqualTo(RetCodes.FAIL_NOT_ENOUGH_NODES);
        assertThat(refusal.message())
                .isEqualTo("Not enough available nodes: 1 replica requested, 0 suitable nodes found");
        assertThat(refusal.rejections()).isEmpty();
    }
}
