package io.linstorj.satellite.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.satellite.drbd.DrbdMetadata;
import io.linstorj.satellite.storage.BackingType;
import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.SnapshotId;
import io.linstorj.satellite.storage.VolumeId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plan as data: desired and observed node in, steps out; no provider, no DRBD, no file. */
class PlannerTest {
    private static final String POOL = "DfltStorPool";
    private static final long SIZE_KIB = 10240;
    private static final long BACKING_KIB = DrbdMetadata.backingSizeKib(SIZE_KIB, DrbdMetadata.DEFAULT_PEER_SLOTS);

    private static DesiredVolume volume(int number) {
        return new DesiredVolume(number, SIZE_KIB, 1000 + number, POOL, Optional.empty(), Optional.empty());
    }

    private static DesiredResource resource(String name, DesiredVolume... volumes) {
        return new DesiredResource(
                name,
                7000,
                "s3cret",
                Map.of(),
                0,
                false,
                List.of(volumes),
                List.of(new DesiredPeer("bravo", 1, "127.0.0.12", false, Map.of())),
                2,
                false,
                Optional.empty(),
                false);
    }

    private static DesiredResource diskless(DesiredResource r) {
        return new DesiredResource(
                r.name(),
                r.port(),
                r.secret(),
                r.props(),
                r.nodeId(),
                true,
                r.volumes(),
                r.peers(),
                r.peerSlots(),
                false,
                Optional.empty(),
                false);
    }

    private static DesiredResource inactive(DesiredResource r) {
        return new DesiredResource(
                r.name(),
                r.port(),
                r.secret(),
                r.props(),
                r.nodeId(),
                r.diskless(),
                r.volumes(),
                r.peers(),
                r.peerSlots(),
                true,
                Optional.empty(),
                false);
    }

    private static DesiredResource deleting(DesiredResource r) {
        return new DesiredResource(
                r.name(),
                r.port(),
                r.secret(),
                r.props(),
                r.nodeId(),
                r.diskless(),
                r.volumes(),
                r.peers(),
                r.peerSlots(),
                false,
                Optional.empty(),
                true);
    }

    private static DesiredResource rollingBack(DesiredResource r, String snapshot, String id) {
        return new DesiredResource(
                r.name(),
                r.port(),
                r.secret(),
                r.props(),
                r.nodeId(),
                r.diskless(),
                r.volumes(),
                r.peers(),
                r.peerSlots(),
                false,
                Optional.of(new DesiredResource.Rollback(snapshot, id)),
                false);
    }

    private static DesiredNode node(DesiredResource... resources) {
        return nodeWithSnapshots(List.of(), resources);
    }

    private static DesiredNode nodeWithSnapshots(List<DesiredSnapshot> snapshots, DesiredResource... resources) {
        return new DesiredNode(
                7,
                "alpha",
                "127.0.0.11",
                List.of(new DesiredPool(POOL, "LVM", Map.of("StorDriver/LvmVg", "vg0"))),
                List.of(resources),
                snapshots);
    }

    private static ProvidedVolume lv(String resource, int number, long kib) {
        return new ProvidedVolume(
                new VolumeId(resource, number),
                "/dev/vg0/" + resource + "_0000" + number,
                kib,
                BackingType.BLOCK_DEVICE);
    }

    private static ObservedNode observed(Set<String> resources, ProvidedVolume... volumes) {
        Map<VolumeId, ProvidedVolume> byId = new HashMap<>();
        for (ProvidedVolume v : volumes) {
            byId.put(v.id(), v);
        }
        return new ObservedNode(Map.of(POOL, ObservedPool.usable(POOL, byId)), resources, Map.of());
    }

    private static ObservedNode unusablePool(Set<String> resources, String why) {
        return new ObservedNode(Map.of(POOL, ObservedPool.unusable(POOL, why)), resources, Map.of());
    }

    private static VolumeId id(String resource, int number) {
        return new VolumeId(resource, number);
    }

