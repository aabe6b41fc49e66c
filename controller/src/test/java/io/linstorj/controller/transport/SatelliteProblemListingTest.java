package io.linstorj.controller.transport;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.MsgLstNode;
import io.linstorj.protocol.linstor.MsgLstRsc;
import io.linstorj.protocol.linstor.Node;
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
        client.callForReplies(ApiCalls.CRT_NODE, WireRequests.satellite("alpha", "127.0.9.41", satellite.port()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> client.call(ApiCalls.LST_NODE)
                        .get(0)
                        .body(0, MsgLstNode.parser())
                        .getNodes(0)
                        .getConnectionStatus()
                        .equals(Node.ConnectionStatus.ONLINE));
        client.callForReplies(ApiCalls.CRT_RSC_DFN, WireRequests.definition("rsc1"));
        client.callForReplies(ApiCalls.CRT_VLM_DFN, WireRequests.volume("rsc1", 10240));

        client.callForReplies(ApiCalls.CRT_RSC, WireRequests.disklessResource("rsc1", "alpha"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            MsgLstRsc list = client.call(ApiCalls.LST_RSC).get(0).body(0, MsgLstRsc.parser());
            assertThat(list.getResourceStatesList()).singleElement().satisfies(state -> {
                assertThat(state.getRscName()).isEqualTo("rsc1");
                assertThat(state.getNodeName()).isEqualTo("alpha");
                assertThat(state.getReady()).isFalse();
            });
            assertThat(list.getResourceStates(0).getReportsList())
                    .singleElement()
                    .satisfies(report -> {
                        assertThat(report.getRetCode()).isEqualTo(FAIL_UNKNOWN_ERROR | MASK_RSC);
                        assertThat(report.getMessage()).contains("rsc1");
                        assertThat(report.getCause()).contains("max-buffers");
                        assertThat(report.getCorrection()).isNotEmpty();
                    });
        });
    }
}
