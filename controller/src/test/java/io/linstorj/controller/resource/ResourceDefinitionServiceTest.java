package io.linstorj.controller.resource;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.group.ResourceGroupCreateRequest;
import io.linstorj.controller.props.PropsChange;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResourceDefinitionServiceTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final ResourceDefinitionService definitions =
            fixture.services().resources().definitions();
    private final ResourceDeletion deletion = fixture.services().resources().deletion();

    @AfterEach
    void close() {
        fixture.close();
    }

    private ResourceDefinition definition(String name) {
        return await(definitions.list(List.of(name))).get(0).definition();
    }

    private List<ApiCallRc> createWithPort(String name, int port) {
        return await(definitions.create(new ResourceDefinitionCreateRequest(name, port, Map.of(), "", List.of())));
    }

    @Test
    void createAllocatesSequentialPortsAndFreshSecrets() {
        List<ApiCallRc> replies = fixture.createResourceDefinition("rsc1");
        fixture.createResourceDefinition("rsc2");

        assertThat(retCodes(replies)).containsExactly(MASK_RSC_DFN | MASK_CRT | CREATED);
        assertThat(replies.get(0).message()).isEqualTo("Resource definition 'rsc1' created.");
        assertThat(definition("rsc1").port()).isEqualTo(7000);
        assertThat(definition("rsc2").port()).isEqualTo(7001);
        assertThat(definition("rsc1").secret())
                .hasSize(20)
                .isNotEqualTo(definition("rsc2").secret());
        assertThat(definition("rsc1").resourceGroupName()).isEqualTo("DfltRscGrp");
    }

    @Test
    void createWithGivenPortUsesItAndAllocationSkipsIt() {
        assertThat(retCodes(createWithPort("rsc1", 7000))).containsExactly(MASK_RSC_DFN | MASK_CRT | CREATED);
        fixture.createResourceDefinition("rsc2");

        assertThat(definition("rsc2").port()).isEqualTo(7001);
    }

    @Test
    void createWithTakenOrInvalidPortIsRefused() {
        createWithPort("rsc1", 7100);

        List<ApiCallRc> taken = createWithPort("rsc2", 7100);
        assertThat(retCodes(taken)).containsExactly(MASK_RSC_DFN | MASK_CRT | FAIL_INVLD_RSC_PORT);
        assertThat(taken.get(0).cause()).contains("rsc1");
        assertThat(retCodes(createWithPort("rsc3", 70000)))
                .containsExactly(MASK_RSC_DFN | MASK_CRT | FAIL_INVLD_RSC_PORT);
        assertThat(retCodes(createWithPort("rsc4", -1))).containsExactly(MASK_RSC_DFN | MASK_CRT | FAIL_INVLD_RSC_PORT);
    }

    @Test
    void exhaustedPortRangeIsRefusedWithPoolExhausted() {
        await(fixture.services().controllerProps().set("TcpPortAutoRange", "7000-7001"));
        fixture.createResourceDefinition("rsc1");
        fixture.createResourceDefinition("rsc2");

        List<ApiCallRc> replies = fixture.createResourceDefinition("rsc3");

        assertThat(retCodes(replies)).containsExactly(MASK_RSC_DFN | MASK_CRT | FAIL_POOL_EXHAUSTED_TCP_PORT);
        assertThat(replies.get(0).correction()).contains("TcpPortAutoRange");
        await(definitions.delete("rsc1"));
        assertThat(retCodes(fixture.createResourceDefinition("rsc3")))
                .containsExactly(MASK_RSC_DFN | MASK_CRT | CREATED);
        assertThat(definition("rsc3").port()).isEqualTo(7000);
    }

    @Test
    void createWithTakenOrInvalidNameIsRefused() {
        fixture.createResourceDefinition("rsc1");

        assertThat(retCodes(fixture.createResourceDefinition("RSC1")))
                .containsExactly(MASK_RSC_DFN | MASK_CRT | FAIL_EXISTS_RSC_DFN);
        assertThat(retCodes(fixture.createResourceDefinition("1rsc")))
                .containsExactly(MASK_RSC_DFN | MASK_CRT | FAIL_INVLD_RSC_NAME);
    }

    @Test
    void createInMissingResourceGroupIsRefusedAndInExistingOneKeepsItsName() {
        List<ApiCallRc> missing = await(
                definitions.create(new ResourceDefinitionCreateRequest("rsc1", null, Map.of(), "gold", List.of())));
        await(fixture.services()
                .groups()
                .resourceGroups()
                .create(new ResourceGroupCreateRequest("Gold", "", Map.of(), null, List.of())));
        List<ApiCallRc> created = await(
                definitions.create(new ResourceDefinitionCreateRequest("rsc1", null, Map.of(), "GOLD", List.of())));

        assertThat(retCodes(missing)).containsExactly(MASK_RSC_DFN | MASK_CRT | FAIL_NOT_FOUND_RSC_GRP);
        assertThat(missing.get(0).message()).contains("'gold'");
        assertThat(retCodes(created)).containsExactly(MASK_RSC_DFN | MASK_CRT | CREATED);
        assertThat(definition("rsc1").resourceGroupName()).isEqualTo("Gold");
    }

    @Test
    void createWithVolumeDefinitionsCreatesThemAllOrNothing() {
        List<ApiCallRc> replies = await(definitions.create(new ResourceDefinitionCreateRequest(
                "rsc1",
                null,
                Map.of(),
                "",
                List.of(
                        new VolumeDefinitionRequest(null, 1024, null, Map.of()),
                        new VolumeDefinitionRequest(null, 2048, null, Map.of())))));
        List<ApiCallRc> refused = await(definitions.create(new ResourceDefinitionCreateRequest(
                "rsc2", null, Map.of(), "", List.of(new VolumeDefinitionRequest(null, 0, null, Map.of())))));

        assertThat(retCodes(replies))
                .containsExactly(
                        MASK_RSC_DFN | MASK_CRT | CREATED,
                        MASK_VLM_DFN | MASK_CRT | CREATED,
                        MASK_VLM_DFN | MASK_CRT | CREATED);
        assertThat(await(definitions.list(List.of("rsc1"))).get(0).volumeDefinitions())
                .hasSize(2);
        assertThat(retCodes(refused)).containsExactly(MASK_VLM_DFN | MASK_CRT | FAIL_INVLD_VLM_SIZE);
        assertThat(await(definitions.list(List.of("rsc2")))).isEmpty();
    }

    @Test
    void modifySetsAllowTwoPrimariesAndRefusesInvalidValue() {
        fixture.createResourceDefinition("rsc1");
        String key = "DrbdOptions/Net/allow-two-primaries";

        assertThat(retCodes(await(definitions.modify("rsc1", PropsChange.set(Map.of(key, "yes"))))))
                .containsExactly(MASK_RSC_DFN | MASK_MOD | MODIFIED);
        assertThat(retCodes(await(definitions.modify("rsc1", PropsChange.set(Map.of(key, "maybe"))))))
                .containsExactly(MASK_RSC_DFN | MASK_MOD | FAIL_INVLD_PROP);
        assertThat(definition("rsc1").props()).containsEntry(key, "yes");
        for (String value : List.of("no", "true", "False", "YES")) {
            assertThat(retCodes(await(definitions.modify("rsc1", PropsChange.set(Map.of(key, value))))))
                    .containsExactly(MASK_RSC_DFN | MASK_MOD | MODIFIED);
            assertThat(definition("rsc1").props()).containsEntry(key, value);
        }
        await(definitions.modify("rsc1", new PropsChange(Map.of(), Set.of(key), Set.of())));
        assertThat(definition("rsc1").props()).isEmpty();
        assertThat(retCodes(await(definitions.modify("rsc9", PropsChange.NONE))))
                .containsExactly(MASK_RSC_DFN | MASK_MOD | FAIL_NOT_FOUND_RSC_DFN);
    }

    @Test
    void deleteWithResourcesMarksTheDefinitionAndEveryReplicaDeleteAndKeepsThemUntilConfirmed() {
        TestNodes nodes = new TestNodes(fixture);
        for (String node : List.of("alpha", "bravo", "charlie")) {
            nodes.online(node);
            nodes.pool(node, "DfltStorPool", "FILE_THIN", 1000, 1000);
        }
        nodes.resource("rsc1", 10);
        fixture.createResource("rsc1", "alpha");
        fixture.createResource("rsc1", "bravo");
        fixture.createResource("rsc1", "charlie", "DISKLESS");

        List<ApiCallRc> replies = await(definitions.delete("rsc1"));

        assertThat(retCodes(replies))
                .containsExactly(
                        MASK_RSC_DFN | MASK_DEL | DELETED,
                        MASK_RSC_DFN | MASK_DEL | MODIFIED,
                        MASK_RSC_DFN | MASK_DEL | MODIFIED,
                        MASK_RSC_DFN | MASK_DEL | MODIFIED,
                        MASK_RSC_DFN | MASK_DEL | MODIFIED);
        assertThat(replies.get(0).message()).isEqualTo("Resource definition 'rsc1' marked for deletion.");
        assertThat(replies.get(1).message()).isEqualTo("Resource 'rsc1' on 'alpha' marked for deletion");
        assertThat(replies.get(4).message()).contains("once its resources are gone on node(s) alpha, bravo, charlie");
        ResourceDefinitionView listed = await(definitions.list(List.of("rsc1"))).get(0);
        assertThat(listed.definition().flags()).containsExactly(ResourceDefinition.FLAG_DELETE);
        assertThat(listed.volumeDefinitions()).hasSize(1);
        assertThat(await(fixture.services().resources().resources().list(List.of(), List.of("rsc1"))))
                .hasSize(3)
                .allSatisfy(view -> assertThat(view.resource().flags()).contains(Resource.FLAG_DELETE));
        for (String node : List.of("alpha", "bravo", "charlie")) {
            assertThat(fixture.clusterView().nodeState(node).orElseThrow().resources())
                    .singleElement()
                    .satisfies(state -> assertThat(state.local().isDeleting()).isTrue());
        }
    }

    @Test
    void theDefinitionGoesWithItsVolumeDefinitionsWhenTheLastSatelliteConfirms() {
        TestNodes nodes = new TestNodes(fixture);
        nodes.online("alpha");
        nodes.online("bravo");
        nodes.resource("rsc1", 10);
        fixture.createResource("rsc1", "alpha", "DISKLESS");
        fixture.createResource("rsc1", "bravo", "DISKLESS");
        await(definitions.delete("rsc1"));

        List<ApiCallRc> first = await(deletion.confirmGone("alpha", "rsc1"));

        assertThat(retCodes(first)).containsExactly(MASK_RSC | MASK_DEL | DELETED);
        assertThat(first.get(0).message()).isEqualTo("Node: alpha, Resource: rsc1 deletion complete.");
        assertThat(await(definitions.list(List.of("rsc1")))).hasSize(1);
        assertThat(await(deletion.confirmGone("alpha", "rsc1")))
                .as("a repeated confirmation")
                .isEmpty();

        List<ApiCallRc> last = await(deletion.confirmGone("bravo", "rsc1"));

        assertThat(retCodes(last)).containsExactly(MASK_RSC | MASK_DEL | DELETED, MASK_RSC_DFN | MASK_DEL | DELETED);
        assertThat(last.get(1).message()).isEqualTo("Resource definition 'rsc1' deleted.");
        assertThat(await(definitions.list(List.of("rsc1")))).isEmpty();
        fixture.guarded().read(desired -> {
            assertThat(desired.volumeDefinitions().values()).isEmpty();
            assertThat(desired.usedPorts().values()).isEmpty();
            assertThat(desired.usedMinors().values()).isEmpty();
            return null;
        });
    }

    @Test
    void aConfirmationForAReplicaNotMarkedForDeletionChangesNothing() {
        TestNodes nodes = new TestNodes(fixture);
        nodes.online("alpha");
        nodes.resource("rsc1", 10);
        fixture.createResource("rsc1", "alpha", "DISKLESS");

        assertThat(await(deletion.confirmGone("alpha", "rsc1"))).isEmpty();
        assertThat(await(deletion.confirmGone("alpha", "nosuch"))).isEmpty();

        assertThat(await(fixture.services().resources().resources().list(List.of(), List.of("rsc1"))))
                .hasSize(1);
    }

    @Test
    void deleteWithAResourceOnAnOfflineNodeWarnsThatItWaitsForThatNode() {
        TestNodes nodes = new TestNodes(fixture);
        nodes.online("alpha");
        nodes.offline("bravo");
        fixture.createResourceDefinition("rsc1");
        fixture.createResource("rsc1", "alpha", "DISKLESS");
        fixture.createResource("rsc1", "bravo", "DISKLESS");

        List<ApiCallRc> replies = await(definitions.delete("rsc1"));

        assertThat(retCodes(replies))
                .containsExactly(
                        MASK_RSC_DFN | MASK_DEL | DELETED,
                        MASK_RSC_DFN | MASK_DEL | MODIFIED,
                        MASK_RSC_DFN | MASK_DEL | MODIFIED,
                        MASK_RSC_DFN | MASK_DEL | WARN_NOT_CONNECTED,
                        MASK_RSC_DFN | MASK_DEL | MODIFIED);
        assertThat(replies.get(3).message()).contains("'bravo'", "stays marked DELETE", "reconnects");
        assertThat(replies.get(3).correction()).contains("DELETE /v1/nodes/bravo/lost");
        await(deletion.confirmGone("alpha", "rsc1"));
        assertThat(await(definitions.list(List.of("rsc1"))))
                .singleElement()
                .satisfies(view -> assertThat(view.definition().isDeleting()).isTrue());
        assertThat(await(fixture.services().resources().resources().list(List.of(), List.of("rsc1"))))
                .singleElement()
                .satisfies(view -> assertThat(view.resource().nodeName()).isEqualTo("bravo"));
    }

    @Test
    void declaringTheWaitedForNodeLostFinishesTheDeletion() {
        TestNodes nodes = new TestNodes(fixture);
        nodes.offline("bravo");
        fixture.createResourceDefinition("rsc1");
        fixture.createResource("rsc1", "bravo", "DISKLESS");
        await(definitions.delete("rsc1"));

        List<ApiCallRc> replies = await(fixture.services().nodes().deleteLost("bravo"));

        assertThat(retCodes(replies))
                .containsExactly(MASK_NODE | MASK_DEL | DELETED, MASK_RSC_DFN | MASK_DEL | DELETED);
        assertThat(await(definitions.list(List.of("rsc1")))).isEmpty();
    }

    @Test
    void portAndMinorOfADefinitionBeingDeletedAreNotReusedAndItsNameIsRefused() {
        TestNodes nodes = new TestNodes(fixture);
        nodes.offline("bravo");
        fixture.createResourceDefinition("rsc1");
        fixture.createVolumeDefinition("rsc1", 1024);
        fixture.createResource("rsc1", "bravo", "DISKLESS");
        ResourceDefinitionView before = await(definitions.list(List.of("rsc1"))).get(0);
        await(definitions.delete("rsc1"));

        List<ApiCallRc> again = fixture.createResourceDefinition("RSC1");
        fixture.createResourceDefinition("rsc2");
        fixture.createVolumeDefinition("rsc2", 1024);

        assertThat(retCodes(again)).containsExactly(MASK_RSC_DFN | MASK_CRT | FAIL_EXISTS_RSC_DFN);
        assertThat(again.get(0).message()).isEqualTo("Resource definition 'rsc1' is still being deleted.");
        assertThat(again.get(0).cause()).contains("bravo");
        ResourceDefinitionView other = await(definitions.list(List.of("rsc2"))).get(0);
        assertThat(other.definition().port()).isNotEqualTo(before.definition().port());
        assertThat(other.volumeDefinitions().get(0).minorNumber())
                .isNotEqualTo(before.volumeDefinitions().get(0).minorNumber());
        assertThat(retCodes(await(definitions.modify("rsc1", PropsChange.set(Map.of("Aux/a", "b"))))))
                .containsExactly(MASK_RSC_DFN | MASK_MOD | FAIL_IN_USE);
        assertThat(retCodes(fixture.createResource("rsc1", "bravo")))
                .containsExactly(MASK_RSC | MASK_CRT | FAIL_IN_USE);
    }

    @Test
    void deletingAgainWhilePendingAnswersTheSameAndChangesNothing() {
        TestNodes nodes = new TestNodes(fixture);
        nodes.offline("bravo");
        fixture.createResourceDefinition("rsc1");
        fixture.createResource("rsc1", "bravo", "DISKLESS");
        List<ApiCallRc> first = await(definitions.delete("rsc1"));
        int commits = fixture.commits().size();

        List<ApiCallRc> second = await(definitions.delete("rsc1"));

        assertThat(retCodes(second)).isEqualTo(retCodes(first));
        assertThat(fixture.commits().size() - commits).as("rows written").isLessThanOrEqualTo(1);
        assertThat(fixture.commits().subList(commits, fixture.commits().size()))
                .allSatisfy(batch -> assertThat(batch).isEmpty());
    }

    @Test
    void deleteRemovesADefinitionWithoutResourcesAtOnceAndFreesPortAndMinor() {
        fixture.createResourceDefinition("rsc1");
        fixture.createVolumeDefinition("rsc1", 1024);

        assertThat(retCodes(await(definitions.delete("rsc1")))).containsExactly(MASK_RSC_DFN | MASK_DEL | DELETED);
        assertThat(retCodes(await(definitions.delete("rsc1"))))
                .containsExactly(MASK_RSC_DFN | MASK_DEL | WARN_NOT_FOUND);
        fixture.createResourceDefinition("rsc2");
        fixture.createVolumeDefinition("rsc2", 1024);
        assertThat(await(definitions.list(List.of("rsc2")))
                        .get(0)
                        .volumeDefinitions()
                        .get(0)
                        .minorNumber())
                .isBetween(1000, 1001);
    }

    @Test
    void listReturnsDefinitionsWithVolumeDefinitionsFilteredByName() {
        fixture.createResourceDefinition("rsc1");
        fixture.createResourceDefinition("rsc2");
        fixture.createVolumeDefinition("rsc2", 4096);

        assertThat(await(definitions.list(List.of()))).hasSize(2);
        List<ResourceDefinitionView> filtered = await(definitions.list(List.of("RSC2")));
        assertThat(filtered).singleElement().satisfies(view -> {
            assertThat(view.definition().name()).isEqualTo("rsc2");
            assertThat(view.volumeDefinitions()).singleElement().satisfies(volume -> {
                assertThat(volume.sizeKib()).isEqualTo(4096);
                assertThat(volume.minorNumber()).isEqualTo(1000);
            });
        });
    }
}
