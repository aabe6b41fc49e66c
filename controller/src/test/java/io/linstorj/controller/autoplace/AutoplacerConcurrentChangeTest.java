package io.linstorj.controller.autoplace;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.resource.ResourceView;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cluster changes between the decision (off the writer) and the mutation that applies it. */
class AutoplacerConcurrentChangeTest {
    private static final AutoSelectFilter TWO = AutoSelectFilter.ofPlaceCount(2);

    private final ServiceFixture fixture = new ServiceFixture();
    private final TestNodes nodes = new TestNodes(fixture);
    private final Autoplacer autoplacer = new Autoplacer(
            fixture.guarded(),
            fixture.observed(),
            fixture.services().resources().replicaFactory());

    /** Nodes 1 to 3 with a LVM pool "data" of 1, 2 and 3 GiB free; "web" needs 100 MiB. */
    @BeforeEach
    void threeNodes() {
        for (int i = 1; i <= 3; i++) {
            nodes.online("node" + i);
            nodes.pool("node" + i, "data", "LVM", i * 1024, 4096);
        }
        nodes.resource("web", 100);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Map<String, String> poolByNode() {
        List<ResourceView> views =
                await(fixture.services().resources().resources().list(List.of(), List.of("web")));
        return views.stream()
                .collect(Collectors.toMap(
                        view -> view.resource().nodeName(),
                        view -> view.volumes().get(0).volume().storagePoolName()));
    }

    private List<ApiCallRc> apply(PlacementPlan plan) {
        return await(fixture.writes().submit(desired -> autoplacer.apply(desired, "web", TWO, plan)));
    }

    /** Hands out the given plans in order, counting the calls. */
    private static final class Plans implements Supplier<CompletableFuture<PlacementPlan>> {
        private final Deque<Supplier<PlacementPlan>> plans = new ArrayDeque<>();
        private int calls;

        Plans then(Supplier<PlacementPlan> plan) {
            plans.add(plan);
            return this;
        }

        @Override
        public CompletableFuture<PlacementPlan> get() {
            calls++;
            return CompletableFuture.completedFuture(plans.remove().get());
        }
    }

    private List<ApiCallRc> placeAndApply(Plans plans) {
        return await(autoplacer.placeAndApply(
                fixture.writes(), plans, plan -> desired -> autoplacer.apply(desired, "web", TWO, plan)));
    }

    @Test
    void decisionStillValidWhenAppliedIsApplied() {
        PlacementPlan plan = await(autoplacer.planExisting("web", TWO));
        nodes.report("node1", "data", 10, 4096);

        List<ApiCallRc> replies = apply(plan);

        assertThat(retCodes(replies))
                .containsOnly(MASK_RSC | MASK_CRT | CREATED)
                .hasSize(3);
        assertThat(plan.wasStale()).isFalse();
        assertThat(poolByNode()).containsOnlyKeys("node3", "node2");
    }

    @Test
    void chosenPoolFilledMeanwhileLeavesTheStateUnchangedAndMarksThePlanStale() {
        PlacementPlan plan = await(autoplacer.planExisting("web", TWO));
        nodes.report("node3", "data", 10, 4096);

        List<ApiCallRc> replies = apply(plan);

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_CRT | FAIL_RSC_BUSY);
        assertThat(replies.get(0).message()).contains("changed while the placement was being decided");
        assertThat(replies.get(0).correction()).isEqualTo("Retry the call.");
        assertThat(plan.wasStale()).isTrue();
        assertThat(poolByNode()).isEmpty();
    }

    @Test
    void staleDecisionIsDecidedOnceMoreOnTheChangedState() {
        PlacementPlan before = await(autoplacer.planExisting("web", TWO));
        nodes.report("node3", "data", 10, 4096);
        Plans plans = new Plans().then(() -> before).then(() -> await(autoplacer.planExisting("web", TWO)));

        List<ApiCallRc> replies = placeAndApply(plans);

        assertThat(plans.calls).isEqualTo(2);
        assertThat(retCodes(replies))
                .containsOnly(MASK_RSC | MASK_CRT | CREATED)
                .hasSize(3);
        assertThat(poolByNode()).containsOnlyKeys("node2", "node1");
    }

    @Test
    void decisionOvertakenTwiceIsDecidedInTheMutationItself() {
        PlacementPlan first = await(autoplacer.planExisting("web", TWO));
        PlacementPlan second = await(autoplacer.planExisting("web", TWO));
        nodes.report("node3", "data", 10, 4096);
        Plans plans = new Plans().then(() -> first).then(() -> second);

        List<ApiCallRc> replies = placeAndApply(plans);

        assertThat(plans.calls).isEqualTo(2);
        assertThat(first.wasStale()).isTrue();
        assertThat(second.wasStale()).isFalse();
        assertThat(retCodes(replies))
                .containsOnly(MASK_RSC | MASK_CRT | CREATED)
                .hasSize(3);
        assertThat(poolByNode()).containsOnlyKeys("node2", "node1");
    }

    @Test
    void replicaCreatedMeanwhileIsCountedWhenDecidingAgain() {
        PlacementPlan before = await(autoplacer.planExisting("web", TWO));
        TestNodes.check(await(fixture.services().autoplace().autoplace("web", AutoSelectFilter.ofPlaceCount(1))));
        Plans plans = new Plans().then(() -> before).then(() -> await(autoplacer.planExisting("web", TWO)));

        List<ApiCallRc> replies = placeAndApply(plans);

        assertThat(retCodes(replies))
                .containsOnly(MASK_RSC | MASK_CRT | CREATED)
                .hasSize(2);
        assertThat(poolByNode()).containsOnlyKeys("node3", "node2");
    }

    @Test
    void definitionDeletedMeanwhileIsRefusedAsNotFound() {
        PlacementPlan plan = await(autoplacer.planExisting("web", TWO));
        TestNodes.check(await(fixture.services().resources().definitions().delete("web")));

        List<ApiCallRc> replies = apply(plan);

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_CRT | FAIL_NOT_FOUND_RSC_DFN);
    }

    @Test
    void refusalDecidedOnTheSnapshotIsAnswered() {
        PlacementPlan plan = await(autoplacer.planExisting("web", AutoSelectFilter.ofPlaceCount(4)));

        List<ApiCallRc> replies = apply(plan);

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_CRT | FAIL_NOT_ENOUGH_NODES);
    }
}
