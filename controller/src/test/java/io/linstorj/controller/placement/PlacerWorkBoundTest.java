package io.linstorj.controller.placement;

import static io.linstorj.controller.placement.TestCluster.GIB;
import static io.linstorj.controller.placement.TestCluster.MIB;
import static io.linstorj.controller.placement.TestCluster.decided;
import static io.linstorj.controller.placement.TestCluster.node;
import static io.linstorj.controller.placement.TestCluster.refused;
import static io.linstorj.controller.placement.TestCluster.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.common.RetCodes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacerWorkBoundTest {
    private final ResourceToPlace web = resource("web", 100 * MIB);

    /** {@code nodes} nodes with {@code pools} thin pools and {@code resources} deployed resources each. */
    private static List<PlacementCandidate> cluster(int nodes, int pools, int resources) {
        List<PlacementCandidate> cluster = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            TestCluster.NodeBuilder builder =
                    node(String.format("node%04d", n)).aux("site", "s" + n % 7).aux("rack", "r" + n % 11);
            for (int p = 0; p < pools; p++) {
                builder.thin("pool" + p, 100 * GIB, 1000 * GIB);
            }
            for (int r = 0; r < resources; r++) {
                builder.holding("rsc" + r, "pool" + (r % pools), GIB);
            }
            cluster.add(builder.build());
        }
        return cluster;
    }

    @Test
    void placementThatWouldExamineMoreThanTheLimitIsRefused() {
        List<PlacementCandidate> cluster = cluster(400, 10, 20);

        PlacementRefusal refusal = refused(
                new Placer(new MostFreeSpaceStrategy(), 5_000).place(AutoSelectFilter.ofPlaceCount(3), web, cluster));

        assertThat(refusal.retCode()).isEqualTo(RetCodes.FAIL_UNDECIDABLE_AUTOPLACMENT);
        assertThat(refusal.message())
                .isEqualTo("Placement stopped after examining more than 5000"
                        + " candidate nodes, storage pools, deployed resources and search steps.");
        assertThat(refusal.cause()).contains("bounded amount of work");
        assertThat(refusal.correction()).contains("node_name_list");
    }

    @Test
    void theSameClusterIsPlacedUnderTheDefaultLimit() {
        List<PlacementCandidate> cluster = cluster(400, 10, 20);

        PlacementDecision decision = decided(new Placer().place(AutoSelectFilter.ofPlaceCount(3), web, cluster));

        assertThat(decision.diskfulReplicas()).hasSize(3);
    }

    @Test
    void narrowingTheFilterBringsThePlacementUnderTheLimit() {
        List<PlacementCandidate> cluster = cluster(400, 10, 20);
        AutoSelectFilter narrow = AutoSelectFilter.builder()
                .placeCount(2)
                .nodeNameList(List.of("node0001", "node0002", "node0003"))
                .build();

        PlacementDecision decision =
                decided(new Placer(new MostFreeSpaceStrategy(), 5_000).place(narrow, web, cluster));

        assertThat(decision.diskfulReplicas()).hasSize(2);
    }

    @Test
    void searchStepsCountTowardsTheLimit() {
        // Four sites and four racks, but every node is on site s0 or rack r0: no four nodes differ
        // in both, which only a search over the sets finds out.
        String[][] pairs = {
            {"s0", "r0"}, {"s1", "r0"}, {"s2", "r0"}, {"s3", "r0"}, {"s0", "r1"}, {"s0", "r2"}, {"s0", "r3"}
        };
        List<PlacementCandidate> cluster = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            String[] pair = pairs[n % pairs.length];
            cluster.add(node(String.format("node%04d", n))
                    .aux("site", pair[0])
                    .aux("rack", pair[1])
                    .thick("ssd", 10 * GIB)
                    .build());
        }
        AutoSelectFilter spread = AutoSelectFilter.builder()
                .placeCount(4)
                .replicasOnDifferent(List.of("site", "rack"))
                .build();

        PlacementRefusal bounded = refused(new Placer(new MostFreeSpaceStrategy(), 2_000).place(spread, web, cluster));
        PlacementRefusal unbounded = refused(new Placer().place(spread, web, cluster));

        assertThat(bounded.retCode()).isEqualTo(RetCodes.FAIL_UNDECIDABLE_AUTOPLACMENT);
        assertThat(unbounded.retCode()).isEqualTo(RetCodes.FAIL_NOT_ENOUGH_NODES);
    }

    @Test
    void workLimitMustBePositive() {
        assertThatThrownBy(() -> new Placer(new MostFreeSpaceStrategy(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
