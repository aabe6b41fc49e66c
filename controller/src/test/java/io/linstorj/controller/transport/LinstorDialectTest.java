package io.linstorj.controller.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgCrtRscDfn;
import io.linstorj.protocol.linstor.MsgCrtSnapshot;
import io.linstorj.protocol.linstor.MsgCrtVlmDfn;
import io.linstorj.protocol.linstor.MsgLstCtrlCfgProps;
import io.linstorj.protocol.linstor.MsgLstRscDfn;
import io.linstorj.protocol.linstor.MsgLstSnapshotDfn;
import io.linstorj.protocol.linstor.MsgModCtrl;
import io.linstorj.protocol.linstor.MsgModKvs;
import io.linstorj.protocol.linstor.MsgModVlmDfn;
import io.linstorj.protocol.linstor.MsgRspKvs;
import io.linstorj.protocol.linstor.RscDfn;
import io.linstorj.protocol.linstor.SnapshotDfn;
import io.linstorj.protocol.linstor.VlmDfn;
import io.linstorj.protocol.linstor.VlmDfnWithPayload;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LINSTOR's client protocol on the controller's client port: what it accepts, refuses and answers. */
class LinstorDialectTest {
    @TempDir
    Path dataDirectory;

    private Controller start() {
        return Controller.start(ControllerConfig.defaults(dataDirectory).withListen("127.0.0.1", 0));
    }

    @Test
    void connectionWithoutDialectRequestSpeaksLinstorsShapes() throws Exception {
        try (Controller controller = start();
                RawProtocolClient client = RawProtocolClient.connect(controller.address())) {
            List<ApiCallResponse> created = client.callForReplies(
                    ApiCalls.CRT_RSC_DFN,
                    MsgCrtRscDfn.newBuilder()
                            .setRscDfn(RscDfn.newBuilder().setRscName("rsc1"))
                            .build());
            List<ApiCallResponse> volume = client.callForReplies(
                    ApiCalls.CRT_VLM_DFN,
                    MsgCrtVlmDfn.newBuilder()
                            .setRscName("rsc1")
                            .addVlmDfns(VlmDfnWithPayload.newBuilder()
                                    .setVlmDfn(VlmDfn.newBuilder().setVlmSize(4096))
                                    .setDrbdMinorNr(1500))
                            .build());

            assertThat(created)
                    .extracting(ApiCallResponse::getRetCode)
                    .containsExactly(RetCodes.MASK_RSC_DFN | RetCodes.MASK_CRT | RetCodes.CREATED);
            assertThat(created.get(0).getObjRefsList()).contains(WireRequests.entry("RscDfn", "rsc1"));
            assertThat(volume)
                    .extracting(ApiCallResponse::getRetCode)
                    .containsExactly(RetCodes.MASK_VLM_DFN | RetCodes.MASK_CRT | RetCodes.CREATED);
            ProtocolMessage list = client.call(ApiCalls.LST_RSC_DFN).get(0);
            RscDfn definition = list.body(0, MsgLstRscDfn.parser()).getRscDfns(0);
            assertThat(definition.getRscName()).isEqualTo("rsc1");
            assertThat(definition.getLayerData(0).getDrbd().getPort()).isPositive();
            assertThat(definition.getLayerData(0).getDrbd().getSecret()).isEmpty();
            assertThat(definition.getVlmDfns(0).getVlmSize()).isEqualTo(4096);
            assertThat(definition.getVlmDfns(0).getLayerData(0).getDrbd().getMinor())
                    .isEqualTo(1500);
        }
    }

    @Test
    void whatLinstorjCannotHonourIsRefusedBeforeAnythingIsStored() throws Exception {
        try (Controller controller = start();
                RawProtocolClient client = RawProtocolClient.connect(controller.address())) {
            List<ApiCallResponse> withSecret = client.callForReplies(
                    ApiCalls.CRT_RSC_DFN,
                    MsgCrtRscDfn.newBuilder()
                            .setRscDfn(RscDfn.newBuilder().setRscName("secret1"))
                            .setDrbdSecret("chosen")
                            .build());
            client.callForReplies(
                    ApiCalls.CRT_RSC_DFN,
                    MsgCrtRscDfn.newBuilder()
                            .setRscDfn(RscDfn.newBuilder().setRscName("rsc1"))
                            .build());
            client.callForReplies(
                    ApiCalls.CRT_VLM_DFN,
                    MsgCrtVlmDfn.newBuilder()
                            .setRscName("rsc1")
                            .addVlmDfns(VlmDfnWithPayload.newBuilder()
                                    .setVlmDfn(VlmDfn.newBuilder().setVlmSize(4096)))
                            .build());
            List<ApiCallResponse> newMinor = client.callForReplies(
                    ApiCalls.MOD_VLM_DFN,
                    MsgModVlmDfn.newBuilder()
                            .setRscName("rsc1")
                            .setVlmNr(0)
                            .setVlmMinor(1777)
                            .setVlmSize(8192)
                            .build());
            List<ApiCallResponse> twoProps = client.callForReplies(
                    ApiCalls.SET_CTRL_PROP,
                    MsgModCtrl.newBuilder()
                            .addOverrideProps(WireRequests.entry("a", "1"))
                            .addOverrideProps(WireRequests.entry("b", "2"))
                            .build());

            assertThat(withSecret).singleElement().satisfies(reply -> {
                assertThat(reply.getRetCode())
                        .isEqualTo(RetCodes.FAIL_INVLD_REQUEST | RetCodes.MASK_RSC_DFN | RetCodes.MASK_CRT);
                assertThat(reply.getCorrection()).contains("drbd_secret");
            });
            assertThat(newMinor)
                    .extracting(ApiCallResponse::getRetCode)
                    .containsExactly(RetCodes.FAIL_INVLD_MINOR_NR | RetCodes.MASK_VLM_DFN | RetCodes.MASK_MOD);
            assertThat(twoProps)
                    .extracting(ApiCallResponse::getRetCode)
                    .containsExactly(RetCodes.FAIL_INVLD_REQUEST | RetCodes.MASK_CTRL_CONF | RetCodes.MASK_MOD);
            MsgLstRscDfn list = client.call(ApiCalls.LST_RSC_DFN).get(0).body(0, MsgLstRscDfn.parser());
            assertThat(list.getRscDfnsList()).extracting(RscDfn::getRscName).containsExactly("rsc1");
            assertThat(list.getRscDfns(0).getVlmDfns(0).getVlmSize()).isEqualTo(4096);
            MsgLstCtrlCfgProps props =
                    client.call(ApiCalls.LST_CTRL_PROPS).get(0).body(0, MsgLstCtrlCfgProps.parser());
            assertThat(props.getPropsList()).extracting(LinStorMapEntry::getKey).doesNotContain("a", "b");
        }
    }

