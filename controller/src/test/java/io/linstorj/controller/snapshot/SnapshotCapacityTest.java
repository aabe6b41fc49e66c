package io.linstorj.controller.snapshot;

import static io.linstorj.common.RetCodes.FAIL_NOT_ENOUGH_NODES;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.TestNodes.MIB;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.autoplace.AutoplaceService;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.storage.PoolMeasurement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How snapshots count against the room of the pools that hold them. */
class SnapshotCapacityTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final TestNodes nodes = new TestNodes(fixture);
    private final AutoplaceService autoplace = fixture.services().autoplace();
    private final SnapshotService snapshots = fixture.services().snapshots().snapshots();

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<ApiCallRc> place(String resource) {
        return await(autoplace.autoplace(resource, AutoSelectFilter.ofPlaceCount(1)));
    }

    private long provisionedKib(String pool) {
        PoolMeasurement measurement = new PoolMeasurement(fixture.observed());
        return fixture.guarded()
                .read(desired ->
                        measurement.measure(desired, desired.node("alpha")).provisionedKib(pool));
    }

    @Test
    void aSnapshotInAThinPoolCountsAgainstItsOversubscriptionUntilItIsDeleted() {
        nodes.online("alpha");
        nodes.pool("alpha", "thin", "FILE_THIN", 100, 100);
        await(fixture.services().controllerProps().set("MaxOversubscriptionRatio", "2"));
        nodes.resource("one", 80);
        nodes.resource("two", 50);
        TestNodes.check(place("one"));

        TestNodes.check(await(snapshots.create(new SnapshotCreateRequest("one", "s1", List.of(), Map.of()))));
        List<ApiCallRc> refused = place("two");
        long withSnapshot = provisionedKib("thin");
        TestNodes.check(await(snapshots.delete("one", "s1", List.of())));
        List<ApiCallRc> placed = place("two");

        assertThat(withSnapshot).isEqualTo(160 * MIB);
        assertThat(refused.get(0).hasCode(FAIL_NOT_ENOUGH_NODES))
                .as("refused: %s", refused)
                .isTrue();
        assertThat(refused.get(0).details()).contains("thin pool 'thin' can provision 40 MiB more");
        assertThat(placed).allMatch(ApiCallRc::isSuccess);
    }

    @Test
    void aSnapshotInAThickPoolIsLeftToTheFreeSpaceItsSatelliteReports() {
        nodes.online("alpha");
        nodes.pool("alpha", "full", "FILE", 100, 100);
        nodes.resource("one", 30);
        TestNodes.check(place("one"));

        TestNodes.check(await(snapshots.create(new SnapshotCreateRequest("one", "s1", List.of(), Map.of()))));

        assertThat(provisionedKib("full")).isEqualTo(30 * MIB);
    }
}
