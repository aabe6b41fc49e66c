package io.linstorj.controller.transport;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.controller.observed.VolumeObservation;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ClientApiVersion;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.EventVlmDiskState;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgCrtNode;
import io.linstorj.protocol.linstor.MsgCrtRsc;
import io.linstorj.protocol.linstor.MsgCrtRscDfn;
import io.linstorj.protocol.linstor.MsgCrtVlmDfn;
import io.linstorj.protocol.linstor.MsgCrtWatch;
import io.linstorj.protocol.linstor.MsgEvent;
import io.linstorj.protocol.linstor.MsgLstNode;
import io.linstorj.protocol.linstor.MsgLstRsc;
import io.linstorj.protocol.linstor.MsgLstRscDfn;
import io.linstorj.protocol.linstor.NetInterface;
import io.linstorj.protocol.linstor.Node;
import io.linstorj.protocol.linstor.Rsc;
import io.linstorj.protocol.linstor.RscDfn;
import io.linstorj.protocol.linstor.RscWithPayload;
import io.linstorj.protocol.linstor.VlmDfn;
import io.linstorj.protocol.linstor.VlmDfnWithPayload;
import io.linstorj.protocol.proto.MsgHeader;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtocolServerTest {
    private static final int MAX_FRAME = 64 * 1024;

    @TempDir
    Path dataDirectory;

    private Controller controller;
    private final List<RawProtocolClient> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        controller = Controller.start(ControllerConfig.defaults(dataDirectory)
                .withListen("127.0.0.1", 0)
                .withMaxFrameLength(MAX_FRAME));
    }

    @AfterEach
    void stop() {
        clients.forEach(RawProtocolClient::close);
        controller.close();
    }

    private RawProtocolClient connect() throws InterruptedException {
        RawProtocolClient client = RawProtocolClient.connect(controller.address());
        clients.add(client);
        return client;
    }

    private static MsgCrtRscDfn resourceDefinition(String name) {
        return MsgCrtRscDfn.newBuilder()
                .setRscDfn(RscDfn.newBuilder().setRscName(name))
                .build();
    }

    @Test
    void versionIsSentOnAccept() throws InterruptedException {
        RawProtocolClient client = connect();

        assertThat(client.version().getVersion()).isEqualTo(ClientApiVersion.CURRENT);
        assertThat(client.version().getMinVersion()).isEqualTo(ClientApiVersion.MINIMUM);
        assertThat(client.version().getControllerInfo()).startsWith("LinstorJ controller");
    }

    @Test
    void nodeCreateAndListRoundTrip() throws InterruptedException {
        RawProtocolClient client = connect();

        List<ApiCallResponse> replies = client.callForReplies(
                ApiCalls.CRT_NODE,
                MsgCrtNode.newBuilder()
                        .setNode(Node.newBuilder()
                                .setName("alpha")
                                .setType("Satellite")
                                .addNetInterfaces(NetInterface.newBuilder()
                                        .setName("default")
                                        .setAddress("127.0.8.11")))
                        .build());
        List<ProtocolMessage> list = client.call(ApiCalls.LST_NODE);

        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.getRetCode()).isEqualTo(MASK_NODE | MASK_CRT | CREATED);
            assertThat(reply.getMessage()).isEqualTo("Node 'alpha' registered.");
            assertThat(reply.getObjRefsList())
                    .contains(LinStorMapEntry.newBuilder()
                            .setKey("Node")
                            .setValue("alpha")
                            .build());
        });
        assertThat(list).singleElement().satisfies(answer -> {
            assertThat(answer.content()).isEqualTo(ApiCalls.LST_NODE);
            Node node = answer.body(0, MsgLstNode.parser()).getNodes(0);
            assertThat(node.getName()).isEqualTo("alpha");
            assertThat(node.getType()).isEqualTo("SATELLITE");
            assertThat(node.getConnectionStatus()).isEqualTo(Node.ConnectionStatus.OFFLINE);
            assertThat(node.getNetInterfaces(0).getStltPort()).isEqualTo(3366);
        });
    }

    @Test
    void concurrentCallsOnOneConnectionAreAnsweredById() throws InterruptedException {
        RawProtocolClient client = connect();
        Map<Long, String> names = new HashMap<>();
        List<Long> listIds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long id = client.newId();
            names.put(id, "rsc" + i);
            client.send(id, ApiCalls.CRT_RSC_DFN, resourceDefinition("rsc" + i));
            if (i % 10 == 0) {
                long listId = client.newId();
                listIds.add(listId);
                client.send(listId, ApiCalls.LST_RSC_DFN);
            }
        }

        for (Map.Entry<Long, String> entry : names.entrySet()) {
            List<ProtocolMessage> answers = client.awaitAnswers(entry.getKey());
            assertThat(answers).singleElement().satisfies(answer -> {
                assertThat(answer.type()).isEqualTo(MsgHeader.MsgType.ANSWER);
                assertThat(answer.body(0, ApiCallResponse.parser()).getObjRefsList())
                        .contains(LinStorMapEntry.newBuilder()
                                .setKey("RscDfn")
                                .setValue(entry.getValue())
                                .build());
            });
        }
        for (long listId : listIds) {
            assertThat(client.awaitAnswers(listId))
                    .singleElement()
                    .satisfies(answer -> assertThat(answer.content()).isEqualTo(ApiCalls.LST_RSC_DFN));
        }
        MsgLstRscDfn all = client.call(ApiCalls.LST_RSC_DFN).get(0).body(0, MsgLstRscDfn.parser());
        assertThat(all.getRscDfnsCount()).isEqualTo(40);
        assertThat(all.getRscDfnsList())
                .extracting(RscDfn::getDrbdPort)
                .doesNotHaveDuplicates()
                .allMatch(port -> port >= 7000 && port <= 7999);
    }

    @Test
    void resourceListCarriesVolumesWithMinorsAndFilter() throws InterruptedException {
        RawProtocolClient client = connect();
        client.callForReplies(
                ApiCalls.CRT_NODE,
                MsgCrtNode.newBuilder()
                        .setNode(Node.newBuilder()
                                .setName("alpha")
                                .setType("Satellite")
                                .addNetInterfaces(NetInterface.newBuilder()
                                        .setName("default")
                                        .setAddress("127.0.8.11")))
                        .build());
        client.callForReplies(
                ApiCalls.CRT_RSC_DFN,
                MsgCrtRscDfn.newBuilder()
                        .setRscDfn(RscDfn.newBuilder().setRscName("rsc1"))
                        .setDrbdPort(7500)
                        .build());
        List<ApiCallResponse> volume = client.callForReplies(
                ApiCalls.CRT_VLM_DFN,
                MsgCrtVlmDfn.newBuilder()
                        .setRscName("rsc1")
                        .addVlmDfns(VlmDfnWithPayload.newBuilder()
                                .setVlmDfn(VlmDfn.newBuilder().setVlmSize(10240)))
                        .build());
        List<ApiCallResponse> resource = client.callForReplies(
                ApiCalls.CRT_RSC,
                MsgCrtRsc.newBuilder()
                        .addRscs(RscWithPayload.newBuilder()
                                .setRsc(Rsc.newBuilder()
                                        .setName("rsc1")
                                        .setNodeName("alpha")
                                        .addRscFlags("DISKLESS")))
                        .build());

        assertThat(volume).extracting(ApiCallResponse::getRetCode).containsExactly(MASK_VLM_DFN | MASK_CRT | CREATED);
        assertThat(resource).extracting(ApiCallResponse::getRetCode).containsExactly(MASK_RSC | MASK_CRT | CREATED);
        MsgLstRsc list = client.call(
                        ApiCalls.LST_RSC,
                        Filter.newBuilder().addNodeNames("alpha").build())
                .get(0)
                .body(0, MsgLstRsc.parser());
        assertThat(list.getResourcesList()).singleElement().satisfies(rsc -> {
            assertThat(rsc.getRscFlagsList()).contains("DISKLESS", "DRBD_DISKLESS");
            assertThat(rsc.getVlms(0).getMinorNr()).isEqualTo(1000);
            assertThat(rsc.getVlms(0).getStorPoolName()).isEqualTo("DfltDisklessStorPool");
            assertThat(rsc.getVlms(0).getProviderKindName()).isEqualTo("DISKLESS");
        });
        assertThat(list.getResourceStatesList()).isEmpty();
        MsgLstRscDfn definitions = client.call(ApiCalls.LST_RSC_DFN).get(0).body(0, MsgLstRscDfn.parser());
        assertThat(definitions.getRscDfns(0).getDrbdPort()).isEqualTo(7500);
    }

    @Test
    void unknownCallIsAnsweredWithUnknownApiCall() throws InterruptedException {
        RawProtocolClient client = connect();

        List<ApiCallResponse> replies = client.callForReplies("FlyToTheMoon");

        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.getRetCode()).isEqualTo(UNKNOWN_API_CALL);
            assertThat(reply.getMessage()).contains("FlyToTheMoon");
        });
        assertThat(client.call(ApiCalls.LST_NODE)).hasSize(1);
    }

    @Test
    void unparsableBodyIsAnsweredWithParseErrorAndConnectionStays() throws InterruptedException {
        RawProtocolClient client = connect();
        long id = client.newId();

        client.sendFramePayload(id, ApiCalls.CRT_NODE, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF});

        assertThat(client.awaitAnswers(id))
                .singleElement()
                .satisfies(answer -> assertThat(
                                answer.body(0, ApiCallResponse.parser()).getRetCode())
                        .isEqualTo(API_CALL_PARSE_ERROR));
        assertThat(client.callForReplies(ApiCalls.CRT_NODE))
                .singleElement()
                .satisfies(reply -> assertThat(reply.getRetCode()).isEqualTo(API_CALL_PARSE_ERROR));
        assertThat(client.call(ApiCalls.LST_NODE)).hasSize(1);
    }

    @Test
    void watchIsConfirmedThenReceivesEventsOfMatchingStreamsOnly() throws InterruptedException {
        RawProtocolClient client = connect();
        controller
                .observedState()
                .updateVolume(
                        "alpha",
                        "rsc1",
                        0,
                        new VolumeObservation("/dev/loop0", "/dev/drbd1000", "Inconsistent", OptionalLong.empty()));

        List<ApiCallResponse> replies = client.callForReplies(
                ApiCalls.CRT_WATCH,
                MsgCrtWatch.newBuilder().setWatchId(7).setResourceName("rsc1").build());
        controller
                .observedState()
                .updateVolume(
                        "alpha",
                        "other",
                        0,
                        new VolumeObservation("/dev/loop1", "/dev/drbd1001", "UpToDate", OptionalLong.empty()));
        controller
                .observedState()
                .updateVolume(
                        "alpha",
                        "rsc1",
                        0,
                        new VolumeObservation("/dev/loop0", "/dev/drbd1000", "UpToDate", OptionalLong.empty()));

        assertThat(replies)
                .singleElement()
                .satisfies(reply -> assertThat(reply.getRetCode()).isEqualTo(MASK_CRT | CREATED));
        assertThat(List.of(event(client.take()), event(client.take())))
                .containsExactly(
                        "7 Open VlmDiskState alpha/rsc1/0 Inconsistent", "7 Value VlmDiskState alpha/rsc1/0 UpToDate");
    }

    private static String event(ProtocolMessage frame) {
        assertThat(frame.type()).isEqualTo(MsgHeader.MsgType.ONEWAY);
        assertThat(frame.content()).isEqualTo(ApiCalls.EVENT);
        MsgEvent event = frame.body(0, MsgEvent.parser());
        return event.getWatchId() + " " + event.getEventAction() + " " + event.getEventName() + " "
                + event.getNodeName() + "/" + event.getResourceName() + "/" + event.getVolumeNumber() + " "
                + frame.body(1, EventVlmDiskState.parser()).getDiskState();
    }

    @Test
    void oversizedFrameClosesOnlyThatConnection() throws InterruptedException {
        RawProtocolClient bystander = connect();
        RawProtocolClient offender = connect();

        offender.sendRaw(ByteBuffer.allocate(16)
                .putInt(0)
                .putInt(MAX_FRAME + 1)
                .putLong(0)
                .array());

        assertThat(offender.awaitClosedByPeer()).isTrue();
        assertThat(bystander.callForReplies(ApiCalls.CRT_RSC_DFN, resourceDefinition("rsc1")))
                .singleElement()
                .satisfies(reply -> assertThat(reply.getRetCode()).isEqualTo(MASK_RSC_DFN | MASK_CRT | CREATED));
    }

    @Test
    void unparsableFramePayloadClosesOnlyThatConnection() throws InterruptedException {
        RawProtocolClient bystander = connect();
        RawProtocolClient offender = connect();

        offender.sendRaw(ByteBuffer.allocate(19)
                .putInt(0)
                .putInt(3)
                .putLong(0)
                .put((byte) 0xFF)
                .put((byte) 0xFF)
                .put((byte) 0xFF)
                .array());

        assertThat(offender.awaitClosedByPeer()).isTrue();
        assertThat(bystander.call(ApiCalls.LST_NODE)).hasSize(1);
    }

    @Test
    void malformedFrameHeaderClosesOnlyThatConnection() throws InterruptedException {
        RawProtocolClient bystander = connect();
        RawProtocolClient offender = connect();

        offender.sendRaw(
                ByteBuffer.allocate(20).putInt(7).putInt(4).putLong(0).putInt(0).array());

        assertThat(offender.awaitClosedByPeer()).isTrue();
        assertThat(bystander.call(ApiCalls.LST_NODE)).hasSize(1);
    }
}
