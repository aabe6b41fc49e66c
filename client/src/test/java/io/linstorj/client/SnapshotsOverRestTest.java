package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The snapshot and clone calls over REST against a fake answering exactly as LINBIT's controller
 * answered (shared/reference/rest-examples-live): the requests of the spec, the answers read as
 * on every other call. Clone's server side is not in LinstorJ's REST server yet, so its client
 * side is tested here only, against LINBIT's recorded answers.
 */
class SnapshotsOverRestTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static RestExample live(String name) {
        return RestExample.live(name);
    }

    @Test
    void snapshotCreateSendsTheSpecsBodyWithAndWithoutNodes() {
        try (RecordedController controller = new RecordedController()
                        .serve(live("119-snap-create-r1-s1"))
                        .serve(live("120-snap-create-r1-s2-one-node"));
                Linstor lin = Linstor.connect(controller.uri())) {
            List<ApiCallResponse> all = lin.snapshotCreate("r1", "s1");
            assertThat(controller.last().body())
                    .isEqualTo(live("119-snap-create-r1-s1").requestBody());
            List<ApiCallResponse> one = lin.snapshotCreate("r1", "s2", List.of("alpha"));
            assertThat(controller.last().body())
                    .isEqualTo(live("120-snap-create-r1-s2-one-node").requestBody());

            assertThat(all.get(0).isSuccess(Consts.MASK_SNAPSHOT | Consts.MASK_CRT))
                    .isTrue();
            assertThat(all.get(0).message()).isEqualTo("New snapshot 's1' of resource 'r1' registered.");
            assertThat(one.get(0).message()).contains("on nodes 'alpha'");
        }
    }

    @Test
    void snapshotListReadsTheViewWithNodesFlagsVolumeSizesAndProps() {
        try (RecordedController controller = new RecordedController().serve(live("126-view-snapshots"));
                Linstor lin = Linstor.connect(controller.uri())) {
            SnapshotInfo s1 = lin.snapshotList().get(0).snapshots().get(0);

            assertThat(s1.name()).isEqualTo("s1");
            assertThat(s1.resourceName()).isEqualTo("r1");
            assertThat(s1.nodes()).containsExactly("alpha", "bravo", "charlie");
            assertThat(s1.isSuccessful()).isTrue();
            assertThat(s1.volumes())
                    .containsExactly(new SnapshotVolumeInfo(0, 15360), new SnapshotVolumeInfo(1, 20480));
            // The view's props: the resource definition's with the snapshot definition's over them.
            assertThat(s1.props()).containsEntry("Aux/owner", "capture2").containsEntry("SequenceNumber", "1");
        }
    }

    @Test
    void restoreRollbackAndDeleteUseTheSpecsPaths() {
        try (RecordedController controller = new RecordedController()
                        .serve(live("131-snap-restore-vd-r1-s1-to-r1r"))
                        .serve(live("133-snap-restore-rsc-r1-s1-to-r1r"))
                        .serve(live("142-snap-rollback-r1-s1-not-latest"))
                        .serve(live("150-snap-delete-r1-s1"));
                Linstor lin = Linstor.connect(controller.uri())) {
            assertThat(lin.snapshotVolumeDfnRestore("r1", "s1", "r1r").get(0).message())
                    .isEqualTo(
                            "Volume definitions of resource definition 'r1r' restored from resource 'r1', snapshot 's1'.");
            assertThat(lin.snapshotRestore("r1", "s1", "r1r").get(0).message())
                    .isEqualTo("Resource 'r1r' restored from resource 'r1', snapshot 's1'.");
            assertThat(controller.last().body())
                    .isEqualTo(live("133-snap-restore-rsc-r1-s1-to-r1r").requestBody());
            assertThat(Linstor.allApiResponsesNoError(lin.snapshotRollback("r1", "s1")))
                    .isTrue();
            assertThat(controller.last().body())
                    .isEqualTo(live("142-snap-rollback-r1-s1-not-latest").requestBody());
            assertThat(lin.snapshotDelete("r1", "s1").get(0).message()).startsWith("Marked snapshot for deletion");

            assertThat(controller.calls())
                    .extracting(call -> call.method() + " " + call.path())
                    .containsExactly(
                            "POST /v1/resource-definitions/r1/snapshot-restore-volume-definition/s1",
                            "POST /v1/resource-definitions/r1/snapshot-restore-resource/s1",
                            "POST /v1/resource-definitions/r1/snapshot-rollback/s1",
                            "DELETE /v1/resource-definitions/r1/snapshots/s1");
        }
    }

    @Test
    void refusedRestoresAreDataWithLinstorsRetCodes() {
        try (RecordedController controller = new RecordedController()
                        .serve(live("141-snap-restore-rsc-to-missing-rd"))
                        .serve(live("138-snap-restore-rsc-r1-s2-to-r1r2-node-bravo"));
                Linstor lin = Linstor.connect(controller.uri())) {
            assertThat(lin.snapshotRestore("r1", "s1", "nosuchrd"))
                    .singleElement()
                    .satisfies(reply -> assertThat(reply.isError()).isTrue())
                    .satisfies(reply -> assertThat(reply.correction()).contains("Create a resource definition"));
            assertThat(lin.snapshotRestore("r1", "s2", "r1r2", List.of("bravo")))
                    .singleElement()
                    .satisfies(reply -> assertThat(reply.message()).contains("on node 'bravo' not found"));
            assertThat(controller.last().body())
                    .isEqualTo(live("138-snap-restore-rsc-r1-s2-to-r1r2-node-bravo")
                            .requestBody());
        }
    }

    @Test
    void cloneReadsTheMessagesOfCloneStartedAndTheRefusalOfAMissingSource() {
        try (RecordedController controller = new RecordedController()
                        .serve(live("154-rd-clone-a3-to-a3c"))
                        .serve(live("159-rd-clone-missing-src"));
                Linstor lin = Linstor.connect(controller.uri())) {
            List<ApiCallResponse> unsupportedPools = lin.resourceDfnClone("a3", "a3c");
            assertThat(controller.last().body())
                    .isEqualTo(live("154-rd-clone-a3-to-a3c").requestBody());
            List<ApiCallResponse> missing = lin.resourceDfnClone("nosuchrd", "x1");

            assertThat(unsupportedPools).singleElement().satisfies(reply -> {
                assertThat(reply.isError()).isTrue();
                assertThat(reply.message()).isEqualTo("Clone source contains unsupported storage pools");
            });
            assertThat(missing)
                    .singleElement()
                    .satisfies(reply ->
                            assertThat(reply.message()).isEqualTo("Resource definition 'nosuchrd' not found."));
        }
    }

    @Test
    void aControllerOlderThanTheCallsRestApiVersionIsRefusedNamingTheVersion() throws IOException {
        RestExample recorded = RestExample.live("001-controller-version");
        ObjectNode old = (ObjectNode) MAPPER.readTree(recorded.responseBody());
        old.put("rest_api_version", "1.9.2");
        try (RecordedController controller = new RecordedController()
                        .replace(new RestExample(
                                "version 1.9.2",
                                "GET",
                                "/v1/controller/version",
                                MissingNode.getInstance(),
                                200,
                                recorded.headers(),
                                MAPPER.writeValueAsBytes(old)));
                Linstor lin = Linstor.connect(controller.uri())) {
            assertThatThrownBy(() -> lin.resourceDfnClone("a3", "a3c"))
                    .isExactlyInstanceOf(LinstorError.class)
                    .hasMessageContaining("resourceDfnClone needs LINSTOR REST API 1.10.0 or newer")
                    .hasMessageContaining("serves REST API 1.9.2");
            assertThat(controller.calls()).isEmpty();
        }
    }
}
