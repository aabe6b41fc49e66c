package io.linstorj.controller.capacity;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.TestNodes.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.group.ResourceGroupCreateRequest;
import io.linstorj.controller.group.SpawnRequest;
import io.linstorj.controller.placement.AutoSelectFilter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SizeQueryServiceTest {
    private static final long GIB = 1024 * MIB;

    private final ServiceFixture fixture = new ServiceFixture();
    private final TestNodes nodes = new TestNodes(fixture);
    private final SizeQueryService sizes = fixture.services().sizes();

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Three online nodes with a thick LVM pool "data" of 1, 2 and 3 GiB free out of 4 GiB. */
    private void threeThickNodes() {
        for (int i = 1; i <= 3; i++) {
            nodes.online("node" + i);
            nodes.pool("node" + i, "data", "LVM", i * 1024, 4096);
        }
    }

    private void group(String name, AutoSelectFilter filter) {
        TestNodes.check(await(fixture.services()
                .groups()
                .resourceGroups()
                .create(new ResourceGroupCreateRequest(name, "", Map.of(), filter, List.of()))));
    }

    private static ApiCallRc refusal(CompletableFuture<?> query) {
        try {
            query.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(ApiRcException.class);
            return ((ApiRcException) e.getCause()).replies().get(0);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return fail("the query was not refused");
    }

    @Test
    void thickCandidateIsTheLeastFreeSpaceAmongThePoolsThePlacerChooses() {
        threeThickNodes();

        MaxVolumeSizes answer = await(sizes.maxVolumeSizes(AutoSelectFilter.ofPlaceCount(2)));

        assertThat(answer.candidates())
                .containsExactly(new MaxVolumeSizeCandidate("data", 2 * GIB, List.of("node3", "node2"), false));
        assertThat(answer.defaultMaxOversubscriptionRatio()).isEqualTo(20.0);
    }

    @Test
    void eachStoragePoolDefinitionIsOneCandidateInNameOrder() {
        threeThickNodes();
        for (int i = 1; i <= 3; i++) {
            nodes.pool("node" + i, "Fast", "LVM", 100, 100);
        }

        MaxVolumeSizes answer = await(sizes.maxVolumeSizes(AutoSelectFilter.ofPlaceCount(3)));

        assertThat(answer.candidates())
                .extracting(MaxVolumeSizeCandidate::storagePoolName)
                .containsExactly("data", "Fast");
        assertThat(answer.candidates().get(0).maxVolumeSizeKib()).isEqualTo(GIB);
        assertThat(answer.candidates().get(1).maxVolumeSizeKib()).isEqualTo(100 * MIB);
    }

    @Test
    void thinCandidateReportsFreeSpaceAndSizeInfoMultipliesItByTheRatio() {
        for (String node : List.of("alpha", "bravo")) {
            nodes.online(node);
            nodes.pool(node, "thin", "FILE_THIN", 100, 1000);
        }
        group(
                "rgthin",
                AutoSelectFilter.builder().placeCount(2).storagePool("thin").build());

        MaxVolumeSizes max = await(sizes.maxVolumeSizes("rgthin"));
        SizeInfo info =
                await(sizes.sizeInfo("rgthin", AutoSelectFilter.builder().build()));

        assertThat(max.candidates())
                .containsExactly(new MaxVolumeSizeCandidate("thin", 100 * MIB, List.of("alpha", "bravo"), true));
        SpaceInfo space = info.spaceInfo().orElseThrow();
        assertThat(space.maxVolumeSizeKib()).isEqualTo(100 * MIB * 20);
        assertThat(space.availableKib()).isEqualTo(100 * MIB);
        assertThat(space.capacityKib()).isEqualTo(1000 * MIB);
        assertThat(space.nextSpawn())
                .containsExactly(new SpawnTarget("alpha", "thin", 20.0), new SpawnTarget("bravo", "thin", 20.0));
        assertThat(info.reports()).isEmpty();
    }

    @Test
    void thinSizeInfoHonoursTheControllersOversubscriptionRatio() {
        for (String node : List.of("alpha", "bravo")) {
            nodes.online(node);
            nodes.pool(node, "thin", "FILE_THIN", 100, 1000);
        }
        TestNodes.check(await(fixture.services().controllerProps().set("MaxOversubscriptionRatio", "1.5")));
        group("rgthin", AutoSelectFilter.ofPlaceCount(2));

        SpaceInfo space = await(
                        sizes.sizeInfo("rgthin", AutoSelectFilter.builder().build()))
                .spaceInfo()
                .orElseThrow();

        // free × 1.5 = 150 MiB; total × 1.5 = 1500 MiB is not the bound here
        assertThat(space.maxVolumeSizeKib()).isEqualTo(150 * MIB);
        assertThat(space.defaultMaxOversubscriptionRatio()).isEqualTo(1.5);
        assertThat(space.nextSpawn())
                .allSatisfy(target -> assertThat(target.oversubscriptionRatio()).isEqualTo(1.5));
    }

    @Test
    void thinSizeInfoIsBoundedByWhatIsAlreadyProvisioned() {
        for (String node : List.of("alpha", "bravo")) {
            nodes.online(node);
            nodes.pool(node, "thin", "FILE_THIN", 900, 1000);
        }
        TestNodes.check(await(fixture.services().controllerProps().set("MaxOversubscriptionRatio", "1")));
        group("rgthin", AutoSelectFilter.ofPlaceCount(2));
        TestNodes.check(await(fixture.services()
                .groups()
                .spawn()
                .spawn(new SpawnRequest("rgthin", "big", List.of(600 * MIB), false))));

        SpaceInfo space = await(
                        sizes.sizeInfo("rgthin", AutoSelectFilter.builder().build()))
                .spaceInfo()
                .orElseThrow();

        // free × 1 = 900 MiB, but total × 1 − 600 MiB provisioned = 400 MiB
        assertThat(space.maxVolumeSizeKib()).isEqualTo(400 * MIB);
    }

    @Test
    void filtersAreThePlacersNodeListAndReplicasOnDifferent() {
        threeThickNodes();
        nodes.nodeProp("node2", "Aux/rack", "r1");
        nodes.nodeProp("node3", "Aux/rack", "r1");
        nodes.nodeProp("node1", "Aux/rack", "r2");

        MaxVolumeSizes listed = await(sizes.maxVolumeSizes(AutoSelectFilter.builder()
                .placeCount(2)
                .nodeNameList(List.of("node1", "node2"))
                .build()));
        MaxVolumeSizes racks = await(sizes.maxVolumeSizes(AutoSelectFilter.builder()
                .placeCount(2)
                .replicasOnDifferent(List.of("rack"))
                .build()));

        assertThat(listed.candidates().get(0).nodeNames()).containsExactly("node2", "node1");
        assertThat(listed.candidates().get(0).maxVolumeSizeKib()).isEqualTo(GIB);
        assertThat(racks.candidates().get(0).nodeNames()).containsExactlyInAnyOrder("node3", "node1");
        assertThat(racks.candidates().get(0).maxVolumeSizeKib()).isEqualTo(GIB);
    }

    @Test
    void poolsOfOfflineNodesAndUnreportedPoolsAreNoCandidates() {
        threeThickNodes();
        nodes.offline("big");
        nodes.pool("big", "data", "LVM", 100_000, 100_000);
        nodes.online("silent");
        nodes.createPool("silent", "data", "LVM");

        MaxVolumeSizes answer = await(sizes.maxVolumeSizes(AutoSelectFilter.ofPlaceCount(3)));

        assertThat(answer.candidates())
                .singleElement()
                .satisfies(c -> assertThat(c.nodeNames()).containsExactlyInAnyOrder("node1", "node2", "node3"));
    }

    @Test
    void notEnoughNodesIsRefusedAsLinstorDoes() {
        threeThickNodes();

        ApiCallRc rc = refusal(sizes.maxVolumeSizes(AutoSelectFilter.ofPlaceCount(4)));

        assertThat(rc.hasCode(FAIL_NOT_ENOUGH_NODES)).isTrue();
        assertThat(rc.message()).isEqualTo("Not enough nodes");
        assertThat(rc.details()).contains("data:", "3 suitable nodes");
    }

    @Test
    void sizeInfoThatCannotPlaceAnswersZerosWithTheRefusalAsReport() {
        threeThickNodes();
        group("rg4", AutoSelectFilter.ofPlaceCount(4));

        SizeInfo info = await(sizes.sizeInfo("rg4", AutoSelectFilter.builder().build()));

        SpaceInfo space = info.spaceInfo().orElseThrow();
        assertThat(space.maxVolumeSizeKib()).isZero();
        assertThat(space.availableKib()).isZero();
        assertThat(space.nextSpawn()).isEmpty();
        assertThat(info.reports())
                .singleElement()
                .satisfies(rc -> assertThat(rc.hasCode(FAIL_NOT_ENOUGH_NODES)).isTrue());
    }

    @Test
    void sizeInfoNamesTheNextSpawnsPoolsAndWhatTheAllowedPoolsOffer() {
        threeThickNodes();
        group(
                "rg2",
                AutoSelectFilter.builder().placeCount(2).storagePool("data").build());

        SpaceInfo space = await(sizes.sizeInfo("rg2", AutoSelectFilter.builder().build()))
                .spaceInfo()
                .orElseThrow();
        TestNodes.check(await(
                fixture.services().groups().spawn().spawn(new SpawnRequest("rg2", "web", List.of(10 * MIB), false))));

        assertThat(space.maxVolumeSizeKib()).isEqualTo(2 * GIB);
        // 3, 2 and 1 GiB free: 2 GiB on the two largest, then 1 GiB on the two left with 1 GiB each
        assertThat(space.availableKib()).isEqualTo(3 * GIB);
        assertThat(space.capacityKib()).isEqualTo(4 * GIB);
        assertThat(space.nextSpawn()).extracting(SpawnTarget::nodeName).containsExactly("node3", "node2");
        assertThat(await(fixture.services().resources().resources().list(List.of(), List.of("web"))))
                .extracting(view -> view.resource().nodeName())
                .containsExactlyInAnyOrder("node3", "node2");
    }

    @Test
    void theRequestsFilterOverridesTheGroups() {
        threeThickNodes();
        group("rg2", AutoSelectFilter.ofPlaceCount(2));

        SpaceInfo space = await(sizes.sizeInfo("rg2", AutoSelectFilter.ofPlaceCount(3)))
                .spaceInfo()
                .orElseThrow();

        assertThat(space.nextSpawn()).hasSize(3);
        assertThat(space.maxVolumeSizeKib()).isEqualTo(GIB);
    }

    @Test
    void badPlaceCountsAreRefused() {
        threeThickNodes();
        for (int count : List.of(0, -1, 33)) {
            ApiCallRc rc = refusal(sizes.maxVolumeSizes(AutoSelectFilter.ofPlaceCount(count)));
            assertThat(rc.hasCode(FAIL_INVLD_PLACE_COUNT))
                    .as("place_count %d", count)
                    .isTrue();
        }
        group("rg", AutoSelectFilter.ofPlaceCount(2));
        assertThat(refusal(sizes.sizeInfo("rg", AutoSelectFilter.ofPlaceCount(33)))
                        .hasCode(FAIL_INVLD_PLACE_COUNT))
                .isTrue();
    }

    @Test
    void unknownPoolsAndGroupsAreNotFound() {
        threeThickNodes();

        ApiCallRc pool = refusal(sizes.maxVolumeSizes(
                AutoSelectFilter.builder().storagePool("nope").build()));
        ApiCallRc group =
                refusal(sizes.sizeInfo("nogroup", AutoSelectFilter.builder().build()));
        ApiCallRc groupMax = refusal(sizes.maxVolumeSizes("nogroup"));

        assertThat(pool.hasCode(FAIL_NOT_FOUND_STOR_POOL_DFN)).isTrue();
        assertThat(pool.message()).contains("'nope'");
        assertThat(group.hasCode(FAIL_NOT_FOUND_RSC_GRP)).isTrue();
        assertThat(group.objRefs()).containsEntry("RscGrp", "nogroup");
        assertThat(groupMax.hasCode(FAIL_NOT_FOUND_RSC_GRP)).isTrue();
    }

    @Test
    void groupMaxVolumeSizeNeedsTheGroupsPlaceCount() {
        threeThickNodes();
        group("nocount", AutoSelectFilter.builder().build());

        ApiCallRc rc = refusal(sizes.maxVolumeSizes("nocount"));

        assertThat(rc.hasCode(FAIL_INVLD_PLACE_COUNT)).isTrue();
        assertThat(rc.message()).isEqualTo("Replica count is required for this operation.");
    }

    @Test
    void allSizeInfoAnswersEveryGroupAndAGroupsRefusalAsItsReports() {
        threeThickNodes();
        group("rg2", AutoSelectFilter.ofPlaceCount(2));
        group(
                "rgfast",
                AutoSelectFilter.builder().placeCount(2).storagePool("fast").build());

        Map<String, SizeInfo> all =
                await(sizes.allSizeInfo(AutoSelectFilter.builder().build()));

        assertThat(all).containsKeys("DfltRscGrp", "rg2", "rgfast");
        assertThat(all.get("rg2").spaceInfo().orElseThrow().maxVolumeSizeKib()).isEqualTo(2 * GIB);
        assertThat(all.get("rgfast").spaceInfo()).isEmpty();
        assertThat(all.get("rgfast").reports())
                .singleElement()
                .satisfies(rc ->
                        assertThat(rc.hasCode(FAIL_NOT_FOUND_STOR_POOL_DFN)).isTrue());
        assertThat(refusal(sizes.allSizeInfo(AutoSelectFilter.ofPlaceCount(0))).hasCode(FAIL_INVLD_PLACE_COUNT))
                .isTrue();
    }

    @Test
    void oneQueryOverManyGroupsSharesOneWorkBudget() {
        threeThickNodes();
        for (int i = 0; i < 300; i++) {
            group("rg" + i, AutoSelectFilter.ofPlaceCount(2));
        }
        SizeQueryService bounded = new SizeQueryService(fixture.guarded(), fixture.observed(), Runnable::run, 2_000);

        Map<String, SizeInfo> all =
                await(bounded.allSizeInfo(AutoSelectFilter.builder().build()));

        assertThat(all).hasSize(301);
        assertThat(all.get("DfltRscGrp").reports()).isEmpty();
        assertThat(all.get("rg299").spaceInfo()).as("past the query's budget").isEmpty();
        assertThat(all.get("rg299").reports())
                .singleElement()
                .satisfies(rc ->
                        assertThat(rc.hasCode(FAIL_UNDECIDABLE_AUTOPLACMENT)).isTrue());
        assertThat(await(sizes.allSizeInfo(AutoSelectFilter.builder().build()))
                        .get("rg299")
                        .reports())
                .as("the default budget holds every group of this cluster")
                .isEmpty();
    }

    @Test
    void maxVolumeSizeOverManyPoolDefinitionsSharesOneWorkBudget() {
        for (int i = 1; i <= 3; i++) {
            nodes.online("node" + i);
            for (int p = 0; p < 100; p++) {
                nodes.pool("node" + i, "pool" + p, "LVM", 1024, 4096);
            }
        }
        SizeQueryService bounded = new SizeQueryService(fixture.guarded(), fixture.observed(), Runnable::run, 2_000);

        assertThat(refusal(bounded.maxVolumeSizes(AutoSelectFilter.ofPlaceCount(2)))
                        .hasCode(FAIL_UNDECIDABLE_AUTOPLACMENT))
                .isTrue();
        assertThat(await(sizes.maxVolumeSizes(AutoSelectFilter.ofPlaceCount(2))).candidates())
                .hasSize(100);
    }
}
