package io.linstorj.controller.snapshot;

import static io.linstorj.controller.ServiceFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.cluster.SnapshotDefinition;
import io.linstorj.controller.observed.SnapshotObservation;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A snapshot is taken on all its nodes at one point in time, or given up everywhere. */
class SnapshotCoordinatorTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ServiceFixture fixture = new ServiceFixture();
    private final TestNodes nodes = new TestNodes(fixture);
    private SnapshotServices services = fixture.services().snapshots();

    @AfterEach
    void close() {
        services.coordinator().close();
        fixture.close();
    }

    /** Resources "web" and "db", each diskful on alpha and bravo, with one volume. */
    private void twoResourcesOnTwoNodes() {
        for (String node : List.of("alpha", "bravo")) {
            nodes.online(node);
            TestNodes.check(fixture.createPool(node, "DfltStorPool"));
        }
        for (String resource : List.of("web", "db")) {
            TestNodes.check(fixture.createResourceDefinition(resource));
            TestNodes.check(fixture.createVolumeDefinition(resource, 10240));
            TestNodes.check(fixture.createResource(resource, "alpha"));
            TestNodes.check(fixture.createResource(resource, "bravo"));
        }
    }

    private void withTimeout(Duration timeout) {
        services = SnapshotServices.create(
                fixture.writes(),
                fixture.guarded(),
                fixture.observed(),
                fixture.services().resources(),
                Clock.systemUTC(),
                new SnapshotStages(),
                timeout);
    }

    private List<ApiCallRc> create(String resource, String name) {
        return await(services.snapshots().create(new SnapshotCreateRequest(resource, name, List.of(), Map.of())));
    }

    private void report(String node, String resource, String snapshot, Set<Integer> taken, boolean suspended) {
        fixture.observed()
                .updateSnapshot(node, resource, snapshot, new SnapshotObservation(taken, List.of(), suspended));
    }

    private Optional<SnapshotStages.Stage> stage(String resource, String snapshot) {
        return services.coordinator().stages().stage(resource, snapshot);
    }

    private SnapshotDefinition definition(String resource, String snapshot) {
        return fixture.guarded().read(desired -> desired.snapshotDefinition(resource, snapshot));
    }

    private void awaitStage(String resource, String snapshot, SnapshotStages.Stage expected) {
        Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> stage(resource, snapshot).equals(Optional.of(expected)));
    }

    @Test
    void noNodeTakesItsCopyBeforeEveryNodeSuspendedIoAndItIsSuccessfulOnlyOnceAllTookThem() {
        twoResourcesOnTwoNodes();
        TestNodes.check(create("web", "s1"));
        assertThat(stage("web", "s1")).contains(SnapshotStages.Stage.SUSPEND);

        report("alpha", "web", "s1", Set.of(), true);
        report("bravo", "web", "s1", Set.of(), false);
        assertThat(stage("web", "s1")).as("bravo has not suspended yet").contains(SnapshotStages.Stage.SUSPEND);
        report("bravo", "web", "s1", Set.of(), true);
        awaitStage("web", "s1", SnapshotStages.Stage.TAKE);

        report("alpha", "web", "s1", Set.of(0), true);
        assertThat(definition("web", "s1").successful()).isFalse();
        report("bravo", "web", "s1", Set.of(0), true);

        Awaitility.await().atMost(PATIENCE).until(() -> definition("web", "s1").successful());
        Awaitility.await().atMost(PATIENCE).until(() -> stage("web", "s1").isEmpty());
        assertThat(definition("web", "s1").flags()).containsExactly(SnapshotDefinition.FLAG_SUCCESSFUL);
    }

    @Test
    void aNodeGoingOfflineMidSnapshotGivesItUpEverywhereWithTheReasonAndItIsNoLongerSent() {
        twoResourcesOnTwoNodes();
        TestNodes.check(create("web", "s1"));
        report("alpha", "web", "s1", Set.of(), true);

        fixture.observed().updateConnectionStatus("bravo", "OFFLINE");

        Awaitility.await().atMost(PATIENCE).until(() -> definition("web", "s1").failed());
        assertThat(definition("web", "s1").flags()).containsExactly(SnapshotDefinition.FLAG_FAILED_DISCONNECT);
        assertThat(definition("web", "s1").props().get(SnapshotProps.FAILURE))
                .isEqualTo("Node 'bravo' went OFFLINE while snapshot 's1' of resource 'web' was being taken.");
        assertThat(fixture.clusterView().nodeState("alpha").orElseThrow().snapshots())
                .isEmpty();
        Awaitility.await().atMost(PATIENCE).until(() -> stage("web", "s1").isEmpty());
    }

    @Test
    void aNodeThatDoesNotAnswerInTimeGivesTheSnapshotUpAndNamesTheNode() {
        withTimeout(Duration.ofMillis(300));
        twoResourcesOnTwoNodes();
        // alpha's report is in before the attempt begins (a look reads the observed state of now), so
        // that the 300 ms timer cannot overtake it on a loaded machine and name alpha late as well.
        report("alpha", "web", "s1", Set.of(), true);
        TestNodes.check(create("web", "s1"));

        Awaitility.await().atMost(PATIENCE).until(() -> definition("web", "s1").failed());

        assertThat(definition("web", "s1").flags()).containsExactly(SnapshotDefinition.FLAG_FAILED_DEPLOYMENT);
        assertThat(definition("web", "s1").props().get(SnapshotProps.FAILURE))
                .isEqualTo("Node(s) 'bravo' did not suspend I/O of web/s1 within 300 ms; I/O resumes on every node.");
        assertThat(fixture.clusterView().nodeState("alpha").orElseThrow().snapshots())
                .isEmpty();
    }

    @Test
    void aNodeThatTakesItsCopyButDoesNotReportInTimeFailsTheSnapshotInTheTakeStage() {
        withTimeout(Duration.ofMillis(300));
        twoResourcesOnTwoNodes();
        List<SnapshotProgressListener.Stage> told = new CopyOnWriteArrayList<>();
        services.coordinator().addListener(new SnapshotProgressListener() {
            @Override
            public void progressed(String resourceName, String snapshotName, Stage stage, List<ApiCallRc> reports) {
                told.add(stage);
            }

            @Override
            public void removed(String resourceName, String snapshotName) {}
        });
        // Both nodes suspended and bravo took its copy before the attempt begins, so that neither
        // 300 ms timer can overtake a report on a loaded machine: only alpha's copy is missing.
        report("alpha", "web", "s1", Set.of(), true);
        report("bravo", "web", "s1", Set.of(0), true);
        TestNodes.check(create("web", "s1"));

        Awaitility.await().atMost(PATIENCE).until(() -> told.contains(SnapshotProgressListener.Stage.FAILED));

        assertThat(definition("web", "s1").failed()).isTrue();
        assertThat(told)
                .containsExactly(
                        SnapshotProgressListener.Stage.SUSPENDING,
                        SnapshotProgressListener.Stage.TAKING,
                        SnapshotProgressListener.Stage.FAILED);
        assertThat(definition("web", "s1").props().get(SnapshotProps.FAILURE))
                .startsWith("Node(s) 'alpha' did not take the copies of web/s1");
    }

    @Test
    void aRestartedControllerGivesUpTheSnapshotsItWasTakingAndKeepsTheSuccessfulOnes() {
        twoResourcesOnTwoNodes();
        TestNodes.check(create("web", "done"));
        report("alpha", "web", "done", Set.of(), true);
        report("bravo", "web", "done", Set.of(), true);
        awaitStage("web", "done", SnapshotStages.Stage.TAKE);
        report("alpha", "web", "done", Set.of(0), true);
        report("bravo", "web", "done", Set.of(0), true);
        Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> definition("web", "done").successful());
        TestNodes.check(create("web", "midway"));
        services.coordinator().close();

        // The next controller: the same stored state, stages of its own (none).
        withTimeout(SnapshotCoordinator.DEFAULT_TIMEOUT);
        List<String> told = new CopyOnWriteArrayList<>();
        services.coordinator().addListener(new SnapshotProgressListener() {
            @Override
            public void progressed(String resourceName, String snapshotName, Stage stage, List<ApiCallRc> reports) {
                told.add(resourceName + "/" + snapshotName + " " + stage + " "
                        + reports.stream().map(ApiCallRc::message).toList());
            }

            @Override
            public void removed(String resourceName, String snapshotName) {
                told.add(resourceName + "/" + snapshotName + " removed");
            }
        });
        List<ApiCallRc> replies = await(services.coordinator().failUnfinished());

        assertThat(replies)
                .extracting(ApiCallRc::message)
                .containsExactly("The controller stopped while snapshot"
                        + " 'midway' of resource 'web' was being taken. It is given up.");
        assertThat(definition("web", "midway").flags()).containsExactly(SnapshotDefinition.FLAG_FAILED_DEPLOYMENT);
        assertThat(definition("web", "done").flags()).containsExactly(SnapshotDefinition.FLAG_SUCCESSFUL);
        assertThat(fixture.clusterView().nodeState("alpha").orElseThrow().snapshots())
                .extracting(Snapshot::snapshotName)
                .containsExactly("done");
        assertThat(told)
                .as("every stored snapshot's stage, for the watches after the restart")
                .containsExactlyInAnyOrder(
                        "web/done SUCCESSFUL []",
                        "web/midway FAILED [The controller stopped while snapshot 'midway' of resource 'web'"
                                + " was being taken.]");
    }

    @Test
    void aMultiSnapshotMovesAllItsSnapshotsThroughTheStagesTogether() {
        twoResourcesOnTwoNodes();

        List<ApiCallRc> replies = await(services.snapshots()
                .createMulti(List.of(
                        new SnapshotCreateRequest("web", "both", List.of(), Map.of()),
                        new SnapshotCreateRequest("db", "both", List.of(), Map.of()))));

        assertThat(replies)
                .extracting(ApiCallRc::message)
                .containsExactly(
                        "New snapshot 'both' of resource 'web' registered.",
                        "New snapshot 'both' of resource 'db' registered.");
        for (String node : List.of("alpha", "bravo")) {
            report(node, "web", "both", Set.of(), true);
        }
        report("alpha", "db", "both", Set.of(), true);
        assertThat(stage("web", "both")).as("db on bravo has not suspended").contains(SnapshotStages.Stage.SUSPEND);
        report("bravo", "db", "both", Set.of(), true);
        awaitStage("web", "both", SnapshotStages.Stage.TAKE);
        assertThat(stage("db", "both")).contains(SnapshotStages.Stage.TAKE);
        for (String resource : List.of("web", "db")) {
            for (String node : List.of("alpha", "bravo")) {
                report(node, resource, "both", Set.of(0), true);
            }
        }
        Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> definition("web", "both").successful()
                        && definition("db", "both").successful());
    }

    @Test
    void aMultiSnapshotWithOneBadPartStoresNothing() {
        twoResourcesOnTwoNodes();
        TestNodes.check(create("db", "taken"));

        List<ApiCallRc> unknown = await(services.snapshots()
                .createMulti(List.of(
                        new SnapshotCreateRequest("web", "s1", List.of(), Map.of()),
                        new SnapshotCreateRequest("nosuchrd", "s1", List.of(), Map.of()))));
        List<ApiCallRc> duplicate = await(services.snapshots()
                .createMulti(List.of(
                        new SnapshotCreateRequest("web", "s1", List.of(), Map.of()),
                        new SnapshotCreateRequest("db", "taken", List.of(), Map.of()))));
        List<ApiCallRc> twice = await(services.snapshots()
                .createMulti(List.of(
                        new SnapshotCreateRequest("web", "s1", List.of(), Map.of()),
                        new SnapshotCreateRequest("WEB", "S1", List.of(), Map.of()))));
        List<ApiCallRc> empty = await(services.snapshots().createMulti(List.of()));

        assertThat(unknown)
                .singleElement()
                .extracting(ApiCallRc::retCode)
                .isEqualTo(RetCodes.FAIL_NOT_FOUND_RSC_DFN | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
        assertThat(duplicate)
                .singleElement()
                .extracting(ApiCallRc::retCode)
                .isEqualTo(RetCodes.FAIL_EXISTS_SNAPSHOT_DFN | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
        assertThat(twice)
                .singleElement()
                .extracting(ApiCallRc::retCode)
                .isEqualTo(RetCodes.FAIL_EXISTS_SNAPSHOT_DFN | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
        assertThat(empty)
                .singleElement()
                .extracting(ApiCallRc::retCode)
                .isEqualTo(RetCodes.FAIL_INVLD_REQUEST | RetCodes.MASK_CRT | RetCodes.MASK_SNAPSHOT);
        assertThat(definition("web", "s1")).isNull();
        assertThat(stage("web", "s1")).isEmpty();
    }
}
