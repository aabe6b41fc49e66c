package io.linstorj.controller.event;

import static io.linstorj.controller.ServiceFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.observed.SnapshotObservation;
import io.linstorj.controller.snapshot.SnapshotCoordinator;
import io.linstorj.controller.snapshot.SnapshotCreateRequest;
import io.linstorj.controller.snapshot.SnapshotService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Watches with a snapshot filter follow the taking of that snapshot; other watches never see it. */
class SnapshotEventsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ServiceFixture fixture = new ServiceFixture();
    private final TestNodes nodes = new TestNodes(fixture);
    private final EventHub hub = new EventHub();
    private final SnapshotCoordinator coordinator =
            fixture.services().snapshots().coordinator();
    private final SnapshotService snapshots = fixture.services().snapshots().snapshots();

    @AfterEach
    void close() {
        hub.close();
        fixture.close();
    }

    /** Records what it is offered; understands snapshot streams when asked to. */
    private static final class Sink implements EventSink {
        final List<String> seen = new CopyOnWriteArrayList<>();
        private final boolean snapshots;

        Sink(boolean snapshots) {
            this.snapshots = snapshots;
        }

        @Override
        public boolean offer(WatchEvent event) {
            String value = event.value() instanceof EventValue.SnapshotDeployment deployment
                    ? deployment.state()
                            + deployment.reports().stream()
                                    .map(rc -> " " + rc.message())
                                    .reduce("", String::concat)
                    : String.valueOf(event.value());
            seen.add(event.action().wireName() + " " + event.stream().resourceName() + "/"
                    + event.stream().snapshotName() + " " + value);
            return true;
        }

        @Override
        public void overflowed(int watchId, String reason) {}

        @Override
        public boolean understands(String eventName) {
            return snapshots || EventSink.super.understands(eventName);
        }
    }

    private void webOnAlphaAndBravo() {
        for (String node : List.of("alpha", "bravo")) {
            nodes.online(node);
            TestNodes.check(fixture.createPool(node, "DfltStorPool"));
        }
        TestNodes.check(fixture.createResourceDefinition("web"));
        TestNodes.check(fixture.createVolumeDefinition("web", 10240));
        TestNodes.check(fixture.createResource("web", "alpha"));
        TestNodes.check(fixture.createResource("web", "bravo"));
    }

    private void report(String resource, String snapshot, Set<Integer> taken) {
        for (String node : List.of("alpha", "bravo")) {
            fixture.observed()
                    .updateSnapshot(node, resource, snapshot, new SnapshotObservation(taken, List.of(), true));
        }
    }

    @Test
    void aSnapshotFilteredWatchSeesTheStagesAndTheDeletionAndNoOtherWatchSeesThem() {
        coordinator.addListener(new SnapshotEvents(hub));
        webOnAlphaAndBravo();
        Sink watching = new Sink(true);
        Sink otherSnapshot = new Sink(true);
        Sink everything = new Sink(true);
        Sink binaryLike = new Sink(false);
        hub.watch(1, new WatchFilter(null, "web", null, "s1"), watching);
        hub.watch(1, new WatchFilter(null, null, null, "other"), otherSnapshot);
        hub.watch(1, WatchFilter.all(), everything);
        hub.watch(1, new WatchFilter(null, "web", null, "s1"), binaryLike);

        TestNodes.check(await(snapshots.create(new SnapshotCreateRequest("web", "s1", List.of(), Map.of()))));
        Awaitility.await().atMost(PATIENCE).until(() -> watching.seen.size() == 1);
        report("web", "s1", Set.of());
        Awaitility.await().atMost(PATIENCE).until(() -> watching.seen.size() == 2);
        report("web", "s1", Set.of(0));
        Awaitility.await().atMost(PATIENCE).until(() -> watching.seen.size() == 3);
        TestNodes.check(await(snapshots.delete("web", "s1", List.of())));
        Awaitility.await().atMost(PATIENCE).until(() -> watching.seen.size() == 4);

        assertThat(watching.seen)
                .containsExactly(
                        "Open web/s1 Suspending",
                        "Value web/s1 Taking",
                        "Value web/s1 Successful",
                        "CloseRemoved web/s1 null");
        hub.flush();
        assertThat(otherSnapshot.seen).isEmpty();
        assertThat(everything.seen).as("a watch without a snapshot filter").isEmpty();
        assertThat(binaryLike.seen)
                .as("a sink that does not understand snapshot streams")
                .isEmpty();
    }

    @Test
    void aFailedSnapshotEndsItsStreamValueWithTheReasonAndALateWatchGetsTheCurrentValue() {
        coordinator.addListener(new SnapshotEvents(hub));
        webOnAlphaAndBravo();
        TestNodes.check(await(snapshots.create(new SnapshotCreateRequest("web", "s1", List.of(), Map.of()))));

        fixture.observed().updateConnectionStatus("bravo", "OFFLINE");
        Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> fixture.guarded()
                        .read(desired -> desired.snapshotDefinition("web", "s1").failed()));
        Sink late = new Sink(true);
        hub.watch(7, new WatchFilter(null, "web", null, "s1"), late);

        Awaitility.await().atMost(PATIENCE).until(() -> !late.seen.isEmpty());
        assertThat(late.seen)
                .containsExactly("Open web/s1 Failed Node 'bravo' went OFFLINE while snapshot 's1'"
                        + " of resource 'web' was being taken.");
    }
}
