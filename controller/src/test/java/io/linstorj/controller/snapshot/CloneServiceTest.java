package io.linstorj.controller.snapshot;

import static io.linstorj.controller.ServiceFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.observed.SnapshotObservation;
import io.linstorj.controller.observed.VolumeObservation;
import io.linstorj.controller.props.PropsChange;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A clone is a new resource definition restored from a snapshot of the source on the same nodes. */
class CloneServiceTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ServiceFixture fixture = new ServiceFixture();
    private final TestNodes nodes = new TestNodes(fixture);
    private final CloneService clones = fixture.services().snapshots().clones();

    @AfterEach
    void close() {
        fixture.services().snapshots().close();
        fixture.close();
    }

    private void webOnAlphaAndBravo() {
        for (String node : List.of("alpha", "bravo", "charlie")) {
            nodes.online(node);
            TestNodes.check(fixture.createPool(node, "DfltStorPool"));
        }
        TestNodes.check(fixture.createResourceDefinition("web"));
        TestNodes.check(fixture.createVolumeDefinition("web", 10240));
        TestNodes.check(fixture.createResource("web", "alpha"));
        TestNodes.check(fixture.createResource("web", "bravo"));
        TestNodes.check(fixture.createResource("web", "charlie", "DISKLESS"));
    }

    private List<ApiCallRc> clone(String source, String name) {
        return await(clones.clone(new CloneRequest(source, name, Map.of(), List.of(), List.of())));
    }

    private Optional<CloneService.Status> status(String source, String name) {
        return await(clones.status(source, name));
    }

    private void snapshotTaken(String resource, String snapshot) {
        SnapshotStages stages = fixture.services().snapshots().coordinator().stages();
        for (String node : List.of("alpha", "bravo")) {
            fixture.observed()
                    .updateSnapshot(node, resource, snapshot, new SnapshotObservation(Set.of(), List.of(), true));
        }
        Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> stages.stage(resource, snapshot).equals(Optional.of(SnapshotStages.Stage.TAKE)));
        for (String node : List.of("alpha", "bravo")) {
            fixture.observed()
                    .updateSnapshot(node, resource, snapshot, new SnapshotObservation(Set.of(0), List.of(), true));
        }
    }

    private List<Resource> replicas(String resource) {
        return fixture.guarded().read(desired -> List.copyOf(desired.resourcesOf(resource)));
    }

    @Test
    void aCloneIsRestoredFromASnapshotOnTheSourcesDiskfulNodesAndCompleteOnceUpToDate() {
        webOnAlphaAndBravo();

        List<ApiCallRc> replies = clone("web", "web2");

        assertThat(replies)
                .extracting(ApiCallRc::message)
                .contains(
                        "Resource definition 'web2' created.",
                        "Clone 'web2' of resource definition 'web' started.",
                        "New snapshot 'clone_web2' of resource 'web' registered.")
                .noneMatch(message -> message.contains("rror"));
        assertThat(status("web", "web2")).contains(CloneService.Status.CLONING);
        snapshotTaken("web", "clone_web2");

        Awaitility.await().atMost(PATIENCE).until(() -> replicas("web2").size() == 3);
        assertThat(replicas("web2").stream().filter(replica -> !replica.isDiskless()))
                .extracting(Resource::nodeName)
                .containsExactlyInAnyOrder("alpha", "bravo");
        List<Volume> volumes = fixture.guarded().read(desired -> List.copyOf(desired.volumesOf("web2", "alpha")));
        assertThat(volumes)
                .singleElement()
                .satisfies(volume ->
                        assertThat(volume.props()).containsEntry(SnapshotProps.RESTORE_FROM, "web/clone_web2"));
        assertThat(status("web", "web2")).contains(CloneService.Status.CLONING);
        for (String node : List.of("alpha", "bravo")) {
            fixture.observed()
                    .updateVolume(
                            node,
                            "web2",
                            0,
                            new VolumeObservation("/dev/loop9", "/dev/drbd1001", "UpToDate", OptionalLong.empty()));
        }

        Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> status("web", "web2").equals(Optional.of(CloneService.Status.COMPLETE)));
        Awaitility.await()
                .atMost(PATIENCE)
                .until(() ->
                        fixture.guarded().read(desired -> desired.snapshotDefinition("web", "clone_web2") == null));
    }

    @Test
    void aCloneHasTheSourcesDisklessReplicasInTheirPoolsButNoCopyOfThem() {
        webOnAlphaAndBravo();
        TestNodes.check(clone("web", "web2"));

        snapshotTaken("web", "clone_web2");

        Awaitility.await().atMost(PATIENCE).until(() -> replicas("web2").size() == 3);
        Resource charlie = replicas("web2").stream()
                .filter(replica -> replica.nodeName().equals("charlie"))
                .findFirst()
                .orElseThrow();
        Resource source = replicas("web").stream()
                .filter(replica -> replica.nodeName().equals("charlie"))
                .findFirst()
                .orElseThrow();
        assertThat(charlie.flags()).isEqualTo(source.flags());
        List<Volume> volumes = fixture.guarded().read(desired -> List.copyOf(desired.volumesOf("web2", "charlie")));
        List<Volume> sourceVolumes =
                fixture.guarded().read(desired -> List.copyOf(desired.volumesOf("web", "charlie")));
        assertThat(volumes).singleElement().satisfies(volume -> {
            assertThat(volume.storagePoolName()).isEqualTo(sourceVolumes.get(0).storagePoolName());
            assertThat(volume.props()).doesNotContainKey(SnapshotProps.RESTORE_FROM);
        });
    }

    @Test
    void aCloneHasTheSourcesGroupPropertiesAndVolumeDefinitionPropertiesChangedAsAsked() {
        webOnAlphaAndBravo();
        TestNodes.check(await(fixture.services()
                .resources()
                .definitions()
                .modify(
                        "web",
                        new PropsChange(
                                Map.of("Aux/keep", "1", "Aux/drop", "2", "Aux/ns/x", "3", "Aux/over", "old"),
                                Set.of(),
                                Set.of()))));
        TestNodes.check(await(fixture.services()
                .resources()
                .volumeDefinitions()
                .modify("web", 0, null, new PropsChange(Map.of("Aux/vol", "v"), Set.of(), Set.of()))));

        TestNodes.check(await(clones.clone(
                new CloneRequest("web", "web2", Map.of("Aux/over", "new"), List.of("Aux/drop"), List.of("Aux/ns")))));

        ResourceDefinition source = fixture.guarded().read(desired -> desired.resourceDefinition("web"));
        ResourceDefinition clone = fixture.guarded().read(desired -> desired.resourceDefinition("web2"));
        assertThat(clone.props())
                .containsEntry("Aux/keep", "1")
                .containsEntry("Aux/over", "new")
                .containsEntry(CloneService.SOURCE, "web")
                .doesNotContainKeys("Aux/drop", "Aux/ns/x");
        assertThat(clone.resourceGroupName()).isEqualTo(source.resourceGroupName());
        List<VolumeDefinition> volumes =
                fixture.guarded().read(desired -> List.copyOf(desired.volumeDefinitionsOf("web2")));
        assertThat(volumes).singleElement().satisfies(volume -> {
            assertThat(volume.sizeKib()).isEqualTo(10240);
            assertThat(volume.props()).containsEntry("Aux/vol", "v");
        });
    }

    @Test
    void aCloneWhoseSnapshotFailsIsFailed() {
        webOnAlphaAndBravo();
        TestNodes.check(clone("web", "web2"));

        fixture.observed().updateConnectionStatus("bravo", "OFFLINE");

        Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> status("web", "web2").equals(Optional.of(CloneService.Status.FAILED)));
        assertThat(replicas("web2")).isEmpty();
    }

    @Test
    void badClonesAreRefusedWithNothingStored() {
        webOnAlphaAndBravo();
        TestNodes.check(fixture.createResourceDefinition("taken"));
        TestNodes.check(fixture.createResourceDefinition("thin"));
        TestNodes.check(fixture.createVolumeDefinition("thin", 1024));
        TestNodes.check(fixture.createResource("thin", "charlie", "DISKLESS"));

        assertThat(clone("nosuchrd", "c1"))
                .singleElement()
                .extracting(ApiCallRc::retCode)
                .isEqualTo(RetCodes.FAIL_NOT_FOUND_RSC_DFN | RetCodes.MASK_CRT | RetCodes.MASK_RSC_DFN);
        assertThat(clone("web", "taken"))
                .singleElement()
                .extracting(ApiCallRc::retCode)
                .isEqualTo(RetCodes.FAIL_EXISTS_RSC_DFN | RetCodes.MASK_CRT | RetCodes.MASK_RSC_DFN);
        assertThat(clone("web", "1bad"))
                .singleElement()
                .extracting(ApiCallRc::retCode)
                .isEqualTo(RetCodes.FAIL_INVLD_RSC_NAME | RetCodes.MASK_CRT | RetCodes.MASK_RSC_DFN);
        List<ApiCallRc> disklessOnly = clone("thin", "c1");
        assertThat(disklessOnly)
                .singleElement()
                .satisfies(rc ->
                        assertThat(rc.message()).isEqualTo("Resource 'thin' has no diskful replica to snapshot."));
        boolean stored = fixture.guarded().read(desired -> desired.resourceDefinition("c1") != null);
        assertThat(stored).isFalse();
        assertThat(status("web", "nosuch")).isEmpty();
        assertThat(status("web", "taken")).as("not a clone of web").isEmpty();
    }
}
