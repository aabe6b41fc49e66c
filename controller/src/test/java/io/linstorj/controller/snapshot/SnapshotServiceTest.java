package io.linstorj.controller.snapshot;

import static io.linstorj.controller.ServiceFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.observed.ResourceObservation;
import io.linstorj.controller.observed.SnapshotObservation;
import io.linstorj.controller.resource.InitialSyncRule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SnapshotServiceTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ServiceFixture fixture = new ServiceFixture();
    private final TestNodes nodes = new TestNodes(fixture);
    private final SnapshotService snapshots = fixture.services().snapshots().snapshots();
    private final SnapshotRestoreService restores =
            fixture.services().snapshots().restores();

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Resource "web" with volumes of 10 and 20 MiB, diskful on alpha and bravo, diskless on charlie. */
    private void webOnThreeNodes() {
        for (String node : List.of("alpha", "bravo", "charlie")) {
            nodes.online(node);
            TestNodes.check(fixture.createPool(node, "DfltStorPool"));
        }
        TestNodes.check(fixture.createResourceDefinition("web"));
        TestNodes.check(fixture.createVolumeDefinition("web", 10240));
        TestNodes.check(fixture.createVolumeDefinition("web", 20480));
        TestNodes.check(fixture.createResource("web", "alpha"));
        TestNodes.check(fixture.createResource("web", "bravo"));
        TestNodes.check(fixture.createResource("web", "charlie", "DISKLESS"));
    }

    private List<ApiCallRc> create(String resource, String name, String... onNodes) {
        return await(snapshots.create(new SnapshotCreateRequest(resource, name, List.of(onNodes), Map.of())));
    }

    /** Every node of the snapshot reports I/O suspended, then the copies taken; it is then SUCCESSFUL. */
    private void takenEverywhere(String resource, String snapshot) {
        TakenSnapshots.takenEverywhere(fixture, resource, snapshot, Set.of(0, 1));
    }

    private static long refusal(List<ApiCallRc> replies) {
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).isError()).as("refused: %s", replies).isTrue();
        return replies.get(0).retCode();
    }

    private int snapshotRows() {
        return fixture.guarded()
                .read(desired -> desired.snapshotDefinitions().size()
                        + desired.snapshots().size());
    }

    @Test
    void aSnapshotIsTakenOnEveryDiskfulReplicaWithTheVolumeSizesAndPools() {
        webOnThreeNodes();

        List<ApiCallRc> replies = create("web", "s1");

        assertThat(replies).singleElement().satisfies(rc -> {
            assertThat(rc.retCode()).isEqualTo(RetCodes.MASK_SNAPSHOT | RetCodes.MASK_CRT | RetCodes.CREATED);
            assertThat(rc.message()).isEqualTo("New snapshot 's1' of resource 'web' registered.");
            assertThat(rc.objRefs())
                    .containsEntry("RscDfn", "web")
                    .containsEntry("Snapshot", "s1")
                    .containsKey("UUID");
        });
        SnapshotView view = await(snapshots.get("WEB", "S1")).orElseThrow();
        assertThat(view.definition().volumeSizesKib()).containsExactly(Map.entry(0, 10240L), Map.entry(1, 20480L));
        assertThat(view.nodes()).extracting(node -> node.snapshot().nodeName()).containsExactly("alpha", "bravo");
        assertThat(view.nodes().get(0).snapshot().volumePools())
                .containsExactly(Map.entry(0, "DfltStorPool"), Map.entry(1, "DfltStorPool"));
        assertThat(view.flags()).isEmpty();
        assertThat(fixture.clusterView().nodeState("alpha").orElseThrow().snapshots())
                .extracting(Snapshot::snapshotName)
                .containsExactly("s1");
        assertThat(fixture.clusterView().nodeState("charlie").orElseThrow().snapshots())
                .isEmpty();
    }

    @Test
    void theListShowsSuccessfulOnlyOnceEveryNodeTookItAndFailedWithTheReasonWhenOneCouldNot() {
        webOnThreeNodes();
        TestNodes.check(create("web", "s1"));
        TestNodes.check(create("web", "s2"));

        takenEverywhere("web", "s1");
        assertThat(await(snapshots.get("web", "s1")).orElseThrow().flags())
                .containsExactly(SnapshotView.FLAG_SUCCESSFUL);
        assertThat(await(snapshots.get("web", "s2")).orElseThrow().flags()).isEmpty();

        fixture.observed().updateSnapshot("alpha", "web", "s2", new SnapshotObservation(Set.of(), List.of(), true));
        fixture.observed()
                .updateSnapshot(
                        "bravo",
                        "web",
                        "s2",
                        new SnapshotObservation(
                                Set.of(),
                                List.of(ApiCallRc.of(RetCodes.FAIL_UNKNOWN_ERROR, "Could not suspend I/O of 'web'.")),
                                false));
        Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> await(snapshots.get("web", "s2"))
                        .orElseThrow()
                        .definition()
                        .failed());
        SnapshotView failed = await(snapshots.get("web", "s2")).orElseThrow();
        assertThat(failed.flags()).containsExactly(SnapshotView.FLAG_FAILED_DEPLOYMENT);
        assertThat(failed.definition().props().get(SnapshotProps.FAILURE))
                .isEqualTo(
                        "Node 'bravo' could not take snapshot 's2' of resource 'web': Could not suspend I/O of 'web'.");
        assertThat(fixture.clusterView().nodeState("alpha").orElseThrow().snapshots())
                .as("a failed snapshot is not sent: its nodes delete what they took")
                .extracting(Snapshot::snapshotName)
                .containsExactly("s1");
    }

    @Test
    void aSnapshotOnNamedNodesIsTakenOnThoseOnly() {
        webOnThreeNodes();

        List<ApiCallRc> replies = create("web", "s2", "bravo");

        assertThat(replies.get(0).message())
                .isEqualTo("New snapshot 's2' of resource 'web' on nodes 'bravo' registered.");
        assertThat(await(snapshots.get("web", "s2")).orElseThrow().nodes())
                .extracting(node -> node.snapshot().nodeName())
                .containsExactly("bravo");
    }

    @Test
    void badRequestsAreRefusedBeforeAnythingIsStored() {
        webOnThreeNodes();
        TestNodes.check(fixture.createResourceDefinition("empty"));
        TestNodes.check(fixture.createVolumeDefinition("empty", 1024));
        TestNodes.check(fixture.createResource("empty", "charlie", "DISKLESS"));
        TestNodes.check(create("web", "s1"));
        int before = snapshotRows();

        assertThat(refusal(create("nosuchrd", "s1")))
                .isEqualTo(RetCodes.FAIL_NOT_FOUND_RSC_DFN | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
        assertThat(refusal(create("web", "S1")))
                .isEqualTo(RetCodes.FAIL_EXISTS_SNAPSHOT_DFN | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
        assertThat(refusal(create("web", "1bad")))
                .isEqualTo(RetCodes.FAIL_INVLD_SNAPSHOT_NAME | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
        assertThat(refusal(create("empty", "s1")))
                .isEqualTo(RetCodes.FAIL_NOT_FOUND_RSC | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
        assertThat(refusal(create("web", "s3", "charlie")))
                .isEqualTo(RetCodes.FAIL_NOT_FOUND_RSC | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
        assertThat(refusal(create("web", "s3", "nosuchnode")))
                .isEqualTo(RetCodes.FAIL_NOT_FOUND_NODE | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
        assertThat(snapshotRows()).isEqualTo(before);
    }

    @Test
    void anOfflineNodeRefusesTheWholeSnapshotUnlessOnlyOnlineNodesAreNamed() {
        webOnThreeNodes();
        fixture.observed().updateConnectionStatus("bravo", "OFFLINE");

        List<ApiCallRc> replies = create("web", "s1");

        assertThat(refusal(replies))
                .isEqualTo(RetCodes.FAIL_NOT_CONNECTED | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
        assertThat(replies.get(0).correction()).contains("nodes");
        assertThat(snapshotRows()).isZero();
        TestNodes.check(create("web", "s1", "alpha"));
    }

    @Test
    void poolsThatCannotTakeSnapshotsAreRefusedWithTheirReasonAndThinLvmAndZfsPoolsTakeThem() {
        nodes.online("alpha");
        nodes.createPool("alpha", "thick", "LVM");
        nodes.createPool("alpha", "zthin", "ZFS_THIN");
        nodes.createPool("alpha", "zthick", "ZFS");
        nodes.createPool("alpha", "lthin", "LVM_THIN");
        for (String[] rd : List.of(
                new String[] {"onthick", "thick"},
                new String[] {"onzfs", "zthin"},
                new String[] {"onzthick", "zthick"},
                new String[] {"onlthin", "lthin"})) {
            TestNodes.check(fixture.createResourceDefinition(rd[0]));
            TestNodes.check(fixture.createVolumeDefinition(rd[0], 1024));
            TestNodes.check(await(fixture.services()
                    .resources()
                    .resources()
                    .create(new io.linstorj.controller.resource.ResourceCreateRequest(
                            rd[0], "alpha", Set.of(), rd[1], Map.of()))));
        }

        List<ApiCallRc> thick = create("onthick", "s1");

        assertThat(refusal(thick))
                .isEqualTo(RetCodes.FAIL_SNAPSHOTS_NOT_SUPPORTED | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
        assertThat(thick.get(0).message()).contains("LVM", "cannot take snapshots");
        assertThat(thick.get(0).correction()).contains("LVM_THIN, ZFS or ZFS_THIN");
        assertThat(snapshotRows()).isZero();
        TestNodes.check(create("onzfs", "s1"));
        TestNodes.check(create("onzthick", "s1"));
        TestNodes.check(create("onlthin", "s1"));
        assertThat(snapshotRows()).isEqualTo(6);
    }

    @Test
    void deletingOnOneNodeKeepsTheSnapshotElsewhereAndDeletingTheRestRemovesIt() {
        webOnThreeNodes();
        TestNodes.check(create("web", "s1"));
        takenEverywhere("web", "s1");

        List<ApiCallRc> onAlpha = await(snapshots.delete("web", "s1", List.of("alpha")));
        assertThat(onAlpha)
                .extracting(ApiCallRc::message)
                .containsExactly("Snapshot 's1' of resource 'web' on nodes 'alpha' deleted.");
        assertThat(fixture.observed().snapshot("alpha", "web", "s1")).isEmpty();
        assertThat(await(snapshots.get("web", "s1")).orElseThrow().nodes()).hasSize(1);

        List<ApiCallRc> rest = await(snapshots.delete("web", "s1", List.of()));
        assertThat(rest)
                .extracting(ApiCallRc::message)
                .containsExactly(
                        "Snapshot 's1' of resource 'web' on nodes 'bravo' deleted.",
                        "Snapshot 's1' of resource 'web' deleted.");
        assertThat(snapshotRows()).isZero();
        assertThat(await(snapshots.delete("web", "s1", List.of())))
                .singleElement()
                .satisfies(rc -> assertThat(rc.retCode())
                        .isEqualTo(RetCodes.WARN_NOT_FOUND | RetCodes.MASK_DEL | RetCodes.MASK_SNAPSHOT));
    }

    @Test
    void aResourceDefinitionWithSnapshotsCannotBeDeletedAndTheRefusalNamesThem() {
        webOnThreeNodes();
        TestNodes.check(create("web", "s1"));
        TestNodes.check(create("web", "nightly", "alpha"));

        List<ApiCallRc> replies =
                await(fixture.services().resources().definitions().delete("web"));

        assertThat(refusal(replies))
                .isEqualTo(RetCodes.FAIL_EXISTS_SNAPSHOT_DFN | RetCodes.MASK_DEL | RetCodes.MASK_RSC_DFN);
        assertThat(replies.get(0).message())
                .isEqualTo("Cannot delete resource definition 'web' because it has snapshots.");
        assertThat(replies.get(0).correction()).contains("nightly", "s1");
        int replicas =
                fixture.guarded().read(desired -> desired.resourcesOf("web").size());
        assertThat(replicas).isEqualTo(3);
    }

    @Test
    void aNodeWithSnapshotsCannotBeDeleted() {
        nodes.online("alpha");
        TestNodes.check(fixture.createPool("alpha", "DfltStorPool"));
        TestNodes.check(fixture.createResourceDefinition("web"));
        TestNodes.check(fixture.createVolumeDefinition("web", 1024));
        TestNodes.check(fixture.createResource("web", "alpha"));
        TestNodes.check(create("web", "s1"));
        TestNodes.check(await(fixture.services().resources().resources().delete("web", "alpha")));
        await(fixture.services().resources().deletion().confirmGone("alpha", "web"));

        List<ApiCallRc> replies = await(fixture.services().nodes().delete("alpha"));

        assertThat(refusal(replies)).isEqualTo(RetCodes.FAIL_IN_USE | RetCodes.MASK_DEL | RetCodes.MASK_NODE);
        assertThat(replies.get(0).cause()).contains("web/s1");
    }

    @Test
    void aRestoreCreatesTheVolumeDefinitionsAndReplicasThatStartFromTheSnapshot() {
        webOnThreeNodes();
        TestNodes.check(create("web", "s1"));
        takenEverywhere("web", "s1");
        TestNodes.check(fixture.createResourceDefinition("web2"));

        List<ApiCallRc> replies =
                await(restores.restoreResource(new SnapshotRestoreRequest("web", "s1", "web2", List.of())));

        TestNodes.check(replies);
        assertThat(replies.get(0).message()).isEqualTo("Resource 'web2' restored from resource 'web', snapshot 's1'.");
        fixture.guarded().read(desired -> {
            assertThat(desired.volumeDefinitionsOf("web2"))
                    .extracting(vd -> vd.sizeKib())
                    .containsExactly(10240L, 20480L);
            assertThat(desired.resourcesOf("web2"))
                    .extracting(Resource::nodeName)
                    .containsExactly("alpha", "bravo");
            assertThat(desired.resourcesOf("web2")).allMatch(InitialSyncRule::skips);
            assertThat(desired.volumesOf("web2", "bravo"))
                    .extracting(Volume::props)
                    .allSatisfy(props -> assertThat(props).containsEntry(SnapshotProps.RESTORE_FROM, "web/s1"));
            return null;
        });
    }

    @Test
    void aRestoreIsRefusedForAMissingTargetANodeWithoutTheSnapshotAndASnapshotNotTakenYet() {
        webOnThreeNodes();
        TestNodes.check(create("web", "s1", "alpha"));
        TestNodes.check(fixture.createResourceDefinition("web2"));

        assertThat(refusal(await(
                        restores.restoreResource(new SnapshotRestoreRequest("web", "s1", "nosuchrd", List.of())))))
                .isEqualTo(RetCodes.FAIL_NOT_FOUND_RSC_DFN | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
        assertThat(refusal(await(
                        restores.restoreResource(new SnapshotRestoreRequest("web", "s1", "web2", List.of("bravo"))))))
                .isEqualTo(RetCodes.FAIL_NOT_FOUND_SNAPSHOT | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
        List<ApiCallRc> notTaken =
                await(restores.restoreResource(new SnapshotRestoreRequest("web", "s1", "web2", List.of())));
        assertThat(refusal(notTaken))
                .isEqualTo(RetCodes.FAIL_INVLD_REQUEST | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
        int volumeDefinitions = fixture.guarded()
                .read(desired -> desired.volumeDefinitionsOf("web2").size());
        assertThat(volumeDefinitions).isZero();
    }

    @Test
    void restoringVolumeDefinitionsGivesAnEmptyDefinitionTheSnapshotsSizes() {
        webOnThreeNodes();
        TestNodes.check(create("web", "s1"));
        TestNodes.check(fixture.createResourceDefinition("web2"));

        TestNodes.check(
                await(restores.restoreVolumeDefinitions(new SnapshotRestoreRequest("web", "s1", "web2", List.of()))));

        List<Long> sizes = fixture.guarded()
                .read(desired -> desired.volumeDefinitionsOf("web2").stream()
                        .map(vd -> vd.sizeKib())
                        .toList());
        assertThat(sizes).containsExactly(10240L, 20480L);
        assertThat(refusal(await(
                        restores.restoreVolumeDefinitions(new SnapshotRestoreRequest("web", "s1", "web2", List.of())))))
                .isEqualTo(RetCodes.FAIL_EXISTS_VLM_DFN | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
    }

    @Test
    void aRollbackMarksEveryDiskfulReplicaWithOneRollbackId() {
        webOnThreeNodes();
        TestNodes.check(create("web", "s1"));
        takenEverywhere("web", "s1");

        TestNodes.check(await(restores.rollback("web", "s1")));

        List<String> marks = fixture.guarded()
                .read(desired -> desired.resourcesOf("web").stream()
                        .map(replica -> replica.props().getOrDefault(SnapshotProps.ROLLBACK, "none"))
                        .toList());
        assertThat(marks.get(0)).startsWith("s1/").isEqualTo(marks.get(1));
        assertThat(marks.get(2)).isEqualTo("none");

        TestNodes.check(await(snapshots.delete("web", "s1", List.of())));
        List<String> after = fixture.guarded()
                .read(desired -> desired.resourcesOf("web").stream()
                        .map(replica -> replica.props().getOrDefault(SnapshotProps.ROLLBACK, "none"))
                        .toList());
        assertThat(after).as("a deleted snapshot is no rollback target").containsOnly("none");
    }

    @Test
    void aRollbackIsRefusedWhileInUseOrWhenAReplicaHasNoSnapshot() {
        webOnThreeNodes();
        TestNodes.check(create("web", "s1"));
        TestNodes.check(create("web", "s2", "alpha"));
        takenEverywhere("web", "s1");
        takenEverywhere("web", "s2");
        fixture.observed().updateResource("bravo", "web", new ResourceObservation(true, true));

        assertThat(refusal(await(restores.rollback("web", "s2"))))
                .isEqualTo(RetCodes.FAIL_NOT_FOUND_SNAPSHOT | RetCodes.MASK_MOD | RetCodes.MASK_SNAPSHOT);
        assertThat(refusal(await(restores.rollback("web", "s1"))))
                .isEqualTo(RetCodes.FAIL_IN_USE | RetCodes.MASK_MOD | RetCodes.MASK_SNAPSHOT);
        assertThat(refusal(await(restores.rollback("web", "nosuch"))))
                .isEqualTo(RetCodes.FAIL_NOT_FOUND_SNAPSHOT_DFN | RetCodes.MASK_MOD | RetCodes.MASK_SNAPSHOT);
    }
}
