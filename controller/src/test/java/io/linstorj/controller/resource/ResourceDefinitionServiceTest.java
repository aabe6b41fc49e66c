package io.linstorj.controller.resource;

import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.api.ApiCallRc;
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
    private final ResourceDefinitionService definitions = fixture.services().resources().definitions();

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
        assertThat(definition("rsc1").secret()).hasSize(20).isNotEqualTo(definition("rsc2").secret());
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
        assertThat(retCodes(createWithPort("rsc3", 70000))).containsExactly(MASK_RSC_DFN | MASK_CRT | FAIL_INVLD_RSC_PORT);
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
        assertThat(retCodes(fixture.createResourceDefinition("rsc3"))).containsExactly(MASK_RSC_DFN | MASK_CRT | CREATED);
        assertThat(definition("rsc3").port()).isEqualTo(7000);
    }

    @Test
    void createWithTakenOrInvalidNameIsRefused() {
        fixture.createResourceDefinition("rsc1");

        assertThat(retCodes(fixture.createResourceDefinition("RSC1"))).containsExactly(MASK_RSC_DFN | MASK_CRT | FAIL_EXISTS_RSC_DFN);
        assertThat(retCodes(fixture.createResourceDefinition("1rsc"))).containsExactly(MASK_RSC_DFN | MASK_CRT | FAIL_INVLD_RSC_NAME);
    }

    @Test
    void createInMissingResourceGroupIsRefusedAndInExistingOneKeepsItsName() {
        List<ApiCallRc> missing = await(definitions.create(
            new ResourceDefinitionCreateRequest("rsc1", null, Map.of(), "gold", List.of())));
        await(fixture.services().groups().resourceGroups().create(new ResourceGroupCreateRequest(
            "Gold", "", Map.of(), null, List.of())));
        List<ApiCallRc> created = await(definitions.create(
            new ResourceDefinitionCreateRequest("rsc1", null, Map.of(), "GOLD", List.of())));

        assertThat(retCodes(missing)).containsExactly(MASK_RSC_DFN | MASK_CRT | FAIL_NOT_FOUND_RSC_GRP);
        assertThat(missing.get(0).message()).contains("'gold'");
        assertThat(retCodes(created)).containsExactly(MASK_RSC_DFN | MASK_CRT | CREATED);
        assertThat(definition("rsc1").resourceGroupName()).isEqualTo("Gold");
    }

    @Test
    void createWithVolumeDefinitionsCreatesThemAllOrNothing() {
        List<ApiCallRc> replies = await(definitions.create(new ResourceDefinitionCreateRequest("rsc1", null, Map.of(), "",
            List.of(new VolumeDefinitionRequest(null, 1024, null, Map.of()),
                new VolumeDefinitionRequest(null, 2048, null, Map.of())))));
        List<ApiCallRc> refused = await(definitions.create(new ResourceDefinitionCreateRequest("rsc2", null, Map.of(), "",
            List.of(new VolumeDefinitionRequest(null, 0, null, Map.of())))));

        assertThat(retCodes(replies)).containsExactly(MASK_RSC_DFN | MASK_CRT | CREATED,
            MASK_VLM_DFN | MASK_CRT | CREATED, MASK_VLM_DFN | MASK_CRT | CREATED);
        assertThat(await(definitions.list(List.of("rsc1"))).get(0).volumeDefinitions()).hasSize(2);
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
    void deleteWithResourcesDeletesEveryReplicaItsVolumesAndTheDefinition() {
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

        assertThat(retCodes(replies)).containsExactly(MASK_RSC_DFN | MASK_DEL | DELETED,
            MASK_RSC_DFN | MASK_DEL | MODIFIED, MASK_RSC_DFN | MASK_DEL | MODIFIED,
            MASK_RSC_DFN | MASK_DEL | MODIFIED, MASK_RSC_DFN | MASK_DEL | DELETED);
        assertThat(replies.get(0).message()).isEqualTo("Resource definition 'rsc1' marked for deletion.");
        assertThat(replies.get(1).message()).isEqualTo("Resource 'rsc1' on 'alpha' marked for deletion");
        assertThat(replies.get(4).message()).isEqualTo("Resource definition 'rsc1' deleted.");
        assertThat(await(definitions.list(List.of()))).isEmpty();
        assertThat(await(fixture.services().resources().resources().list(List.of(), List.of()))).isEmpty();
        fixture.guarded().read(desired -> {
            assertThat(desired.volumes().values()).isEmpty();
            assertThat(desired.volumeDefinitions().values()).isEmpty();
            return null;
        });
        for (String node : List.of("alpha", "bravo", "charlie")) {
            assertThat(fixture.clusterView().nodeState(node).orElseThrow().resources()).isEmpty();
        }
    }

    @Test
    void deleteWithAResourceOnAnOfflineNodeDeletesItAndWarnsAboutThatNode() {
        TestNodes nodes = new TestNodes(fixture);
        nodes.online("alpha");
        nodes.offline("bravo");
        fixture.createResourceDefinition("rsc1");
        fixture.createResource("rsc1", "alpha", "DISKLESS");
        fixture.createResource("rsc1", "bravo", "DISKLESS");

        List<ApiCallRc> replies = await(definitions.delete("rsc1"));

        assertThat(retCodes(replies)).containsExactly(MASK_RSC_DFN | MASK_DEL | DELETED,
            MASK_RSC_DFN | MASK_DEL | MODIFIED, MASK_RSC_DFN | MASK_DEL | MODIFIED,
            MASK_RSC_DFN | MASK_DEL | WARN_NOT_CONNECTED, MASK_RSC_DFN | MASK_DEL | DELETED);
        assertThat(replies.get(3).message()).contains("'bravo'", "reconnects");
        assertThat(await(definitions.list(List.of("rsc1")))).isEmpty();
        assertThat(await(fixture.services().resources().resources().list(List.of(), List.of("rsc1")))).isEmpty();
    }

    @Test
    void deleteRemovesDefinitionWithVolumesAndFreesPortAndMinor() {
        fixture.createResourceDefinition("rsc1");
        fixture.createVolumeDefinition("rsc1", 1024);

        assertThat(retCodes(await(definitions.delete("rsc1")))).containsExactly(MASK_RSC_DFN | MASK_DEL | DELETED);
        assertThat(retCodes(await(definitions.delete("rsc1")))).containsExactly(MASK_RSC_DFN | MASK_DEL | WARN_NOT_FOUND);
        fixture.createResourceDefinition("rsc2");
        fixture.createVolumeDefinition("rsc2", 1024);
        assertThat(await(definitions.list(List.of("rsc2"))).get(0).volumeDefinitions().get(0).minorNumber())
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