    private static Step.SnapshotStages noSnapshots() {
        return new Step.SnapshotStages(List.of());
    }

    @Test
    void aNewDiskfulReplicaGetsItsVolumesCreatedThenItsDrbdConfiguration() {
        DesiredResource rsc = resource("rsc1", volume(0), volume(1));
        DesiredNode desired = node(rsc);

        assertThat(Planner.plan(desired, observed(Set.of())))
                .containsExactly(
                        new Step.CreateVolume(POOL, id("rsc1", 0), BACKING_KIB, Optional.empty()),
                        new Step.CreateVolume(POOL, id("rsc1", 1), BACKING_KIB, Optional.empty()),
                        new Step.AdjustDrbd(rsc, "alpha", "127.0.0.11"),
                        noSnapshots());
    }

    @Test
    void aVolumeToRestoreIsCreatedFromTheSnapshotOfItsOwnNumber() {
        DesiredVolume restored = new DesiredVolume(
                2,
                SIZE_KIB,
                1002,
                POOL,
                Optional.empty(),
                Optional.of(new DesiredVolume.RestoreSource("origin", "snap1")));

        List<Step> steps = Planner.plan(node(resource("copy", restored)), observed(Set.of()));

        assertThat(steps.get(0))
                .isEqualTo(new Step.CreateVolume(
                        POOL, id("copy", 2), BACKING_KIB, Optional.of(new SnapshotId(id("origin", 2), "snap1"))));
    }

    @Test
    void anExistingVolumeBigEnoughIsKeptAsItIs() {
        ProvidedVolume existing = lv("rsc1", 0, BACKING_KIB);

        assertThat(Planner.plan(node(resource("rsc1", volume(0))), observed(Set.of("rsc1"), existing)))
                .startsWith(new Step.KeepVolume(POOL, existing));
    }

    @Test
    void anExistingVolumeSmallerThanWantedIsGrown() {
        assertThat(Planner.plan(
                        node(resource("rsc1", volume(0))), observed(Set.of("rsc1"), lv("rsc1", 0, BACKING_KIB - 4))))
                .startsWith(new Step.GrowVolume(POOL, id("rsc1", 0), BACKING_KIB));
    }

    @Test
    void anExistingBackingFileIsAttachedAgainBecauseItsLoopDeviceMayBeGone() {
        ProvidedVolume file = new ProvidedVolume(id("rsc1", 0), "/pool/rsc1_00000.img", BACKING_KIB, BackingType.FILE);

        assertThat(Planner.plan(node(resource("rsc1", volume(0))), observed(Set.of("rsc1"), file)))
                .startsWith(new Step.AttachVolume(POOL, id("rsc1", 0), BACKING_KIB));
    }

    @Test
    void aResourceNoLongerWantedIsTakenDownFirstAndItsVolumesDeletedLast() {
        DesiredResource kept = resource("kept", volume(0));
        ProvidedVolume keptVolume = lv("kept", 0, BACKING_KIB);

        List<Step> steps =
                Planner.plan(node(kept), observed(Set.of("kept", "gone"), keptVolume, lv("gone", 0, BACKING_KIB)));

        assertThat(steps)
                .containsExactly(
                        new Step.TakeDown("gone"),
                        new Step.KeepVolume(POOL, keptVolume),
                        new Step.AdjustDrbd(kept, "alpha", "127.0.0.11"),
                        noSnapshots(),
                        new Step.DeleteVolume(POOL, id("gone", 0), Optional.empty()));
    }

    @Test
    void aResourceMarkedForDeletionIsTakenDownAndItsVolumesDeletedReportingToIt() {
        DesiredResource marked = deleting(resource("rsc1", volume(0)));

        List<Step> steps = Planner.plan(node(marked), observed(Set.of("rsc1"), lv("rsc1", 0, BACKING_KIB)));

        assertThat(steps)
                .containsExactly(
                        new Step.TakeDown("rsc1"),
                        noSnapshots(),
                        new Step.DeleteVolume(POOL, id("rsc1", 0), Optional.of("rsc1")));
        assertThat(steps.get(0).reportsTo()).contains("rsc1");
    }

