package io.linstorj.controller.snapshot;

import static io.linstorj.controller.ServiceFixture.await;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.observed.SnapshotObservation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.awaitility.Awaitility;

/** Plays the satellites' part of taking a snapshot, for tests without satellites. */
final class TakenSnapshots {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private TakenSnapshots() {}

    /**
     * Every node of the snapshot reports I/O suspended, then its copies of {@code volumes} taken;
     * returns once the coordinator recorded the snapshot SUCCESSFUL.
     */
    static void takenEverywhere(ServiceFixture fixture, String resource, String snapshot, Set<Integer> volumes) {
        SnapshotService snapshots = fixture.services().snapshots().snapshots();
        List<String> onNodes = await(snapshots.get(resource, snapshot)).orElseThrow().nodes().stream()
                .map(node -> node.snapshot().nodeName())
                .toList();
        SnapshotStages stages = fixture.services().snapshots().coordinator().stages();
        onNodes.forEach(node -> fixture.observed()
                .updateSnapshot(node, resource, snapshot, new SnapshotObservation(Set.of(), List.of(), true)));
        Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> stages.stage(resource, snapshot).equals(Optional.of(SnapshotStages.Stage.TAKE)));
        onNodes.forEach(node -> fixture.observed()
                .updateSnapshot(node, resource, snapshot, new SnapshotObservation(volumes, List.of(), true)));
        Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> await(snapshots.get(resource, snapshot))
                        .orElseThrow()
                        .definition()
                        .successful());
    }
}
