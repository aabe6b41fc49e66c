package io.linstorj.controller.autoplace;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static io.linstorj.controller.TestNodes.MIB;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.resource.InitialSyncRule;
import io.linstorj.controller.resource.ResourceCreateRequest;
import io.linstorj.controller.resource.ResourceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AutoplaceServiceTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final TestNodes nodes = new TestNodes(fixture);
    private final AutoplaceService autoplace = fixture.services().autoplace();

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<ApiCallRc> place(String resource, AutoSelectFilter filter) {
        return await(autoplace.autoplace(resource, filter));
    }

    private List<ResourceView> replicas(String resource) {
        return await(fixture.services().resources().resources().list(List.of(), List.of(resource)));
    }

    private Map<String, String> poolByNode(String resource) {
        return replicas(resource).stream()
                .collect(Collectors.toMap(
                        view -> view.resource().nodeName(),
                        view -> view.volumes().get(0).volume().storagePoolName()));
    }

    /** Four online nodes with a LVM pool "data" of 1, 2, 3 and 4 GiB free. */
    private void fourNodes() {
        for (int i = 1; i <= 4; i++) {
            nodes.online("node" + i);
            nodes.pool("node" + i, "data", "LVM", i * 1024, 4096);
        }
    }

    @Test
    void redundancyThreePlacesThreeDiskfulReplicasThatAllSkipTheInitialSync() {
        fourNodes();
        nodes.resource("web", 100);

        List<ApiCallRc> replies = place("web", AutoSelectFilter.ofPlaceCount(3));

        assertThat(retCodes(replies))
                .containsExactly(
                        MASK_RSC | MASK_CRT | CREATED,
                        MASK_RSC | MASK_CRT | CREATED,
                        MASK_RSC | MASK_CRT | CREATED,
                        MASK_RSC | MASK_CRT | CREATED);
        assertThat(replies.get(0).objRefs()).containsEntry("RscDfn", "web").containsEntry("Node", "node4");
        assertThat(replies.get(3).message()).isEqualTo("Resource 'web' autoplaced.");
        assertThat(poolByNode("web"))
                .containsOnlyKeys("node2", "node3", "node4")
                .containsValue("data");
        assertThat(replicas("web")).allSatisfy(view -> {
            assertThat(view.resource().isDiskless()).isFalse();
            assertThat(view.resource().props())
                    .containsEntry(InitialSyncRule.PROP, InitialSyncRule.SKIP)
                    .containsEntry("StorPoolName", "data");
        });
        assertThat(replicas("web")).extracting(view -> view.resource().nodeId()).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void offlineNodeIsPassedOverEvenWithTheMostSpace() {
        fourNodes();
        nodes.offline("big");
        nodes.pool("big", "data", "LVM", 100_000, 100_000);
        nodes.resource("web", 100);

        place("web", AutoSelectFilter.ofPlaceCount(2));

        assertThat(poolByNode("web")).containsOnlyKeys("node3", "node4");
    }

    @Test
    void notEnoughNodesIsRefusedNamingEachReasonAndCreatesNothing() {
        nodes.online("alpha");
        nodes.pool("alpha", "data", "LVM", 1024, 1024);
        nodes.online("bravo");
        nodes.pool("bravo", "data", "LVM", 50, 1024);
        nodes.online("charlie");
        nodes.createPool("charlie", "data", "LVM");
        nodes.offline("delta");
        nodes.resource("web", 100);

        List<ApiCallRc> replies = place("web", AutoSelectFilter.ofPlaceCount(3));

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_CRT | FAIL_NOT_ENOUGH_NODES);
        ApiCallRc refusal = replies.get(0);
        assertThat(refusal.message()).contains("3 replicas requested", "1 suitable node");
        assertThat(refusal.details())
                .contains(
                        "bravo: pool 'data' has 50 MiB free, needs 100 MiB",
                        "delta: offline",
                        "charlie: no diskful storage pool",
                        "pool 'data' on charlie: no capacity reported");
        assertThat(refusal.correction()).isNotEmpty();
        assertThat(replicas("web")).isEmpty();
    }

    @Test
    void poolListRestrictsWhereDataGoes() {
        fourNodes();
        for (int i = 1; i <= 4; i++) {
            nodes.pool("node" + i, "fast", "LVM", 200, 200);
        }
        nodes.resource("web", 100);

        place(
                "web",
                AutoSelectFilter.builder()
                        .placeCount(3)
                        .storagePoolList(List.of("fast"))
                        .build());

        assertThat(poolByNode("web"))
                .hasSize(3)
                .allSatisfy((node, pool) -> assertThat(pool).isEqualTo("fast"));
    }

    @Test
    void doNotPlaceWithKeepsReplicasOffNodesHoldingTheOtherResource() {
        fourNodes();
        nodes.resource("db", 100);
        place("db", AutoSelectFilter.ofPlaceCount(2));
        nodes.resource("web", 100);

        place(
                "web",
                AutoSelectFilter.builder()
                        .placeCount(2)
                        .notPlaceWithRsc(List.of("db"))
                        .build());

        assertThat(poolByNode("db")).containsOnlyKeys("node3", "node4");
        assertThat(poolByNode("web")).containsOnlyKeys("node1", "node2");
    }

    @Test
    void topUpFromOneToThreeAddsTwoReplicasThatSyncFromThePeer() {
        fourNodes();
        nodes.resource("web", 100);
        TestNodes.check(await(fixture.services()
                .resources()
                .resources()
                .create(new ResourceCreateRequest("web", "node1", Set.of(), "data", Map.of()))));

        List<ApiCallRc> replies = place("web", AutoSelectFilter.ofPlaceCount(3));

        assertThat(retCodes(replies)).hasSize(3);
        assertThat(replies.get(2).details()).contains("node4", "node3");
        Map<String, String> sync = replicas("web").stream()
                .collect(Collectors.toMap(
                        view -> view.resource().nodeName(),
                        view -> view.resource().props().get(InitialSyncRule.PROP)));
        assertThat(sync)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "node1",
                        InitialSyncRule.SKIP,
                        "node3",
                        InitialSyncRule.FROM_PEER,
                        "node4",
                        InitialSyncRule.FROM_PEER));
    }

    @Test
    void disklessOnRemainingPutsDisklessReplicasOnTheOtherOnlineNodes() {
        fourNodes();
        nodes.offline("away");
        nodes.resource("web", 100);

        place(
                "web",
                AutoSelectFilter.builder()
                        .placeCount(2)
                        .disklessOnRemaining(true)
                        .build());

        Map<String, ResourceView> byNode = replicas("web").stream()
                .collect(Collectors.toMap(view -> view.resource().nodeName(), view -> view));
        assertThat(byNode).containsOnlyKeys("node1", "node2", "node3", "node4");
        assertThat(byNode.get("node1").resource().flags())
                .containsExactlyInAnyOrder(Resource.FLAG_DISKLESS, Resource.FLAG_DRBD_DISKLESS);
        assertThat(byNode.get("node1").volumes().get(0).volume().storagePoolName())
                .isEqualTo("DfltDisklessStorPool");
        assertThat(byNode.get("node1").resource().props()).doesNotContainKey(InitialSyncRule.PROP);
        assertThat(byNode.get("node4").resource().isDiskless()).isFalse();
    }

    @Test
    void resourceThatHasWhatIsAskedForAnswersInfoNoop() {
        fourNodes();
        nodes.resource("web", 100);
        place("web", AutoSelectFilter.ofPlaceCount(2));
        int commits = fixture.commits().size();

        List<ApiCallRc> replies = place("web", AutoSelectFilter.ofPlaceCount(2));

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_CRT | INFO_NOOP);
        assertThat(replies.get(0).message()).contains("nothing to do");
        assertThat(fixture.commits()).hasSize(commits);
    }

    @Test
    void missingDefinitionOrVolumeDefinitionsOrBadFilterIsRefused() {
        fourNodes();
        fixture.createResourceDefinition("empty");

        assertThat(retCodes(place("nothing", AutoSelectFilter.ofPlaceCount(1))))
                .containsExactly(MASK_RSC | MASK_CRT | FAIL_NOT_FOUND_RSC_DFN);
        assertThat(retCodes(place("empty", AutoSelectFilter.ofPlaceCount(1))))
                .containsExactly(MASK_RSC | MASK_CRT | FAIL_NOT_FOUND_VLM_DFN);
        nodes.resource("web", 100);
        assertThat(retCodes(place("web", AutoSelectFilter.ofPlaceCount(0))))
                .containsExactly(MASK_RSC | MASK_CRT | FAIL_INVLD_PLACE_COUNT);
    }

    @Test
    void resourceGroupFilterFillsWhatTheRequestLeavesOut() {
        fourNodes();
        for (int i = 1; i <= 4; i++) {
            nodes.pool("node" + i, "fast", "LVM", 200, 200);
        }
        TestNodes.check(await(fixture.services()
                .groups()
                .resourceGroups()
                .create(new io.linstorj.controller.group.ResourceGroupCreateRequest(
                        "gold",
                        "",
                        Map.of(),
                        AutoSelectFilter.builder()
                                .placeCount(3)
                                .storagePoolList(List.of("fast"))
                                .build(),
                        List.of()))));
        TestNodes.check(await(fixture.services()
                .resources()
                .definitions()
                .create(new io.linstorj.controller.resource.ResourceDefinitionCreateRequest(
                        "web",
                        null,
                        Map.of(),
                        "gold",
                        List.of(new io.linstorj.controller.resource.VolumeDefinitionRequest(
                                null, 100 * MIB, null, Map.of()))))));

        place("web", AutoSelectFilter.builder().placeCount(2).build());

        assertThat(poolByNode("web"))
                .hasSize(2)
                .allSatisfy((node, pool) -> assertThat(pool).isEqualTo("fast"));
        place("web", AutoSelectFilter.builder().build());
        assertThat(poolByNode("web")).hasSize(3);
    }

    @Test
    void strategyPropertyChoosesTheNodeWithFewestResources() {
        fourNodes();
        nodes.resource("other", 10);
        place("other", AutoSelectFilter.ofPlaceCount(3));
        await(fixture.services().controllerProps().set("Autoplacer/Strategy", "FewestResources"));
        nodes.resource("web", 10);

        place("web", AutoSelectFilter.ofPlaceCount(1));

        assertThat(poolByNode("web")).containsOnlyKeys("node1");
        assertThat(retCodes(await(fixture.services().controllerProps().set("Autoplacer/Strategy", "Random"))))
                .containsExactly(MASK_CTRL_CONF | MASK_MOD | FAIL_INVLD_PROP);
    }

    @Test
    void thinPoolsAreLimitedByTheOversubscriptionRatioOfPoolNodeOrController() {
        nodes.online("alpha");
        nodes.pool("alpha", "thin", "FILE_THIN", 100, 100);
        await(fixture.services().controllerProps().set("MaxOversubscriptionRatio", "1.5"));
        nodes.resource("one", 100);
        nodes.resource("two", 100);
        place("one", AutoSelectFilter.ofPlaceCount(1));

        List<ApiCallRc> refused = place("two", AutoSelectFilter.ofPlaceCount(1));
        nodes.nodeProp("alpha", "MaxOversubscriptionRatio", "2");
        List<ApiCallRc> placed = place("two", AutoSelectFilter.ofPlaceCount(1));

        assertThat(retCodes(refused)).containsExactly(MASK_RSC | MASK_CRT | FAIL_NOT_ENOUGH_NODES);
        assertThat(refused.get(0).details()).contains("thin pool 'thin' can provision 50 MiB more");
        assertThat(placed).allMatch(ApiCallRc::isSuccess);
    }

    @Test
    void concurrentAutoplacesOfDifferentResourcesNeverBookAPoolBeyondItsRoom() {
        for (String node : List.of("alpha", "bravo", "charlie")) {
            nodes.online(node);
            nodes.pool(node, "data", "LVM", 250, 1024);
        }
        for (int i = 0; i < 9; i++) {
            nodes.resource("rsc" + i, 100);
        }

        List<CompletableFuture<List<ApiCallRc>>> calls = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            calls.add(autoplace.autoplace("rsc" + i, AutoSelectFilter.ofPlaceCount(1)));
        }
        List<List<ApiCallRc>> replies =
                calls.stream().map(ServiceFixture::await).toList();

        assertThat(replies)
                .filteredOn(reply -> reply.stream().allMatch(ApiCallRc::isSuccess))
                .hasSize(6);
        assertThat(replies)
                .filteredOn(reply -> reply.get(0).hasCode(FAIL_NOT_ENOUGH_NODES))
                .hasSize(3);
        Map<String, Long> perNode =
                await(fixture.services().resources().resources().list(List.of(), List.of())).stream()
                        .collect(Collectors.groupingBy(view -> view.resource().nodeName(), Collectors.counting()));
        assertThat(perNode).containsExactlyInAnyOrderEntriesOf(Map.of("alpha", 2L, "bravo", 2L, "charlie", 2L));
    }
}
