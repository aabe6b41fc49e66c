package io.linstorj.controller.transport;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.MsgCrtRscGrp;
import io.linstorj.protocol.linstor.MsgCrtVlmDfn;
import io.linstorj.protocol.linstor.MsgCrtVlmGrp;
import io.linstorj.protocol.linstor.MsgLstNode;
import io.linstorj.protocol.linstor.MsgLstRscDfn;
import io.linstorj.protocol.linstor.MsgLstVlmGrp;
import io.linstorj.protocol.linstor.RscGrp;
import io.linstorj.protocol.linstor.VlmDfn;
import io.linstorj.protocol.linstor.VlmDfnWithPayload;
import io.linstorj.protocol.linstor.VlmGrp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers that the wire marks as given (an {@code optional} field present) are judged
 * as given: a negative one is refused, never taken for "not given" and replaced by a default.
 */
class NumberFieldsOnTheWireTest {
    @TempDir
    Path dataDirectory;

    private Controller controller;
    private RawProtocolClient client;

    @BeforeEach
    void start() throws InterruptedException {
        controller = Controller.start(ControllerConfig.defaults(dataDirectory).withListen("127.0.0.1", 0));
        client = RawProtocolClient.connect(controller.address());
    }

    @AfterEach
    void stop() {
        client.close();
        controller.close();
    }

    private static List<Long> codes(List<ApiCallResponse> replies) {
        return replies.stream().map(ApiCallResponse::getRetCode).toList();
    }

    private List<ApiCallResponse> createVolumeDefinition(VlmDfnWithPayload.Builder volume) throws InterruptedException {
        volume.getVlmDfnBuilder().setVlmSize(10240);
        return client.callForReplies(
                ApiCalls.CRT_VLM_DFN,
                MsgCrtVlmDfn.newBuilder().setRscName("rsc1").addVlmDfns(volume).build());
    }

    private List<VlmDfn> volumeDefinitionsOfRsc1() throws InterruptedException {
        return client.call(ApiCalls.LST_RSC_DFN)
                .get(0)
                .body(0, MsgLstRscDfn.parser())
                .getRscDfns(0)
                .getVlmDfnsList();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -2, Integer.MIN_VALUE})
    void negativeVolumeNumberIsRefusedAndNothingStored(int number) throws InterruptedException {
        client.callForReplies(ApiCalls.CRT_RSC_DFN, WireRequests.definition("rsc1"));

        List<ApiCallResponse> replies = createVolumeDefinition(VlmDfnWithPayload.newBuilder()
                .setVlmDfn(VlmDfn.newBuilder().setVlmNr(number).buildPartial()));

        assertThat(codes(replies)).containsExactly(MASK_VLM_DFN | MASK_CRT | FAIL_INVLD_VLM_NR);
        assertThat(replies.get(0).getCause()).isNotEmpty();
        assertThat(replies.get(0).getCorrection()).isNotEmpty();
        assertThat(volumeDefinitionsOfRsc1()).isEmpty();
    }

    @Test
    void negativeMinorIsRefusedAndAbsentOneIsAllocated() throws InterruptedException {
        client.callForReplies(ApiCalls.CRT_RSC_DFN, WireRequests.definition("rsc1"));

        assertThat(codes(createVolumeDefinition(VlmDfnWithPayload.newBuilder().setDrbdMinorNr(-5))))
                .containsExactly(MASK_VLM_DFN | MASK_CRT | FAIL_INVLD_MINOR_NR);
        assertThat(volumeDefinitionsOfRsc1()).isEmpty();
        assertThat(codes(createVolumeDefinition(VlmDfnWithPayload.newBuilder())))
                .containsExactly(MASK_VLM_DFN | MASK_CRT | CREATED);
        assertThat(volumeDefinitionsOfRsc1()).extracting(VlmDfn::getVlmNr).containsExactly(0);
    }

    @Test
    void negativeVolumeGroupNumberIsRefusedAndNothingStored() throws InterruptedException {
        client.callForReplies(
                ApiCalls.CRT_RSC_GRP,
                MsgCrtRscGrp.newBuilder()
                        .setRscGrp(RscGrp.newBuilder().setName("gold"))
                        .build());

        List<ApiCallResponse> replies = client.callForReplies(
                ApiCalls.CRT_VLM_GRP,
                MsgCrtVlmGrp.newBuilder()
                        .setRscGrpName("gold")
                        .addVlmGrps(VlmGrp.newBuilder().setVlmNr(Integer.MIN_VALUE))
                        .build());

        assertThat(codes(replies)).containsExactly(MASK_VLM_GRP | MASK_CRT | FAIL_INVLD_VLM_NR);
        MsgLstVlmGrp list = client.call(
                        ApiCalls.LST_VLM_GRP,
                        Filter.newBuilder().addNames("gold").build())
                .get(0)
                .body(0, MsgLstVlmGrp.parser());
        assertThat(list.getVlmGrpsList()).isEmpty();
    }

    @Test
    void negativeSatellitePortOfNodeIsRefusedAndNoNodeStored() throws InterruptedException {
        List<ApiCallResponse> replies =
                client.callForReplies(ApiCalls.CRT_NODE, WireRequests.satellite("alpha", "127.0.0.11", -1));

        assertThat(codes(replies)).containsExactly(MASK_NODE | MASK_CRT | FAIL_INVLD_NET_PORT);
        assertThat(client.call(ApiCalls.LST_NODE)
                        .get(0)
                        .body(0, MsgLstNode.parser())
                        .getNodesList())
                .isEmpty();
    }
}
