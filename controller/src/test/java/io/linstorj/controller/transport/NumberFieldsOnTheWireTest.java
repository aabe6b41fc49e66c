package io.linstorj.controller.transport;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.MsgCrtNode;
import io.linstorj.protocol.proto.MsgCrtRscDfn;
import io.linstorj.protocol.proto.MsgCrtRscGrp;
import io.linstorj.protocol.proto.MsgCrtVlmDfn;
import io.linstorj.protocol.proto.MsgCrtVlmGrp;
import io.linstorj.protocol.proto.MsgListFilter;
import io.linstorj.protocol.proto.MsgLstNode;
import io.linstorj.protocol.proto.MsgLstRscDfn;
import io.linstorj.protocol.proto.MsgLstVlmGrp;
import io.linstorj.protocol.proto.NetInterface;
import io.linstorj.protocol.proto.Node;
import io.linstorj.protocol.proto.ResourceDefinition;
import io.linstorj.protocol.proto.ResourceGroup;
import io.linstorj.protocol.proto.VolumeDefinition;
import io.linstorj.protocol.proto.VolumeGroup;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers that the wire marks as given (proto3 {@code optional} present, or non-zero) are judged
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

    private static List<Long> codes(List<MsgApiCallResponse> replies) {
        return replies.stream().map(MsgApiCallResponse::getRetCode).toList();
    }

    private List<MsgApiCallResponse> createVolumeDefinition(VolumeDefinition.Builder volume)
            throws InterruptedException {
        return client.callForReplies(
                ApiCalls.CRT_VLM_DFN,
                MsgCrtVlmDfn.newBuilder()
                        .setResourceName("rsc1")
                        .addVolumeDefinitions(volume.setSizeKib(10240))
                        .build());
    }

    private List<VolumeDefinition> volumeDefinitionsOfRsc1() throws InterruptedException {
        return client.call(ApiCalls.LST_RSC_DFN)
                .get(0)
                .body(0, MsgLstRscDfn.parser())
                .getResourceDefinitions(0)
                .getVolumeDefinitionsList();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -2, Integer.MIN_VALUE})
    void negativeVolumeNumberIsRefusedAndNothingStored(int number) throws InterruptedException {
        client.callForReplies(
                ApiCalls.CRT_RSC_DFN,
                MsgCrtRscDfn.newBuilder()
                        .setResourceDefinition(ResourceDefinition.newBuilder().setName("rsc1"))
                        .build());

        List<MsgApiCallResponse> replies =
                createVolumeDefinition(VolumeDefinition.newBuilder().setVolumeNumber(number));

        assertThat(codes(replies)).containsExactly(MASK_VLM_DFN | MASK_CRT | FAIL_INVLD_VLM_NR);
        assertThat(replies.get(0).getCause()).isNotEmpty();
        assertThat(replies.get(0).getCorrection()).isNotEmpty();
        assertThat(volumeDefinitionsOfRsc1()).isEmpty();
    }

    @Test
    void negativeMinorIsRefusedAndAbsentOneIsAllocated() throws InterruptedException {
        client.callForReplies(
                ApiCalls.CRT_RSC_DFN,
                MsgCrtRscDfn.newBuilder()
                        .setResourceDefinition(ResourceDefinition.newBuilder().setName("rsc1"))
                        .build());

        assertThat(codes(createVolumeDefinition(VolumeDefinition.newBuilder().setMinorNumber(-5))))
                .containsExactly(MASK_VLM_DFN | MASK_CRT | FAIL_INVLD_MINOR_NR);
        assertThat(volumeDefinitionsOfRsc1()).isEmpty();
        assertThat(codes(createVolumeDefinition(VolumeDefinition.newBuilder())))
                .containsExactly(MASK_VLM_DFN | MASK_CRT | CREATED);
        assertThat(volumeDefinitionsOfRsc1())
                .extracting(VolumeDefinition::getVolumeNumber)
                .containsExactly(0);
    }

    @Test
    void negativeVolumeGroupNumberIsRefusedAndNothingStored() throws InterruptedException {
        client.callForReplies(
                ApiCalls.CRT_RSC_GRP,
                MsgCrtRscGrp.newBuilder()
                        .setResourceGroup(ResourceGroup.newBuilder().setName("gold"))
                        .build());

        List<MsgApiCallResponse> replies = client.callForReplies(
                ApiCalls.CRT_VLM_GRP,
                MsgCrtVlmGrp.newBuilder()
                        .setResourceGroupName("gold")
                        .addVolumeGroups(VolumeGroup.newBuilder().setVolumeNumber(Integer.MIN_VALUE))
                        .build());

        assertThat(codes(replies)).containsExactly(MASK_VLM_GRP | MASK_CRT | FAIL_INVLD_VLM_NR);
        MsgLstVlmGrp list = client.call(
                        ApiCalls.LST_VLM_GRP,
                        MsgListFilter.newBuilder().addNames("gold").build())
                .get(0)
                .body(0, MsgLstVlmGrp.parser());
        assertThat(list.getVolumeGroupsList()).isEmpty();
    }

    @Test
    void negativeSatellitePortOfNodeIsRefusedAndNoNodeStored() throws InterruptedException {
        List<MsgApiCallResponse> replies = client.callForReplies(
                ApiCalls.CRT_NODE,
                MsgCrtNode.newBuilder()
                        .setNode(Node.newBuilder()
                                .setName("alpha")
                                .setType("Satellite")
                                .addNetInterfaces(NetInterface.newBuilder()
                                        .setName("default")
                                        .setAddress("127.0.0.11")
                                        .setSatellitePort(-1)))
                        .build());

        assertThat(codes(replies)).containsExactly(MASK_NODE | MASK_CRT | FAIL_INVLD_NET_PORT);
        assertThat(client.call(ApiCalls.LST_NODE)
                        .get(0)
                        .body(0, MsgLstNode.parser())
                        .getNodesList())
                .isEmpty();
    }
}