    @Test
    void largeAnswerGoesOutWholeSinceLinstorsClientsKnowNoParts() throws Exception {
        try (Controller controller = start();
                RawProtocolClient client = RawProtocolClient.connect(controller.address())) {
            MsgModKvs.Builder modify = MsgModKvs.newBuilder().setKvsName("big");
            for (int i = 0; i < 150; i++) {
                modify.addOverrideProps(WireRequests.entry("key" + i, "v".repeat(10_000)));
            }
            client.callForReplies(ApiCalls.MOD_KVS, modify.build());

            List<ProtocolMessage> answers = client.call(ApiCalls.LST_KVS);

            assertThat(answers).singleElement().satisfies(answer -> {
                assertThat(answer.content()).isEqualTo(ApiCalls.LST_KVS);
                assertThat(answer.body(0, MsgRspKvs.parser())
                                .getKeyValueStore(0)
                                .getPropsCount())
                        .isEqualTo(150);
            });
        }
    }

    @Test
    void snapshotOfADefinitionWithoutVolumesIsRefusedAndNothingIsListed() throws Exception {
        try (Controller controller = start();
                RawProtocolClient client = RawProtocolClient.connect(controller.address())) {
            client.callForReplies(
                    ApiCalls.CRT_RSC_DFN,
                    MsgCrtRscDfn.newBuilder()
                            .setRscDfn(RscDfn.newBuilder().setRscName("rsc1"))
                            .build());

            List<ApiCallResponse> refused = client.callForReplies(
                    ApiCalls.CRT_SNAPSHOT,
                    MsgCrtSnapshot.newBuilder()
                            .setSnapshotDfn(
                                    SnapshotDfn.newBuilder().setRscName("rsc1").setSnapshotName("snap1"))
                            .build());

            assertThat(refused)
                    .extracting(ApiCallResponse::getRetCode)
                    .allSatisfy(code -> assertThat(code & RetCodes.MASK_ERROR).isEqualTo(RetCodes.MASK_ERROR))
                    .anySatisfy(code -> assertThat(code & 0x3FFF).isEqualTo(RetCodes.FAIL_NOT_FOUND_VLM_DFN & 0x3FFF));
            MsgLstSnapshotDfn list =
                    client.call(ApiCalls.LST_SNAPSHOT_DFN).get(0).body(0, MsgLstSnapshotDfn.parser());
            assertThat(list.getSnapshotDfnsList()).isEmpty();
        }
    }

    @Test
    void controllerCanAnnounceApiVersion3ForPythonLinstor07() throws Exception {
        ControllerServer server = ControllerServer.start(
                "127.0.0.1",
                0,
                ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH,
                new ClientCalls(Map.of(), 3),
                new ClientSessions(),
                "test controller",
                ClientLimits.DEFAULTS);
        try (RawProtocolClient client = RawProtocolClient.connect(server.localAddress())) {
            assertThat(client.version().getVersion()).isEqualTo(3);
            assertThat(client.version().getMinVersion()).isEqualTo(3);
        } finally {
            server.close();
        }
    }

    @Test
    void controllerConfiguredForApiVersion3AnnouncesIt() throws Exception {
        try (Controller controller = Controller.start(ControllerConfig.defaults(dataDirectory)
                        .withListen("127.0.0.1", 0)
                        .withClientApiVersion(3));
                RawProtocolClient client = RawProtocolClient.connect(controller.address())) {
            assertThat(client.version().getVersion()).isEqualTo(3);
            assertThat(client.version().getMinVersion()).isEqualTo(3);
        }
    }

    @Test
    void apiVersionsThisBuildDoesNotServeCannotBeAnnounced() {
        assertThatThrownBy(() -> new ClientCalls(Map.of(), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 to 4, not 5");
        assertThatThrownBy(() -> new ClientProtocolAdapter("127.0.0.1", 0, 1024, ClientLimits.DEFAULTS, "x", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 to 4, not 2");
        assertThatThrownBy(() -> ControllerConfig.defaults(dataDirectory).withClientApiVersion(5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3..4: 5");
    }
}
