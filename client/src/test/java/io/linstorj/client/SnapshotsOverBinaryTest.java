package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.common.RetCodes;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.EventSnapshotState;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgCloneRscDfn;
import io.linstorj.protocol.linstor.MsgCloneRscDfnStatus;
import io.linstorj.protocol.linstor.MsgCrtSnapshot;
import io.linstorj.protocol.linstor.MsgCrtWatch;
import io.linstorj.protocol.linstor.MsgDelSnapshot;
import io.linstorj.protocol.linstor.MsgEvent;
import io.linstorj.protocol.linstor.MsgLstSnapshotDfn;
import io.linstorj.protocol.linstor.MsgRestoreSnapshotRsc;
import io.linstorj.protocol.linstor.MsgRestoreSnapshotVlmDfn;
import io.linstorj.protocol.linstor.MsgRollbackSnapshot;
import io.linstorj.protocol.linstor.RestoreNode;
import io.linstorj.protocol.linstor.Snapshot;
import io.linstorj.protocol.linstor.SnapshotDfn;
import io.linstorj.protocol.linstor.SnapshotVlmDfn;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Over the client protocol the snapshot calls travel in LINSTOR's snapshot messages (with
 * LinstorJ's additions) and LinstorJ's clone messages: each call sends its body as the
 * controller's LINSTOR dialect parses it, and the controller's entries, list and events come back
 * as over REST.
 * (Against a real controller: the rest module's ClientSnapshotsOverBothTransportsTest.)
 */
class SnapshotsOverBinaryTest {
    private FakeController controller;
    private Linstor lin;

    @BeforeEach
    void connect() {
        controller = FakeController.start();
        lin = Linstor.connect(controller.uri());
    }

    @AfterEach
    void disconnect() {
        lin.close();
        controller.close();
    }

    @Test
    void snapshotCreateSendsTheResourceSnapshotAndNodes() throws Exception {
        List<ApiCallResponse> replies = lin.snapshotCreate("rsc1", "s1", List.of("alpha"));

        assertThat(replies)
                .singleElement()
                .satisfies(reply -> assertThat(reply.isError()).isFalse());
        SnapshotDfn body = controller
                .takeCall(ApiCalls.CRT_SNAPSHOT)
                .body(0, MsgCrtSnapshot.parser())
                .getSnapshotDfn();
        assertThat(body.getRscName()).isEqualTo("rsc1");
        assertThat(body.getSnapshotName()).isEqualTo("s1");
        assertThat(body.getSnapshotsList()).extracting(Snapshot::getNodeName).containsExactly("alpha");
    }

    @Test
    void snapshotDeleteRestoreRollbackAndCloneSendTheirBodies() throws Exception {
        lin.snapshotDelete("rsc1", "s1", List.of("bravo"));
        MsgDelSnapshot delete = controller.takeCall(ApiCalls.DEL_SNAPSHOT).body(0, MsgDelSnapshot.parser());
        assertThat(List.of(delete.getRscName(), delete.getSnapshotName())).containsExactly("rsc1", "s1");
        assertThat(delete.getNodeNamesList()).containsExactly("bravo");

        lin.snapshotVolumeDfnRestore("rsc1", "s1", "rsc2");
        MsgRestoreSnapshotVlmDfn volumes =
                controller.takeCall(ApiCalls.RESTORE_VLM_DFN).body(0, MsgRestoreSnapshotVlmDfn.parser());
        assertThat(List.of(volumes.getFromResourceName(), volumes.getFromSnapshotName(), volumes.getToResourceName()))
                .containsExactly("rsc1", "s1", "rsc2");

        lin.snapshotRestore("rsc1", "s1", "rsc2", List.of("alpha"));
        MsgRestoreSnapshotRsc restore =
                controller.takeCall(ApiCalls.RESTORE_SNAPSHOT).body(0, MsgRestoreSnapshotRsc.parser());
        assertThat(List.of(restore.getFromResourceName(), restore.getFromSnapshotName(), restore.getToResourceName()))
                .containsExactly("rsc1", "s1", "rsc2");
        assertThat(restore.getNodesList()).extracting(RestoreNode::getName).containsExactly("alpha");

        lin.snapshotRollback("rsc1", "s1");
        MsgRollbackSnapshot rollback =
                controller.takeCall(ApiCalls.ROLLBACK_SNAPSHOT).body(0, MsgRollbackSnapshot.parser());
        assertThat(List.of(rollback.getRscName(), rollback.getSnapshotName())).containsExactly("rsc1", "s1");

        lin.resourceDfnClone("rsc1", "rsc3");
        MsgCloneRscDfn clone = controller.takeCall(ApiCalls.CLONE_RSC_DFN).body(0, MsgCloneRscDfn.parser());
        assertThat(List.of(clone.getRscName(), clone.getCloneName())).containsExactly("rsc1", "rsc3");
    }

    @Test
    void snapshotListSendsItsFilterAndReadsTheSnapshots() throws Exception {
        controller.answerWith(call -> List.of(FakeController.listAnswer(
                call.apiCallId(),
                ApiCalls.LST_SNAPSHOT_DFN,
                MsgLstSnapshotDfn.newBuilder()
                        .addSnapshotDfns(SnapshotDfn.newBuilder()
                                .setSnapshotName("s1")
                                .setRscName("rsc1")
                                .addSnapshots(Snapshot.newBuilder().setNodeName("alpha"))
                                .addSnapshotDfnFlags("SUCCESSFUL")
                                .addSnapshotDfnProps(LinStorMapEntry.newBuilder()
                                        .setKey("Aux/a")
                                        .setValue("1"))
                                .addSnapshotVlmDfns(
                                        SnapshotVlmDfn.newBuilder().setVlmNr(0).setVlmSize(1024)))
                        .build())));

        List<SnapshotInfo> snapshots =
                lin.snapshotList(List.of("alpha"), List.of("rsc1")).get(0).snapshots();

        assertThat(snapshots)
                .containsExactly(new SnapshotInfo(
                        "s1",
                        "rsc1",
                        List.of("alpha"),
                        List.of("SUCCESSFUL"),
                        java.util.Map.of("Aux/a", "1"),
                        List.of(new SnapshotVolumeInfo(0, 1024))));
        Filter filter = controller.takeCall(ApiCalls.LST_SNAPSHOT_DFN).body(0, Filter.parser());
        assertThat(filter.getNodeNamesList()).containsExactly("alpha");
        assertThat(filter.getResourceNamesList()).containsExactly("rsc1");
    }

    @Test
    void cloneStatusAsksForTheCloneOfTheSourceAndReadsItsStatus() throws Exception {
        controller.answerWith(call -> List.of(FakeController.listAnswer(
                call.apiCallId(),
                ApiCalls.CLONE_RSC_DFN_STATUS,
                call.body(0, MsgCloneRscDfnStatus.parser()).toBuilder()
                        .setStatus("CLONING")
                        .build())));

        assertThat(lin.resourceDfnCloneStatus("rsc1", "rsc3")).isEqualTo("CLONING");
        MsgCloneRscDfnStatus asked =
                controller.takeCall(ApiCalls.CLONE_RSC_DFN_STATUS).body(0, MsgCloneRscDfnStatus.parser());
        assertThat(List.of(asked.getRscName(), asked.getCloneName())).containsExactly("rsc1", "rsc3");
    }

    @Test
    void aRefusedListRaisesTheControllersEntries() {
        controller.answerWith(call -> List.of(FakeController.reply(
                call.apiCallId(),
                FakeController.response(RetCodes.MASK_ERROR | RetCodes.FAIL_NOT_FOUND_NODE, "Node not found."))));

        assertThatThrownBy(() -> lin.snapshotList()).isInstanceOf(LinstorApiCallError.class);
    }

    @Test
    void aSnapshotWatchDeliversItsStateWithoutANodeName() throws Exception {
        controller.followWith(call -> ApiCalls.CRT_WATCH.equals(call.content())
                ? List.of(FakeController.event(
                        MsgEvent.newBuilder()
                                .setWatchId(call.body(0, MsgCrtWatch.parser()).getWatchId())
                                .setEventAction(Consts.EVENT_STREAM_VALUE)
                                .setEventName(Consts.EVENT_SNAPSHOT_DEPLOYMENT)
                                .setResourceName("rsc1")
                                .setSnapshotName("s1")
                                .build(),
                        EventSnapshotState.newBuilder()
                                .setState(SnapshotState.SUCCESSFUL)
                                .build()))
                : List.of());
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();

        Object result = lin.watchEvents(
                Linstor::returnIfFailure,
                (header, data) -> {
                    seen.add(header.resourceName() + "/" + header.snapshotName() + " node '" + header.nodeName() + "'");
                    return data instanceof SnapshotState state && state.isFinal() ? state : null;
                },
                ObjectIdentifier.builder()
                        .resourceName("rsc1")
                        .snapshotName("s1")
                        .build());

        assertThat(result).isEqualTo(new SnapshotState(SnapshotState.SUCCESSFUL, List.of()));
        assertThat(seen).containsExactly("rsc1/s1 node ''");
        MsgCrtWatch watch = controller.takeCall(ApiCalls.CRT_WATCH).body(0, MsgCrtWatch.parser());
        assertThat(watch.getSnapshotName()).isEqualTo("s1");
        assertThat(watch.getSnapshotEvents())
                .as("asks for SnapshotDeployment events")
                .isTrue();
    }

    @Test
    void theHighLevelSnapshotOperationsCheckTheirNamesAndSendTheirCalls() throws Exception {
        Resource rsc1 = new Resource("rsc1", lin);

        rsc1.snapshot("s1");
        rsc1.rollback("s1");
        rsc1.clone("rsc2");

        assertThat(controller.drainCallNames())
                .containsSubsequence(ApiCalls.CRT_SNAPSHOT, ApiCalls.ROLLBACK_SNAPSHOT, ApiCalls.CLONE_RSC_DFN);
        assertThatThrownBy(() -> rsc1.snapshot(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
