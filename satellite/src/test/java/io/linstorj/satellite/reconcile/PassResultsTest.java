package io.linstorj.satellite.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.satellite.plan.ApplyResult;
import io.linstorj.satellite.plan.DesiredResource;
import io.linstorj.satellite.plan.PoolVolume;
import io.linstorj.satellite.plan.Problem;
import io.linstorj.satellite.plan.Step;
import io.linstorj.satellite.storage.BackingType;
import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.VolumeId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which steps of a pass run, and what the results add up to per resource. */
class PassResultsTest {
    private static final Problem PROBLEM = new Problem("it failed", "because", "try again");
    private static final VolumeId V0 = new VolumeId("rsc1", 0);
    private static final VolumeId V1 = new VolumeId("rsc1", 1);

    private static final DesiredResource RSC1 = new DesiredResource(
            "rsc1", 7000, "s3cret", Map.of(), 0, false, List.of(), List.of(), 2, false, Optional.empty(), false);

    private final PassResults results = new PassResults();

    private static ProvidedVolume lv(VolumeId id) {
        return new ProvidedVolume(
                id, "/dev/vg0/" + id.resourceName() + id.volumeNumber(), 100, BackingType.BLOCK_DEVICE);
    }

    @Test
    void aFailedVolumeStepLetsTheOtherVolumesRunButNotDrbd() {
        Step first = new Step.CreateVolume("pool", V0, 100, Optional.empty());
        Step second = new Step.CreateVolume("pool", V1, 100, Optional.empty());
        Step drbd = new Step.AdjustDrbd(RSC1, "alpha", "127.0.0.11");

        results.record(first, ApplyResult.failed(PROBLEM));

        assertThat(results.runs(second)).isTrue();
        assertThat(results.runs(drbd)).isFalse();
        assertThat(results.problems("rsc1")).containsExactly(PROBLEM);
    }

    @Test
    void aHaltingStepStopsEveryLaterStepOfItsResourceOnly() {
        Step rollback = new Step.RollBack("rsc1", "snap1", "rb-1", List.of(new PoolVolume("pool", V0)));

        results.record(rollback, ApplyResult.halted(PROBLEM));

        assertThat(results.runs(new Step.AttachVolume("pool", V0, 100))).isFalse();
        assertThat(results.runs(new Step.CreateVolume("pool", new VolumeId("rsc2", 0), 100, Optional.empty())))
                .isTrue();
    }

    @Test
    void stepsReportingToNoResourceAlwaysRunAndAddToNoOutcome() {
        Step orphan = new Step.DeleteVolume("pool", V0, Optional.empty());

        results.record(new Step.TakeDown("rsc1"), ApplyResult.halted(PROBLEM));
        results.record(orphan, ApplyResult.failed(PROBLEM));

        assertThat(results.runs(orphan)).isTrue();
        assertThat(results.runs(new Step.SnapshotStages(List.of()))).isTrue();
        assertThat(results.problems("rsc1")).containsExactly(PROBLEM);
    }

    @Test
    void theVolumesLeftAndThoseGrownAreGatheredPerVolumeNumber() {
        results.record(new Step.KeepVolume("pool", lv(V0)), ApplyResult.volume(lv(V0), false));
        results.record(new Step.GrowVolume("pool", V1, 100), ApplyResult.volume(lv(V1), true));

        assertThat(results.volumes("rsc1")).isEqualTo(Map.of(0, lv(V0), 1, lv(V1)));
        assertThat(results.grown("rsc1")).containsExactly(1);
        assertThat(results.problems("rsc1")).isEmpty();
        assertThat(results.volumes("rsc2")).isEmpty();
    }
}
