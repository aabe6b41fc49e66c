package io.linstorj.controller.resource;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.Resource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ToggleDiskServiceTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final TestNodes nodes = new TestNodes(fixture);
    private final ToggleDiskService toggle = fixture.services().resources().toggleDisk();

    @BeforeEach
    void createCluster() {
        for (String node : List.of("alpha", "bravo", "charlie")) {
            nodes.online(node);
            nodes.createPool(node, "DfltStorPool", "LVM");
        }
        nodes.resource("web", 100);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ResourceView replica(String node) {
        return await(fixture.services().resources().resources().list(List.of(node), List.of("web")))
                .get(0);
    }

    private List<ApiCallRc> toDiskful(String node, String pool) {
        return await(toggle.toggle("web", node, false, pool));
    }

    private List<ApiCallRc> toDiskless(String node) {
        return await(toggle.toggle("web", node, true, ""));
    }

    @Test
    void disklessReplicaBecomesDiskfulInTheDefaultPoolAndSyncsFromThePeer() {
        fixture.createResource("web", "alpha");
        fixture.createResource("web", "bravo", "DRBD_DISKLESS");
        int nodeId = replica("bravo").resource().nodeId();

        List<ApiCallRc> replies = toDiskful("bravo", "");

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_MOD | MODIFIED);
        assertThat(replies.get(0).message()).isEqualTo("Resource 'web' on node 'bravo' is now diskful.");
        ResourceView bravo = replica("bravo");
        assertThat(bravo.resource().flags()).isEmpty();
        assertThat(bravo.resource().nodeId()).isEqualTo(nodeId);
        assertThat(bravo.resource().props()).containsEntry(InitialSyncRule.PROP, InitialSyncRule.FROM_PEER);
        assertThat(bravo.volumes())
                .singleElement()
                .satisfies(
                        volume -> assertThat(volume.volume().storagePoolName()).isEqualTo("DfltStorPool"));
    }

    @Test
    void onlyReplicaBecomingDiskfulStartsWithoutInitialSyncInTheGivenPool() {
        nodes.createPool("alpha", "fast", "LVM");
        fixture.createResource("web", "alpha", "DISKLESS");

        toDiskful("alpha", "fast");

        ResourceView alpha = replica("alpha");
        assertThat(alpha.resource().props())
                .containsEntry(InitialSyncRule.PROP, InitialSyncRule.SKIP)
                .containsEntry("StorPoolName", "fast");
        assertThat(alpha.volumes().get(0).volume().storagePoolName()).isEqualTo("fast");
    }

    @Test
    void diskfulIsRefusedWhenThePoolLacksRoomAndAllowedWhileItsCapacityIsUnknown() {
        fixture.createResource("web", "alpha", "DISKLESS");
        fixture.createResource("web", "bravo", "DISKLESS");
        nodes.report("alpha", "DfltStorPool", 50, 1024);

        List<ApiCallRc> refused = toDiskful("alpha", "");
        List<ApiCallRc> unknown = toDiskful("bravo", "");

        assertThat(retCodes(refused)).containsExactly(MASK_RSC | MASK_MOD | FAIL_NOT_ENOUGH_FREE_SPACE);
        assertThat(refused.get(0).message()).contains("has 50 MiB free, needs 100 MiB");
        assertThat(replica("alpha").resource().isDiskless()).isTrue();
        assertThat(retCodes(unknown)).containsExactly(MASK_RSC | MASK_MOD | MODIFIED);
    }

    @Test
    void diskfulInAMissingOrDisklessPoolIsRefused() {
        fixture.createResource("web", "alpha", "DISKLESS");

        assertThat(retCodes(toDiskful("alpha", "gold")))
                .containsExactly(MASK_RSC | MASK_MOD | FAIL_NOT_FOUND_STOR_POOL);
        assertThat(retCodes(toDiskful("alpha", "DfltDisklessStorPool")))
                .containsExactly(MASK_RSC | MASK_MOD | FAIL_INVLD_REQUEST);
    }

    @Test
    void diskfulReplicaBecomesDisklessInTheDisklessPool() {
        fixture.createResource("web", "alpha");
        fixture.createResource("web", "bravo");

        List<ApiCallRc> replies = toDiskless("bravo");

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_MOD | MODIFIED);
        ResourceView bravo = replica("bravo");
        assertThat(bravo.resource().flags())
                .containsExactlyInAnyOrder(Resource.FLAG_DISKLESS, Resource.FLAG_DRBD_DISKLESS);
        assertThat(bravo.resource().props()).doesNotContainKey(InitialSyncRule.PROP);
        assertThat(bravo.volumes().get(0).volume().storagePoolName()).isEqualTo("DfltDisklessStorPool");
    }

    @Test
    void lastDiskfulReplicaOfAResourceWithDisklessReplicasKeepsItsDisk() {
        fixture.createResource("web", "alpha");
        fixture.createResource("web", "bravo", "DISKLESS");

        List<ApiCallRc> replies = toDiskless("alpha");

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_MOD | FAIL_INSUFFICIENT_REPLICA_COUNT);
        assertThat(replies.get(0).message()).contains("last copy of the data");
        assertThat(replica("alpha").resource().isDiskless()).isFalse();
    }

    @Test
    void soleReplicaWithoutPeersMayBecomeDiskless() {
        fixture.createResource("web", "alpha");

        assertThat(retCodes(toDiskless("alpha"))).containsExactly(MASK_RSC | MASK_MOD | MODIFIED);
    }

    @Test
    void replicaAlreadyInTheAskedStateGetsAWarningAndMissingOneIsRefused() {
        fixture.createResource("web", "alpha");
        fixture.createResource("web", "bravo", "DISKLESS");
        int commits = fixture.commits().size();

        assertThat(retCodes(toDiskful("alpha", ""))).containsExactly(MASK_RSC | MASK_MOD | WARN_RSC_ALREADY_HAS_DISK);
        assertThat(retCodes(toDiskless("bravo"))).containsExactly(MASK_RSC | MASK_MOD | WARN_RSC_ALREADY_DISKLESS);
        assertThat(fixture.commits()).hasSize(commits);
        assertThat(retCodes(toDiskful("charlie", ""))).containsExactly(MASK_RSC | MASK_MOD | FAIL_NOT_FOUND_RSC);
        assertThat(retCodes(await(toggle.toggle("web", "alpha", false, "bad pool"))))
                .containsExactly(MASK_RSC | MASK_MOD | WARN_RSC_ALREADY_HAS_DISK);
    }

    @Test
    void disklessThenDiskfulAgainReturnsToTheRememberedPool() {
        nodes.createPool("bravo", "fast", "LVM");
        fixture.createResource("web", "alpha");
        await(fixture.services()
                .resources()
                .resources()
                .create(new ResourceCreateRequest("web", "bravo", Set.of(), "fast", Map.of())));

        toDiskless("bravo");
        toDiskful("bravo", "");

        assertThat(replica("bravo").volumes().get(0).volume().storagePoolName()).isEqualTo("fast");
    }

    @Test
    void disklessInANamedPoolUsesItAndRefusesAPoolThatStoresData() {
        TestNodes.check(await(fixture.services()
                .storagePools()
                .create(new io.linstorj.controller.storage.StoragePoolCreateRequest(
                        "bravo", "clients", "DISKLESS", Map.of()))));
        fixture.createResource("web", "alpha");
        fixture.createResource("web", "bravo");

        assertThat(retCodes(await(toggle.toggle("web", "bravo", true, "DfltStorPool"))))
                .containsExactly(MASK_RSC | MASK_MOD | FAIL_INVLD_REQUEST);
        assertThat(replica("bravo").resource().isDiskless()).isFalse();
        assertThat(retCodes(await(toggle.toggle("web", "bravo", true, "clients"))))
                .containsExactly(MASK_RSC | MASK_MOD | MODIFIED);
        assertThat(replica("bravo").volumes().get(0).volume().storagePoolName()).isEqualTo("clients");
    }
}
