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

import io.linstorj.common.RetCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacerConstraintsTest {
    private final Placer placer = new Placer();
    private final ResourceToPlace web = resource("web", 100 * MIB);

    private static AutoSelectFilter.Builder placing(int count) {
        return AutoSelectFilter.builder().placeCount(count);
    }

    @Test
    void notPlaceWithRscKeepsReplicasAwayFromNodesHoldingThoseResources() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha").thick("ssd", 90 * GIB).holding("DB", "ssd", GIB).build(),
                node("bravo")
                        .thick("ssd", 10 * GIB)
                        .holding("cache", "ssd", GIB)
                        .build(),
                nodeWithFree("charlie", 10 * GIB));
        AutoSelectFilter filter = placing(2).notPlaceWithRsc(List.of("db")).build();

        PlacementDecision decision = decided(placer.place(filter, web, nodes));
        PlacementRefusal refusal =
                refused(placer.place(filter.toBuilder().placeCount(3).build(), web, nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("bravo", "charlie");
        assertThat(refusal.rejections()).containsExactly(new NodeRejection("alpha", "holds 'DB' (not_place_with_rsc)"));
    }

    @Test
    void notPlaceWithRscRegexKeepsReplicasAwayFromMatchingResources() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha")
                        .thick("ssd", 90 * GIB)
                        .holding("db-main", "ssd", GIB)
                        .build(),
                node("bravo")
                        .thick("ssd", 80 * GIB)
                        .holding("web-db-cache", "ssd", GIB)
                        .build(),
                node("charlie")
                        .thick("ssd", 70 * GIB)
                        .holdingDiskless("DB-replica")
                        .build(),
                nodeWithFree("delta", 10 * GIB));
        AutoSelectFilter filter = placing(3).notPlaceWithRscRegex("^db-").build();

        PlacementRefusal refusal = refused(placer.place(filter, web, nodes));
        PlacementDecision decision =
                decided(placer.place(filter.toBuilder().placeCount(2).build(), web, nodes));

        assertThat(refusal.rejections())
                .containsExactly(
                        new NodeRejection("alpha", "holds 'db-main' matching '^db-' (not_place_with_rsc_regex)"),
                        new NodeRejection("charlie", "holds 'DB-replica' matching '^db-' (not_place_with_rsc_regex)"));
        assertThat(decision.diskfulNodeNames()).containsExactly("bravo", "delta");
    }

    @Test
    void replicasOnSamePicksTheBestGroupRatherThanTheBestNode() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha").aux("site", "a").thick("ssd", 90 * GIB).build(),
                node("bravo").aux("site", "a").thick("ssd", GIB).build(),
                node("charlie").aux("site", "b").thick("ssd", 50 * GIB).build(),
                node("delta").aux("site", "b").thick("ssd", 50 * GIB).build());

        PlacementDecision decision = decided(
                placer.place(placing(2).replicasOnSame(List.of("Aux/site")).build(), web, nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("charlie", "delta");
    }

    @Test
    void replicasOnSamePicksAGroupThatCanFillTheCount() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha").aux("site", "a").thick("ssd", 90 * GIB).build(),
                node("bravo").aux("site", "a").thick("ssd", 80 * GIB).build(),
                node("charlie").aux("site", "b").thick("ssd", 3 * GIB).build(),
                node("delta").aux("site", "b").thick("ssd", 2 * GIB).build(),
                node("echo").aux("site", "b").thick("ssd", GIB).build());

        PlacementDecision decision =
                decided(placer.place(placing(3).replicasOnSame(List.of("site")).build(), web, nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("charlie", "delta", "echo");
    }

    @Test
    void replicasOnSameWithAValuePinsThatValue() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha").aux("site", "a").thick("ssd", GIB).build(),
                node("bravo").aux("site", "a").thick("ssd", GIB).build(),
                node("charlie").aux("site", "b").thick("ssd", 50 * GIB).build(),
                node("delta").aux("site", "b").thick("ssd", 50 * GIB).build());

        PlacementDecision decision = decided(
                placer.place(placing(2).replicasOnSame(List.of("site=a")).build(), web, nodes));
        PlacementRefusal refusal = refused(
                placer.place(placing(3).replicasOnSame(List.of("site=a")).build(), web, nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("alpha", "bravo");
        assertThat(refusal.rejections())
                .contains(new NodeRejection("charlie", "Aux/site is 'b', replicas need 'a' (replicas_on_same)"));
    }

    @Test
    void replicasOnDifferentSpreadsReplicasOverDistinctValues() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha").aux("rack", "r1").thick("ssd", 90 * GIB).build(),
                node("bravo").aux("rack", "r1").thick("ssd", 80 * GIB).build(),
                node("charlie").aux("rack", "r2").thick("ssd", 10 * GIB).build(),
                node("delta").aux("rack", "r3").thick("ssd", 5 * GIB).build(),
                node("echo").thick("ssd", 99 * GIB).build());

        PlacementDecision decision = decided(
                placer.place(placing(3).replicasOnDifferent(List.of("rack")).build(), web, nodes));
        PlacementRefusal refusal = refused(
                placer.place(placing(5).replicasOnDifferent(List.of("rack")).build(), web, nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("alpha", "charlie", "delta");
        assertThat(refusal.rejections())
                .containsExactly(new NodeRejection("echo", "has no property Aux/rack (replicas_on_different)"));
    }

    @Test
    void replicasOnDifferentFindsTheSetThatGreedyChoiceMisses() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha")
                        .aux("site", "1")
                        .aux("rack", "1")
                        .thick("ssd", 90 * GIB)
                        .build(),
                node("bravo")
                        .aux("site", "1")
                        .aux("rack", "2")
                        .thick("ssd", 50 * GIB)
                        .build(),
                node("charlie")
                        .aux("site", "2")
                        .aux("rack", "1")
                        .thick("ssd", 40 * GIB)
                        .build());

        PlacementDecision decision = decided(placer.place(
                placing(2).replicasOnDifferent(List.of("site", "rack")).build(), web, nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("bravo", "charlie");
    }

    @Test
    void replicasOnSameAndDifferentCombine() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha")
                        .aux("site", "a")
                        .aux("rack", "r1")
                        .thick("ssd", 90 * GIB)
                        .build(),
                node("bravo")
                        .aux("site", "a")
                        .aux("rack", "r1")
                        .thick("ssd", 80 * GIB)
                        .build(),
                node("charlie")
                        .aux("site", "a")
                        .aux("rack", "r2")
                        .thick("ssd", 10 * GIB)
                        .build(),
                node("delta")
                        .aux("site", "b")
                        .aux("rack", "r3")
                        .thick("ssd", 70 * GIB)
                        .build());
        AutoSelectFilter filter = placing(2)
                .replicasOnSame(List.of("site"))
                .replicasOnDifferent(List.of("rack"))
                .build();

        PlacementDecision decision = decided(placer.place(filter, web, nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("alpha", "charlie");
    }

    @Test
    void unmeetablePropertyRulesAreRefusedListingTheSuitableNodesValues() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha").aux("rack", "r1").thick("ssd", 90 * GIB).build(),
                node("bravo").aux("rack", "r1").thick("ssd", 80 * GIB).build(),
                node("charlie").aux("rack", "r2").thick("ssd", 10 * GIB).build());

        PlacementRefusal refusal = refused(
                placer.place(placing(3).replicasOnDifferent(List.of("rack")).build(), web, nodes));

        assertThat(refusal.retCode()).isEqualTo(RetCodes.FAIL_NOT_ENOUGH_NODES);
        assertThat(refusal.message())
                .isEqualTo("Not enough available nodes: 3 replicas requested, 3 suitable nodes found, "
                        + "but no 3 of them meet replicas_on_different [Aux/rack] "
                        + "(alpha: Aux/rack=r1; bravo: Aux/rack=r1; charlie: Aux/rack=r2)");
    }

    @Test
    void topUpKeepsTheExistingReplicasSameValue() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha").aux("site", "a").thick("ssd", GIB).build(),
                node("bravo").aux("site", "a").thick("ssd", GIB).build(),
                node("charlie").aux("site", "b").thick("ssd", 90 * GIB).build(),
                node("delta").aux("site", "b").thick("ssd", 90 * GIB).build());

        PlacementDecision decision = decided(placer.place(
                placing(2).replicasOnSame(List.of("site")).build(), deployed(web, Set.of("alpha"), Set.of()), nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("bravo");
    }

    @Test
    void topUpAvoidsTheExistingReplicasDifferentValues() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha").aux("rack", "r1").thick("ssd", GIB).build(),
                node("bravo").aux("rack", "r1").thick("ssd", 90 * GIB).build(),
                node("charlie").aux("rack", "r2").thick("ssd", 10 * GIB).build());
        AutoSelectFilter filter =
                placing(2).replicasOnDifferent(List.of("rack")).build();

        PlacementDecision decision = decided(placer.place(filter, deployed(web, Set.of("alpha"), Set.of()), nodes));
        PlacementRefusal refusal = refused(placer.place(
                filter.toBuilder().placeCount(3).build(), deployed(web, Set.of("alpha"), Set.of()), nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("charlie");
        assertThat(refusal.rejections())
                .contains(new NodeRejection(
                        "bravo", "Aux/rack 'r1' is taken by an existing replica (replicas_on_different)"));
    }

    @Test
    void existingReplicasThatBreakReplicasOnSameAreRefused() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha").aux("site", "a").thick("ssd", GIB).build(),
                node("bravo").aux("site", "b").thick("ssd", GIB).build(),
                node("charlie").aux("site", "a").thick("ssd", GIB).build());

        PlacementRefusal refusal = refused(placer.place(
                placing(3).replicasOnSame(List.of("site")).build(),
                deployed(web, Set.of("alpha", "bravo"), Set.of()),
                nodes));

        assertThat(refusal.retCode()).isEqualTo(RetCodes.FAIL_NOT_ENOUGH_NODES);
        assertThat(refusal.message())
                .isEqualTo("Not enough available nodes: 1 more replica requested "
                        + "(3 wanted, 2 already deployed), but replicas_on_same cannot hold: the existing replica on bravo "
                        + "has Aux/site 'b', other existing replicas have 'a'.");
    }

    @Test
    void tooFewDistinctValuesAreRefusedWithoutSearching() {
        List<PlacementCandidate> nodes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            nodes.add(node(String.format("node%03d", i))
                    .aux("site", i % 2 == 0 ? "x" : "y")
                    .aux("rack", "r" + i)
                    .thick("ssd", (100 + i) * GIB)
                    .build());
        }

        PlacementRefusal refusal = refused(placer.place(
                placing(3).replicasOnDifferent(List.of("site", "rack")).build(), web, nodes));

        assertThat(refusal.message()).contains("100 suitable nodes found, but no 3 of them meet", "; and 90 more)");
        assertThat(refusal.cause()).isEqualTo("The suitable nodes' properties do not allow such a set.");
    }

    @Test
    void aSearchThatCannotFinishIsRefusedSayingItStopped() {
        // Every node is on site S0 or in rack R0: no three nodes differ in both, but every
        // property has plenty of values, so only the search can tell.
        List<PlacementCandidate> nodes = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            nodes.add(node("s" + i)
                    .aux("site", "S" + i)
                    .aux("rack", "R0")
                    .thick("ssd", (300 - i) * GIB)
                    .build());
            nodes.add(node("r" + i)
                    .aux("site", "S0")
                    .aux("rack", "R" + i)
                    .thick("ssd", (200 - i) * GIB)
                    .build());
        }

        PlacementRefusal refusal = refused(placer.place(
                placing(3).replicasOnDifferent(List.of("site", "rack")).build(), web, nodes));

        assertThat(refusal.retCode()).isEqualTo(RetCodes.FAIL_NOT_ENOUGH_NODES);
        assertThat(refusal.message())
                .contains("200 suitable nodes found, but no 3 of them meet "
                        + "replicas_on_different [Aux/site, Aux/rack]");
        assertThat(refusal.cause())
                .isEqualTo("The search for such a set stopped after " + ReplicaSetSearch.STEP_BUDGET
                        + " steps without finding one.");
    }
}
