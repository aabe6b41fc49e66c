package io.linstorj.controller.transport;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.proto.MsgCrtNode;
import io.linstorj.protocol.proto.MsgCrtRsc;
import io.linstorj.protocol.proto.MsgCrtRscDfn;
import io.linstorj.protocol.proto.MsgCrtVlmDfn;
import io.linstorj.protocol.proto.MsgLstNode;
import io.linstorj.protocol.proto.MsgLstRsc;
import io.linstorj.protocol.proto.NetInterface;
import io.linstorj.protocol.proto.Node;
import io.linstorj.protocol.proto.Resource;
import io.linstorj.protocol.proto.ResourceDefinition;
import io.linstorj.protocol.proto.VolumeDefinition;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resource its satellite cannot realise is listed with the satellite's reason. */
class SatelliteProblemListingTest {
    @TempDir
    Path dataDirectory;

    private Controller controller;
    private RawProtocolClient client;
    private FakeSatellite satellite;

    @BeforeEach
    void start() throws InterruptedException {
        controller = Controller.start(ControllerConfig.defaults(dataDirectory).withListen("127.0.0.1", 0));
        client = RawProtocolClient.connect(controller.address());
        satellite = FakeSatellite.start("127.0.9.41", 1024 * 1024, 1024 * 1024);
    }

    @AfterEach
    void stop() {
        client.close();
        controller.close();
        satellite.close();
    }

    @Test
    void resourceListCarriesTheSatellitesReasonUntilTheResourceIsRealised() throws InterruptedException {
        satellite.failResources("the DRBD net option 'max-buffers' has an invalid value");
        client.callForReplies(
                ApiCalls.CRT_NODE,
                MsgCrtNode.newBuilder()
                        .setNode(Node.newBuilder()
                                .setName("alpha")
                                .setType("Satellite")
                                .addNetInterfaces(NetInterface.newBuilder()
                                        .setName("default")
                                        .setAddress("127.0.9.41")
                                        .setSatellitePort(satellite.port())))
                        .build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> client.call(ApiCalls.LST_NODE)
                        .get(0)
                        .body(0, MsgLstNode.parser())
                        .getNodes(0)
                        .getConnectionStatus()
                        .equals("ONLINE"));
        client.callForReplies(
                ApiCalls.CRT_RSC_DFN,
                MsgCrtRscDfn.newBuilder()
                        .setResourceDefinition(ResourceDefinition.newBuilder().setName("rsc1"))
                        .build());
        client.callForReplies(
                ApiCalls.CRT_VLM_DFN,
                MsgCrtVlmDfn.newBuilder()
                        .setResourceName("rsc1")
                        .addVolumeDefinitions(VolumeDefinition.newBuilder().setSizeKib(10240))
                        .build());

        client.callForReplies(
                ApiCalls.CRT_RSC,
                MsgCrtRsc.newBuilder()
                        .setResourceName("rsc1")
                        .setNodeName("alpha")
                        .addFlags("DISKLESS")
                        .build());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Resource resource = client.call(ApiCalls.LST_RSC)
                    .get(0)
                    .body(0, MsgLstRsc.parser())
                    .getResources(0);
            assertThat(resource.getState().getReady()).isFalse();
            assertThat(resource.getState().getReportsList()).singleElement().satisfies(report -> {
                assertThat(report.getRetCode()).isEqualTo(FAIL_UNKNOWN_ERROR | MASK_RSC);
                assertThat(report.getMessage()).contains("rsc1");
                assertThat(report.getCause()).contains("max-buffers");
                assertThat(report.getCorrection()).isNotEmpty();
            });
        });
    }
}
