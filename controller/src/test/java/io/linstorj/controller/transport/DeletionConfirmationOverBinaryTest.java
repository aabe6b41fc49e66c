package io.linstorj.controller.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.controller.resource.DeletionWatch;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.MsgDelRsc;
import io.linstorj.protocol.linstor.MsgDelRscDfn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DelRsc and DelRscDfn on LINSTOR's client protocol answer, as LINSTOR's controller did, once the
 * satellites confirmed the deletion. The satellites are stood in for: the test marks the nodes
 * ONLINE and delivers their confirmation through the call the satellite link makes; the client
 * side runs over a real socket.
 */
class DeletionConfirmationOverBinaryTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDirectory;

    private Controller controller;
    private RawProtocolClient client;

    @BeforeEach
    void start() throws Exception {
        controller = Controller.start(ControllerConfig.defaults(dataDirectory).withListen("127.0.0.1", 0));
        client = RawProtocolClient.connect(controller.address());
        for (String node : List.of("n1", "n2")) {
            client.callForReplies(
                    ApiCalls.CRT_NODE, WireRequests.satellite(node, "127.0.9." + node.substring(1), 3366));
        }
        client.callForReplies(ApiCalls.CRT_RSC_DFN, WireRequests.definition("rd1"));
        client.callForReplies(ApiCalls.CRT_VLM_DFN, WireRequests.volume("rd1", 10240));
        for (String node : List.of("n1", "n2")) {
            client.callForReplies(ApiCalls.CRT_RSC, WireRequests.disklessResource("rd1", node));
            controller.observedState().updateConnectionStatus(node, "ONLINE");
        }
    }

    @AfterEach
    void stop() {
        client.close();
        controller.close();
    }

    private DeletionWatch watch() {
        return controller.services().resources().deletionWatch();
    }

    private void satelliteConfirms(String node) throws Exception {
        controller.services().resources().deletion().confirmGone(node, "rd1").get(30, TimeUnit.SECONDS);
    }

    private CompletableFuture<List<ApiCallResponse>> inBackground(String call, com.google.protobuf.MessageLite body) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return client.callForReplies(call, body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aResourceDeleteAnswersOnceTheSatelliteConfirmed() throws Exception {
        CompletableFuture<List<ApiCallResponse>> deleting = inBackground(
                ApiCalls.DEL_RSC,
                MsgDelRsc.newBuilder().setRscName("rd1").setNodeName("n1").build());
        await().atMost(WAIT).until(() -> watch().waiting() == 1);
        assertThat(deleting).as("no answer before the satellite confirmed").isNotDone();

        satelliteConfirms("n1");
        List<ApiCallResponse> deleted = deleting.get(60, TimeUnit.SECONDS);

        assertThat(deleted)
                .extracting(ApiCallResponse::getMessage)
                .containsExactly(
                        "Node: n1, Resource: rd1 marked for deletion.", "Node: n1, Resource: rd1 deletion complete.");
        assertThat(deleted)
                .allSatisfy(reply ->
                        assertThat(reply.getRetCode() & RetCodes.MASK_ERROR).isZero());
        // The waiter is forgotten when its future completes, not necessarily before the answer goes out.
        await().atMost(WAIT).until(() -> watch().waiting() == 0);
    }

    @Test
    void aDefinitionDeleteAnswersOnceEverySatelliteConfirmed() throws Exception {
        CompletableFuture<List<ApiCallResponse>> deleting = inBackground(
                ApiCalls.DEL_RSC_DFN,
                MsgDelRscDfn.newBuilder().setRscName("rd1").build());
        await().atMost(WAIT).until(() -> watch().waiting() == 1);
        satelliteConfirms("n1");
        assertThat(deleting).as("n2 has yet to confirm").isNotDone();

        satelliteConfirms("n2");
        List<ApiCallResponse> deleted = deleting.get(60, TimeUnit.SECONDS);

        assertThat(deleted)
                .extracting(ApiCallResponse::getMessage)
                .first()
                .isEqualTo("Resource definition 'rd1' marked for deletion.");
        assertThat(deleted)
                .extracting(ApiCallResponse::getMessage)
                .last()
                .isEqualTo("Resource definition 'rd1' deleted.");
    }

    @Test
    void aDeleteOnAnOfflineNodeAnswersAtOnceWithTheWarning() throws Exception {
        controller.observedState().updateConnectionStatus("n1", "OFFLINE");

        List<ApiCallResponse> marked = client.callForReplies(
                ApiCalls.DEL_RSC,
                MsgDelRsc.newBuilder().setRscName("rd1").setNodeName("n1").build());

        assertThat(marked)
                .anySatisfy(reply -> assertThat(reply.getRetCode() & RetCodes.MASK_BITS_CODE)
                        .isEqualTo(RetCodes.WARN_NOT_CONNECTED & RetCodes.MASK_BITS_CODE));
        // The waiter is forgotten when its future completes, not necessarily before the answer goes out.
        await().atMost(WAIT).until(() -> watch().waiting() == 0);
    }
}
