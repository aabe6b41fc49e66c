package io.linstorj.controller.satellite;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.observed.ResourceObservation;
import io.linstorj.protocol.proto.MsgNodeObservedState;
import io.linstorj.protocol.proto.ResourceObserved;
import io.linstorj.protocol.proto.VolumeObserved;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ObservedReportApplierTest {
    private static final Predicate<String> APPLIED = resource -> true;

    private final ObservedState observed = new ObservedState();
    private final List<String> confirmed = new ArrayList<>();
    private final ObservedReportApplier applier =
            new ObservedReportApplier(observed, (node, resource) -> confirmed.add(node + "/" + resource));

    /** The report as it comes off the wire, translated as the link translates it. */
    private static ObservedReport report(ResourceObserved... resources) {
        return ObservedReports.fromMessage(MsgNodeObservedState.newBuilder()
                .setAppliedGeneration(1)
                .addAllResources(List.of(resources))
                .build());
    }

    @Test
    void aResourceReportedDeletedIsConfirmedAndNoLongerObserved() {
        applier.apply(
                "alpha",
                report(ResourceObserved.newBuilder()
                        .setName("rsc1")
                        .setReady(true)
                        .build()),
                Set.of("rsc1"),
                APPLIED);

        applier.apply(
                "alpha",
                report(ResourceObserved.newBuilder()
                        .setName("rsc1")
                        .setDeleted(true)
                        .build()),
                Set.of("rsc1"),
                APPLIED);

        assertThat(confirmed).containsExactly("alpha/rsc1");
        assertThat(observed.resource("alpha", "rsc1")).isEmpty();
    }

    @Test
    void aResourceReportedNotYetDeletedIsNotConfirmed() {
        applier.apply(
                "alpha",
                report(ResourceObserved.newBuilder()
                        .setName("rsc1")
                        .setDeleted(false)
                        .build()),
                Set.of("rsc1"),
                APPLIED);

        assertThat(confirmed).isEmpty();
    }

    @Test
    void aReportOfAStateOlderThanTheDeletionDoesNotConfirmIt() {
        applier.apply(
                "alpha",
                report(ResourceObserved.newBuilder()
                        .setName("rsc1")
                        .setDeleted(true)
                        .build()),
                Set.of("rsc1"),
                resource -> false);

        assertThat(confirmed).isEmpty();
    }

    @Test
    void aDeletionReportOfAResourceNotSentToTheNodeIsIgnored() {
        applier.apply(
                "alpha",
                report(ResourceObserved.newBuilder()
                        .setName("rsc1")
                        .setDeleted(true)
                        .build()),
                Set.of(),
                APPLIED);

        assertThat(confirmed).isEmpty();
    }

    @Test
    void aDeactivatedResourceIsObservedInactiveAndNotInUse() {
        applier.apply(
                "alpha",
                report(ResourceObserved.newBuilder()
                        .setName("rsc1")
                        .setInactive(true)
                        .setInUse(true)
                        .addVolumes(
                                VolumeObserved.newBuilder().setVolumeNumber(0).setDiskState("Unknown"))
                        .build()),
                Set.of("rsc1"),
                APPLIED);

        assertThat(observed.resource("alpha", "rsc1")).get().satisfies(resource -> {
            assertThat(resource.inactive()).isTrue();
            assertThat(resource.inUse()).isFalse();
            assertThat(resource.ready()).isFalse();
        });
        applier.apply(
                "alpha",
                report(ResourceObserved.newBuilder()
                        .setName("rsc1")
                        .setReady(true)
                        .build()),
                Set.of("rsc1"),
                APPLIED);
        assertThat(observed.resource("alpha", "rsc1"))
                .get()
                .extracting(ResourceObservation::inactive)
                .isEqualTo(false);
    }
}
