package io.linstorj.controller.resource;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.node.NetInterfaceRequest;
import io.linstorj.controller.node.NodeCreateRequest;
import io.linstorj.controller.observed.ResourceObservation;
import io.linstorj.controller.observed.VolumeObservation;
import io.linstorj.controller.props.PropsChange;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResourceServiceTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final ResourceService resources = fixture.services().resources().resources();

    @BeforeEach
    void createCluster() {
        fixture.createNode("alpha", "127.0.0.11");
        fixture.createNode("bravo", "127.0.0.12");
        fixture.createResourceDefinition("rsc1");
        fixture.createVolumeDefinition("rsc1", 10240);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ResourceView resource(String name, String node) {
        return await(resources.list(List.of(node), List.of(name))).get(0);
    }

    private List<ApiCallRc> createInPool(String node, String pool, String... flags) {
        return await(resources.create(new ResourceCreateRequest("rsc1", node, Set.of(flags), pool, Map.of())));
    }

    @Test
    void createPlacesVolumesInDefaultPoolAndAllocatesNodeIds() {
        fixture.createPool("alpha", "DfltStorPool");
        fixture.createPool("bravo", "DfltStorPool");

        List<ApiCallRc> replies = fixture.createResource("rsc1", "alpha");
        fixture.createResource("rsc1", "bravo");

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_CRT | CREATED);
        assertThat(replies.get(0).message()).isEqualTo("Resource 'rsc1' on node 'alpha' created.");
        assertThat(replies.get(0).objRefs()).containsEntry("RscDfn", "rsc1").containsEntry("Node", "alpha");
        assertThat(resource("rsc1", "alpha").resource().nodeId()).isZero();
        assertThat(resource("rsc1", "bravo").resource().nodeId()).isEqualTo(1);
        assertThat(resource("rsc1", "alpha").volumes()).singleElement().satisfies(volume -> {
            assertThat(volume.volume().storagePoolName()).isEqualTo("DfltStorPool");
            assertThat(volume.minorNumber()).isEqualTo(1000);
        });
    }

    @Test
    void createWithoutDefaultPoolIsRefusedWithNotFoundDefault() {
        List<ApiCallRc> replies = fixture.createResource("rsc1", "alpha");

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_CRT | FAIL_NOT_FOUND_DFLT_STOR_POOL);
        assertThat(await(resources.list(List.of(), List.of()))).isEmpty();
    }

    @Test
    void createInMissingPoolIsRefusedWithNotFoundPool() {
        assertThat(retCodes(createInPool("alpha", "gold")))
                .containsExactly(MASK_RSC | MASK_CRT | FAIL_NOT_FOUND_STOR_POOL);
    }

    @Test
    void createWithGivenPoolUsesItAndRemembersItForNewVolumes() {
        fixture.createPool("alpha", "gold");

        createInPool("alpha", "gold");
        fixture.createVolumeDefinition("rsc1", 2048);

        assertThat(resource("rsc1", "alpha").volumes())
                .extracting(volume -> volume.volume().storagePoolName())
                .containsExactly("gold", "gold");
        assertThat(resource("rsc1", "alpha").resource().props()).containsEntry("StorPoolName", "gold");
    }

    @Test
    void createUsesNodePropertyThenDefinitionPropertyForThePool() {
        fixture.createPool("alpha", "silver");
        fixture.createPool("bravo", "bronze");
        await(fixture.services().nodes().modify("alpha", PropsChange.set(Map.of("StorPoolName", "silver")), ""));
        await(fixture.services()
                .resources()
                .definitions()
                .modify("rsc1", PropsChange.set(Map.of("StorPoolName", "bronze"))));

        fixture.createResource("rsc1", "alpha");
        fixture.createResource("rsc1", "bravo");

        assertThat(resource("rsc1", "alpha").volumes().get(0).volume().storagePoolName())
                .isEqualTo("silver");
        assertThat(resource("rsc1", "bravo").volumes().get(0).volume().storagePoolName())
                .isEqualTo("bronze");
    }

    @Test
    void disklessFlagUsesTheNodesDisklessPool() {
        List<ApiCallRc> replies = fixture.createResource("rsc1", "alpha", "drbd_diskless");

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_CRT | CREATED);
        ResourceView view = resource("rsc1", "alpha");
        assertThat(view.resource().flags())
                .containsExactlyInAnyOrder(Resource.FLAG_DISKLESS, Resource.FLAG_DRBD_DISKLESS);
        assertThat(view.volumes().get(0).volume().storagePoolName()).isEqualTo("DfltDisklessStorPool");
    }

    @Test
    void disklessResourceInDiskfulPoolIsRefused() {
        fixture.createPool("alpha", "gold");

        assertThat(retCodes(createInPool("alpha", "gold", "DISKLESS")))
                .containsExactly(MASK_RSC | MASK_CRT | FAIL_INVLD_REQUEST);
    }

    @Test
    void createOnMissingNodeOrDefinitionOrTwiceIsRefused() {
        assertThat(retCodes(fixture.createResource("rsc1", "charlie", "DISKLESS")))
                .containsExactly(MASK_RSC | MASK_CRT | FAIL_NOT_FOUND_NODE);
        assertThat(retCodes(fixture.createResource("rsc9", "alpha", "DISKLESS")))
                .containsExactly(MASK_RSC | MASK_CRT | FAIL_NOT_FOUND_RSC_DFN);
        fixture.createResource("rsc1", "alpha", "DISKLESS");
        assertThat(retCodes(fixture.createResource("RSC1", "ALPHA", "DISKLESS")))
                .containsExactly(MASK_RSC | MASK_CRT | FAIL_EXISTS_RSC);
        assertThat(retCodes(fixture.createResource("rsc1", "bravo", "SHINY")))
                .containsExactly(MASK_RSC | MASK_CRT | FAIL_INVLD_REQUEST);
    }

    @Test
    void nodeIdsAreReusedAfterDeleteAndExhaustedAfter32() {
        for (int i = 0; i < 33; i++) {
            fixture.createNode("node" + i, "127.0.1." + (i + 1));
        }
        for (int i = 0; i < 32; i++) {
            assertThat(retCodes(fixture.createResource("rsc1", "node" + i, "DISKLESS")))
                    .containsExactly(MASK_RSC | MASK_CRT | CREATED);
        }

        assertThat(retCodes(fixture.createResource("rsc1", "node32", "DISKLESS")))
                .containsExactly(MASK_RSC | MASK_CRT | FAIL_POOL_EXHAUSTED_NODE_ID);
        await(resources.delete("rsc1", "node7"));
        assertThat(retCodes(fixture.createResource("rsc1", "node32", "DISKLESS")))
                .as("node id 7 is kept while node7 has not confirmed the deletion")
                .containsExactly(MASK_RSC | MASK_CRT | FAIL_POOL_EXHAUSTED_NODE_ID);
        await(fixture.services().resources().deletion().confirmGone("node7", "rsc1"));
        fixture.createResource("rsc1", "node32", "DISKLESS");
        assertThat(resource("rsc1", "node32").resource().nodeId()).isEqualTo(7);
    }

    @Test
    void deleteMarksTheResourceDeleteUntilItsSatelliteConfirmsAndWarnsWhenMissing() {
        fixture.createResource("rsc1", "alpha", "DISKLESS");
        fixture.createResource("rsc1", "bravo", "DISKLESS");
        fixture.observed().updateResource("alpha", "rsc1", new ResourceObservation(true, false));

        List<ApiCallRc> replies = await(resources.delete("rsc1", "alpha"));

        assertThat(retCodes(replies))
                .containsExactly(MASK_RSC | MASK_DEL | DELETED, MASK_RSC | MASK_DEL | WARN_NOT_CONNECTED);
        assertThat(replies.get(0).message()).isEqualTo("Node: alpha, Resource: rsc1 marked for deletion.");
        assertThat(resource("rsc1", "alpha").resource().flags()).contains(Resource.FLAG_DELETE);
        assertThat(fixture.clusterView()
                        .nodeState("bravo")
                        .orElseThrow()
                        .resources()
                        .get(0)
                        .peers())
                .as("bravo's state still names alpha, whose mapper leaves it out as a DRBD peer")
                .extracting(peer -> peer.resource().isDeleting())
                .containsExactly(true);
        assertThat(retCodes(fixture.createResource("rsc1", "alpha", "DISKLESS")))
                .containsExactly(MASK_RSC | MASK_CRT | FAIL_EXISTS_RSC);
        assertThat(retCodes(await(resources.modify("rsc1", "alpha", PropsChange.set(Map.of("Aux/a", "b"))))))
                .containsExactly(MASK_RSC | MASK_MOD | FAIL_IN_USE);

        await(fixture.services().resources().deletion().confirmGone("alpha", "rsc1"));

        assertThat(await(resources.list(List.of("alpha"), List.of("rsc1")))).isEmpty();
        assertThat(await(fixture.services().resources().definitions().list(List.of("rsc1"))))
                .hasSize(1);
        assertThat(retCodes(await(resources.delete("rsc1", "alpha"))))
                .containsExactly(MASK_RSC | MASK_DEL | WARN_NOT_FOUND);
        assertThat(fixture.observed().resource("alpha", "rsc1")).isEmpty();
    }

    @Test
    void aResourceOnANodeWithoutSatelliteGoesAtOnce() {
        await(fixture.services()
                .nodes()
                .create(new NodeCreateRequest(
                        "aux", "Auxiliary", Map.of(), List.of(new NetInterfaceRequest("", "127.0.0.19", null, "")))));
        fixture.createResource("rsc1", "aux", "DISKLESS");

        List<ApiCallRc> replies = await(resources.delete("rsc1", "aux"));

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_DEL | DELETED);
        assertThat(replies.get(0).message()).isEqualTo("Node: aux, Resource: rsc1 deletion complete.");
        assertThat(await(resources.list(List.of("aux"), List.of("rsc1")))).isEmpty();
    }

    @Test
    void listMergesObservedStateAndListVolumesFiltersByPool() {
        fixture.createPool("alpha", "DfltStorPool");
        fixture.createResource("rsc1", "alpha");
        fixture.createResource("rsc1", "bravo", "DISKLESS");
        fixture.observed()
                .updateVolume(
                        "alpha",
                        "rsc1",
                        0,
                        new VolumeObservation(
                                "/var/lib/pool/rsc1_00000", "/dev/drbd1000", "UpToDate", OptionalLong.of(10240)));

        ResourceView alpha = resource("rsc1", "alpha");
        assertThat(alpha.volumes().get(0).observation())
                .get()
                .extracting(VolumeObservation::diskState)
                .isEqualTo("UpToDate");
        assertThat(alpha.observation()).isEmpty();
        assertThat(await(resources.listVolumes(List.of(), List.of(), List.of("DfltDisklessStorPool"))))
                .extracting(view -> view.resource().nodeName())
                .containsExactly("bravo");
    }
}
