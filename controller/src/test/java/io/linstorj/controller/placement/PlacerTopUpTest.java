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

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacerTopUpTest {
    private final Placer placer = new Placer();
    private final ResourceToPlace web = resource("web", 100 * MIB);
    private final List<PlacementCandidate> fourNodes = List.of(
            nodeWithFree("alpha", 40 * GIB), nodeWithFree("bravo", 30 * GIB),
            nodeWithFree("charlie", 20 * GIB), nodeWithFree("delta", 10 * GIB));

    @Test
    void topUpPlacesOnlyTheMissingReplicas() {
        ResourceToPlace onAlpha = deployed(web, Set.of("alpha"), Set.of());

        PlacementDecision decision = decided(placer.place(AutoSelectFilter.ofPlaceCount(3), onAlpha, fourNodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("bravo", "charlie");
    }

    @Test
    void disklessReplicasDoNotCountTowardsThePlaceCount() {
        ResourceToPlace disklessOnAlpha = deployed(web, Set.of(), Set.of("alpha"));

        PlacementDecision decision =
                decided(placer.place(AutoSelectFilter.ofPlaceCount(2), disklessOnAlpha, fourNodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("bravo", "charlie");
    }

    @Test
    void placeCountAlreadyMetIsASuccessWithNothingToDo() {
        ResourceToPlace onThree = deployed(web, Set.of("alpha", "bravo", "charlie"), Set.of());

        PlacementDecision decision = decided(placer.place(AutoSelectFilter.ofPlaceCount(3), onThree, List.of()));

        assertThat(decision.isNothingToDo()).isTrue();
        assertThat(decision.message())
                .isEqualTo("Resource 'web' already has 3 diskful replicas (3 wanted): nothing to do");
    }

    @Test
    void morePlacedReplicasThanWantedRemoveNothing() {
        ResourceToPlace onThree = deployed(web, Set.of("alpha", "bravo", "charlie"), Set.of());

        PlacementDecision decision = decided(placer.place(AutoSelectFilter.ofPlaceCount(2), onThree, fourNodes));

        assertThat(decision.isNothingToDo()).isTrue();
    }

    @Test
    void additionalPlaceCountAddsOnTopOfTheExistingReplicas() {
        ResourceToPlace onAlphaAndBravo = deployed(web, Set.of("alpha", "bravo"), Set.of());
        AutoSelectFilter oneMore =
                AutoSelectFilter.builder().placeCount(2).additionalPlaceCount(1).build();

        PlacementDecision decision = decided(placer.place(oneMore, onAlphaAndBravo, fourNodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("charlie");
        assertThat(decision.message()).isEqualTo("Resource 'web': new diskful replica on charlie (pool 'ssd')");
    }

    @Test
    void topUpRefusalSaysHowManyMoreWereRequested() {
        ResourceToPlace onAlpha = deployed(web, Set.of("alpha"), Set.of());
        AutoSelectFilter twoMore =
                AutoSelectFilter.builder().additionalPlaceCount(4).build();

        PlacementRefusal total = refused(placer.place(AutoSelectFilter.ofPlaceCount(6), onAlpha, fourNodes));
        PlacementRefusal additional = refused(placer.place(twoMore, onAlpha, fourNodes));

        assertThat(total.message())
                .startsWith(
                        "Not enough available nodes: 5 more replicas requested (6 wanted, 1 already deployed), 3 suitable nodes found");
        assertThat(additional.message())
                .startsWith(
                        "Not enough available nodes: 4 additional replicas requested (1 already deployed), 3 suitable nodes found");
        assertThat(total.rejections()).containsExactly(new NodeRejection("alpha", "already holds 'web'"));
    }

    @Test
    void disklessOnRemainingPutsADisklessReplicaOnEveryOtherOnlineNode() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha")
                        .thick("ssd", 90 * GIB)
                        .disklessPool("DfltDisklessStorPool")
                        .build(),
                node("bravo")
                        .thick("ssd", 80 * GIB)
                        .disklessPool("DfltDisklessStorPool")
                        .build(),
                node("charlie").disklessPool("DfltDisklessStorPool").build(),
                node("delta")
                        .thick("ssd", GIB)
                        .disklessPool("DfltDisklessStorPool")
                        .offline()
                        .build(),
                node("echo").thick("ssd", GIB).build(),
                node("foxtrot").disklessPool("DfltDisklessStorPool").build(),
                node("golf").disklessPool("DfltDisklessStorPool").build());
        ResourceToPlace disklessOnGolf = deployed(web, Set.of(), Set.of("golf"));
        AutoSelectFilter filter = AutoSelectFilter.builder()
                .placeCount(2)
                .disklessOnRemaining(true)
                .build();

        PlacementDecision decision = decided(placer.place(filter, disklessOnGolf, nodes));

        assertThat(decision.diskfulNodeNames()).containsExactly("alpha", "bravo");
        assertThat(decision.disklessReplicas())
                .containsExactly(
                        new ReplicaPlacement("charlie", "DfltDisklessStorPool"),
                        new ReplicaPlacement("foxtrot", "DfltDisklessStorPool"));
        assertThat(decision.disklessFlag()).isEqualTo("DRBD_DISKLESS");
        assertThat(decision.message())
                .isEqualTo("Resource 'web': new diskful replicas on alpha (pool 'ssd'), "
                        + "bravo (pool 'ssd'); diskless on charlie, foxtrot; no diskless replica on echo "
                        + "(no allowed diskless storage pool)");
    }

    @Test
    void disklessOnRemainingUsesTheListedDisklessPool() {
        List<PlacementCandidate> nodes = List.of(
                nodeWithFree("alpha", 90 * GIB),
                node("bravo")
                        .disklessPool("a-diskless")
                        .disklessPool("b-diskless")
                        .build(),
                node("charlie")
                        .disklessPool("a-diskless")
                        .disklessPool("b-diskless")
                        .build());
        AutoSelectFilter filter = AutoSelectFilter.builder()
                .placeCount(1)
                .disklessOnRemaining(true)
                .build();

        PlacementDecision firstByName = decided(placer.place(filter, web, nodes));
        PlacementDecision listed = decided(placer.place(
                filter.toBuilder()
                        .storagePoolDisklessList(List.of("B-DISKLESS"))
                        .build(),
                web,
                nodes));

        assertThat(firstByName.disklessReplicas())
                .extracting(ReplicaPlacement::storagePoolName)
                .containsExactly("a-diskless", "a-diskless");
        assertThat(listed.disklessReplicas())
                .extracting(ReplicaPlacement::storagePoolName)
                .containsExactly("b-diskless", "b-diskless");
    }

    @Test
    void disklessOnRemainingStillAppliesWhenNoDiskfulReplicaIsNeeded() {
        List<PlacementCandidate> nodes = List.of(
                node("alpha")
                        .thick("ssd", GIB)
                        .disklessPool("DfltDisklessStorPool")
                        .build(),
                node("bravo").disklessPool("DfltDisklessStorPool").build());
        AutoSelectFilter filter = AutoSelectFilter.builder()
                .placeCount(1)
                .disklessOnRemaining(true)
                .build();

        PlacementDecision decision = decided(placer.place(filter, deployed(web, Set.of("alpha"), Set.of()), nodes));

        assertThat(decision.diskfulReplicas()).isEmpty();
        assertThat(decision.disklessNodeNames()).containsExactly("bravo");
        assertThat(decision.isNothingToDo()).isFalse();
        assertThat(decision.message())
                .isEqualTo(
                        "Resource 'web' already has 1 diskful replica (1 wanted): no new diskful replica; diskless on bravo");
    }
}