    @Test
    void nothingIsDeletedThatThePoolDoesNotListAsOurs() {
        DesiredResource marked = deleting(resource("rsc1", volume(0), volume(1)));

        // Volume 1 was never created by us (or is already gone): the pool does not list it.
        List<Step> steps = Planner.plan(node(marked), observed(Set.of(), lv("rsc1", 0, BACKING_KIB)));

        assertThat(steps.stream().filter(Step.DeleteVolume.class::isInstance))
                .containsExactly(new Step.DeleteVolume(POOL, id("rsc1", 0), Optional.of("rsc1")));
    }

    @Test
    void aWantedVolumeIsNeverDeleted() {
        DesiredResource rsc = resource("rsc1", volume(0));

        List<Step> steps = Planner.plan(node(rsc), observed(Set.of("rsc1"), lv("rsc1", 0, BACKING_KIB)));

        assertThat(steps).noneMatch(Step.DeleteVolume.class::isInstance);
    }

    @Test
    void aPoolThatCannotBeLookedIntoHasNothingDeletedAndBlocksTheDeletionOfItsResources() {
        DesiredResource marked = deleting(resource("rsc1", volume(0)));

        List<Step> steps = Planner.plan(node(marked), unusablePool(Set.of(), "volume group vg0 not found"));

        assertThat(steps)
                .containsExactly(
                        noSnapshots(),
                        new Step.Blocked(
                                "rsc1",
                                new Problem(
                                        "Volume 0 of 'rsc1', marked for deletion, is in storage pool '" + POOL
                                                + "', which is unusable now.",
                                        "volume group vg0 not found",
                                        "Repair the storage pool; the next pass deletes the volume.")));
    }

    @Test
    void aVolumeInAnUnusablePoolIsBlockedAndDrbdIsAdjustedOnlyAfterEarlierSuccess() {
        DesiredResource rsc = resource("rsc1", volume(0));

        List<Step> steps = Planner.plan(node(rsc), unusablePool(Set.of(), "volume group vg0 not found"));

        assertThat(steps)
                .containsExactly(
                        new Step.Blocked(
                                "rsc1",
                                new Problem(
                                        "Volume 0 of 'rsc1' has no backing storage: storage pool '" + POOL
                                                + "' is unusable.",
                                        "volume group vg0 not found",
                                        "Repair the storage pool or move the replica to another pool.")),
                        new Step.AdjustDrbd(rsc, "alpha", "127.0.0.11"),
                        noSnapshots());
        assertThat(steps.get(1).needsEarlierSuccess()).isTrue();
        assertThat(steps.get(0).needsEarlierSuccess()).isFalse();
    }

    @Test
    void aVolumeInAPoolTheNodeDoesNotHaveIsBlocked() {
        DesiredVolume elsewhere = new DesiredVolume(0, SIZE_KIB, 1000, "other", Optional.empty(), Optional.empty());

        Step first = Planner.plan(node(resource("rsc1", elsewhere)), observed(Set.of()))
                .get(0);

        assertThat(first)
                .isInstanceOfSatisfying(
                        Step.Blocked.class,
                        b -> assertThat(b.problem().cause()).isEqualTo("the node has no such pool"));
    }

    @Test
    void aDisklessReplicaGetsOnlyItsDrbdConfiguration() {
        DesiredResource client = diskless(resource("rsc1", volume(0)));

        assertThat(Planner.plan(node(client), observed(Set.of())))
                .containsExactly(new Step.AdjustDrbd(client, "alpha", "127.0.0.11"), noSnapshots());
    }

    @Test
    void aDisklessReplicasOldBackingVolumeIsAnOrphan() {
        DesiredResource client = diskless(resource("rsc1", volume(0)));

        assertThat(Planner.plan(node(client), observed(Set.of("rsc1"), lv("rsc1", 0, BACKING_KIB))))
                .endsWith(new Step.DeleteVolume(POOL, id("rsc1", 0), Optional.empty()));
    }

