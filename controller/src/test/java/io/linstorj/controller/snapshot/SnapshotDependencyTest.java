package io.linstorj.controller.snapshot;

import static io.linstorj.controller.ServiceFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.resource.ResourceCreateRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Snapshots that restored resources depend on, per storage kind. */
class SnapshotDependencyTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final TestNodes nodes = new TestNodes(fixture);
    private final SnapshotService snapshots = fixture.services().snapshots().snapshots();
    private final SnapshotRestoreService restores =
            fixture.services().snapshots().restores();

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Resource "web" in pool "data" of {@code kind} on alpha, snapshot s1 taken, restored into "copy". */
    private void restoredFromASnapshotIn(String kind) {
        nodes.online("alpha");
        nodes.pool("alpha", "data", kind, 1000, 1000);
        TestNodes.check(fixture.createResourceDefinition("web"));
        TestNodes.check(fixture.createVolumeDefinition("web", 1024));
        TestNodes.check(await(fixture.services()
                .resources()
                .resources()
                .create(new ResourceCreateRequest("web", "alpha", Set.of(), "data", Map.of()))));
        TestNodes.check(await(snapshots.create(new SnapshotCreateRequest("web", "s1", List.of(), Map.of()))));
        TakenSnapshots.takenEverywhere(fixture, "web", "s1", Set.of(0));
        TestNodes.check(fixture.createResourceDefinition("copy"));
        TestNodes.check(await(restores.restoreResource(new SnapshotRestoreRequest("web", "s1", "copy", List.of()))));
    }

    private int snapshotRows() {
        return fixture.guarded()
                .read(desired -> desired.snapshotDefinitions().size()
                        + desired.snapshots().size());
    }

    @Test
    void aZfsSnapshotCannotBeDeletedWhileAResourceClonedFromItLivesAndTheRefusalNamesIt() {
        restoredFromASnapshotIn("ZFS_THIN");

        List<ApiCallRc> refused = await(snapshots.delete("web", "s1", List.of()));
        int rowsAfterRefusal = snapshotRows();
        TestNodes.check(await(fixture.services().resources().definitions().delete("copy")));
        await(fixture.services().resources().deletion().confirmGone("alpha", "copy"));
        List<ApiCallRc> deleted = await(snapshots.delete("web", "s1", List.of()));

        assertThat(refused).singleElement().satisfies(rc -> {
            assertThat(rc.retCode()).isEqualTo(RetCodes.FAIL_IN_USE | RetCodes.MASK_DEL | RetCodes.MASK_SNAPSHOT);
            assertThat(rc.message())
                    .isEqualTo("Snapshot 's1' of resource 'web' on node 'alpha' cannot be deleted"
                            + " while resources restored from it exist there: copy.");
            assertThat(rc.correction()).contains("Delete the resources copy on node 'alpha' first");
        });
        assertThat(rowsAfterRefusal).isEqualTo(2);
        assertThat(deleted).allMatch(ApiCallRc::isSuccess);
        assertThat(snapshotRows()).isZero();
    }

    @Test
    void snapshotsOfOtherKindsAreDeletedWhileTheirRestoredCopiesLive() {
        restoredFromASnapshotIn("LVM_THIN");

        List<ApiCallRc> deleted = await(snapshots.delete("web", "s1", List.of()));

        assertThat(deleted).allMatch(ApiCallRc::isSuccess);
        assertThat(snapshotRows()).isZero();
    }
}
