package io.linstorj.controller.placement;

import static io.linstorj.controller.placement.TestCluster.GIB;
import static io.linstorj.controller.placement.TestCluster.MIB;
import static io.linstorj.controller.placement.TestCluster.decided;
import static io.linstorj.controller.placement.TestCluster.deployed;
import static io.linstorj.controller.placement.TestCluster.node;
import static io.linstorj.controller.placement.TestCluster.nodeWithFree;
import static io.linstorj.controller.placement.TestCluster.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A decision taken on an older view of the cluster, checked against the state it is applied to. */
class PlacerRecheckTest {
    private final Placer placer = new Placer();
    private final ResourceToPlace web = resource("web", 100 * MIB);
    private final AutoSelectFilter two = AutoSelectFilter.ofPlaceCount(2);
    private final List<PlacementCandidate> before = List.of(
            nodeWithFree("alpha", 30 * GIB), nodeWithFree("bravo", 20 * GIB), nodeWithFree("charlie", 10 * GIB));
    private final PlacementDecision earlier = decided(placer.place(two, web, before));

    @Test
    void decisionOnUnchangedStateHoldsAsItWas() {
        Optional<PlacementDecision> now = placer.recheck(two, web, before, earlier);

        assertThat(earlier.diskfulNodeNames()).containsExactly("alpha", "bravo");
        assertThat(now).contains(earlier);
    }

    @Test
    void decisionStillHoldsWhenAnotherNodeBecameMoreAttractive() {
        List<PlacementCandidate> after = List.of(
                nodeWithFree("alpha", 30 * GIB), nodeWithFree("bravo", 20 * GIB), nodeWithFree("charlie", 90 * GIB));

        assertThat(placer.recheck(two, web, after, earlier))
                .hasValueSatisfying(
                        decision -> assertThat(decision.diskfulNodeNames()).containsExactly("alpha", "bravo"));
    }

    @Test
    void chosenNodeGoneOfflineMakesTheDecisionStale() {
        List<PlacementCandidate> after = List.of(
                nodeWithFree("alpha", 30 * GIB), node("bravo").offline().build(), nodeWithFree("charlie", 10 * GIB));

        assertThat(placer.recheck(two, web, after, earlier)).isEmpty();
    }

    @Test
    void chosenPoolFilledMeanwhileMakesTheDecisionStale() {
        List<PlacementCandidate> after = List.of(
                nodeWithFree("alpha", 30 * GIB), nodeWithFree("bravo", 50 * MIB), nodeWithFree("charlie", 10 * GIB));

        assertThat(placer.recheck(two, web, after, earlier)).isEmpty();
    }

    @Test
    void chosenNodeRemovedMakesTheDecisionStale() {
        List<PlacementCandidate> after = List.of(nodeWithFree("alpha", 30 * GIB), nodeWithFree("charlie", 10 * GIB));

        assertThat(placer.recheck(two, web, after, earlier)).isEmpty();
    }

    @Test
    void replicasAddedMeanwhileMakeTheDecisionStale() {
        ResourceToPlace placedElsewhere = deployed(web, Set.of("charlie"), Set.of());

        assertThat(placer.recheck(two, placedElsewhere, before, earlier)).isEmpty();
    }

    @Test
    void conflictingResourceDeployedMeanwhileMakesTheDecisionStale() {
        AutoSelectFilter apart = AutoSelectFilter.builder()
                .placeCount(2)
                .notPlaceWithRscRegex("^db")
                .build();
        PlacementDecision decided = decided(placer.place(apart, web, before));
        List<PlacementCandidate> after = List.of(
                node("alpha")
                        .thick("ssd", 30 * GIB)
                        .holding("db-main", "ssd", GIB)
                        .build(),
                nodeWithFree("bravo", 20 * GIB),
                nodeWithFree("charlie", 10 * GIB));

        assertThat(placer.recheck(apart, web, after, decided)).isEmpty();
    }

    @Test
    void nothingToDoStaysNothingToDo() {
        ResourceToPlace placed = deployed(web, Set.of("alpha", "bravo"), Set.of());
        PlacementDecision nothing = decided(placer.place(two, placed, before));

        assertThat(placer.recheck(two, placed, before, nothing))
                .hasValueSatisfying(
                        decision -> assertThat(decision.isNothingToDo()).isTrue());
    }
}