    @Test
    void aDeactivatedResourceIsTakenDownReleasingOnlyTheVolumesThatExist() {
        DesiredResource off = inactive(resource("rsc1", volume(0), volume(1)));

        assertThat(Planner.plan(node(off), observed(Set.of("rsc1"), lv("rsc1", 1, BACKING_KIB))))
                .containsExactly(
                        new Step.Deactivate("rsc1", List.of(new PoolVolume(POOL, id("rsc1", 1)))), noSnapshots());
    }

    @Test
    void aRollbackNotDoneYetRunsBeforeTheVolumesWhichAreThenAttachedAgain() {
        DesiredResource rsc = rollingBack(resource("rsc1", volume(0)), "snap1", "rb-1");

        assertThat(Planner.plan(node(rsc), observed(Set.of("rsc1"), lv("rsc1", 0, BACKING_KIB))))
                .containsExactly(
                        new Step.RollBack("rsc1", "snap1", "rb-1", List.of(new PoolVolume(POOL, id("rsc1", 0)))),
                        new Step.AttachVolume(POOL, id("rsc1", 0), BACKING_KIB),
                        new Step.AdjustDrbd(rsc, "alpha", "127.0.0.11"),
                        noSnapshots());
    }

    @Test
    void aRollbackTheLedgerRecordsAsDoneIsNotRepeated() {
        DesiredResource rsc = rollingBack(resource("rsc1", volume(0)), "snap1", "rb-1");
        ProvidedVolume existing = lv("rsc1", 0, BACKING_KIB);
        ObservedNode observed = new ObservedNode(
                Map.of(POOL, ObservedPool.usable(POOL, Map.of(existing.id(), existing))),
                Set.of("rsc1"),
                Map.of("rsc1", "rb-1"));

        assertThat(Planner.plan(node(rsc), observed))
                .containsExactly(
                        new Step.KeepVolume(POOL, existing),
                        new Step.AdjustDrbd(rsc, "alpha", "127.0.0.11"),
                        noSnapshots());
    }

    @Test
    void theSnapshotStagesGetTheDesiredSnapshotsAfterTheResourcesAndBeforeTheDeletions() {
        DesiredSnapshot snapshot = new DesiredSnapshot(
                "rsc1", "snap1", List.of(new DesiredSnapshot.Volume(0, POOL)), DesiredSnapshot.Stage.SUSPEND);
        DesiredResource rsc = resource("rsc1", volume(0));

        List<Step> steps = Planner.plan(
                nodeWithSnapshots(List.of(snapshot), rsc),
                observed(Set.of("rsc1"), lv("rsc1", 0, BACKING_KIB), lv("old", 0, BACKING_KIB)));

        assertThat(steps.subList(1, steps.size()))
                .containsExactly(
                        new Step.AdjustDrbd(rsc, "alpha", "127.0.0.11"),
                        new Step.SnapshotStages(List.of(snapshot)),
                        new Step.DeleteVolume(POOL, id("old", 0), Optional.empty()));
        assertThat(steps.get(2).reportsTo()).isEmpty();
    }

    @Test
    void aConvergedNodePlansOnlyStepsThatChangeNothing() {
        DesiredResource rsc = resource("rsc1", volume(0));
        ProvidedVolume existing = lv("rsc1", 0, BACKING_KIB);
        DesiredNode desired = node(rsc);
        ObservedNode observed = observed(Set.of("rsc1"), existing);

        List<Step> steps = Planner.plan(desired, observed);

        assertThat(steps)
                .containsExactly(
                        new Step.KeepVolume(POOL, existing),
                        new Step.AdjustDrbd(rsc, "alpha", "127.0.0.11"),
                        noSnapshots());
        assertThat(Planner.plan(desired, observed)).isEqualTo(steps);
    }
}
