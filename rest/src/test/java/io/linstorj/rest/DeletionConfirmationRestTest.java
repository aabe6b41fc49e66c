package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.controller.resource.DeletionWatch;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resource or definition DELETE answers, as LINSTOR's does, once the satellites confirmed the
 * deletion, and within a bound otherwise. The nodes' satellites are stood in for: the test marks
 * them ONLINE and delivers their confirmation through the same call the satellite link makes
 * ({@code ResourceDeletion.confirmGone}); the REST side runs over real sockets.
 */
class DeletionConfirmationRestTest {
    private static final Duration LONG_WAIT = Duration.ofMinutes(2);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    private RestFixture rest;

    /** A controller with rd1 on n1 and n2, both nodes' satellites ONLINE. */
    private void start(Duration deletionWait) {
        rest = new RestFixture(dataDir, deletionWait);
        rest.createNode("n1", "127.0.9.1", 3366);
        rest.createNode("n2", "127.0.9.2", 3366);
        rest.createDefinition("rd1", 10240);
        for (String node : List.of("n1", "n2")) {
            assertThat(rest.post(
                                    "/v1/resource-definitions/rd1/resources",
                                    "[{\"resource\":{\"node_name\":\"" + node + "\",\"flags\":[\"DISKLESS\"]}}]")
                            .status())
                    .isEqualTo(201);
            rest.controller().observedState().updateConnectionStatus(node, "ONLINE");
        }
    }

    @AfterEach
    void stop() {
        if (rest != null) {
            rest.close();
        }
    }

    private DeletionWatch watch() {
        return rest.controller().services().resources().deletionWatch();
    }

    private void satelliteConfirms(String node, String resource) throws Exception {
        rest.controller()
                .services()
                .resources()
                .deletion()
                .confirmGone(node, resource)
                .get(30, TimeUnit.SECONDS);
    }

    private CompletableFuture<RestAnswer> deleteInBackground(String path) {
        return CompletableFuture.supplyAsync(() -> rest.delete(path));
    }

    private static List<Long> retCodes(RestAnswer answer) {
        List<Long> codes = new ArrayList<>();
        answer.json().forEach(entry -> codes.add(entry.get("ret_code").asLong()));
        return codes;
    }

    private static List<String> messages(RestAnswer answer) {
        List<String> texts = new ArrayList<>();
        answer.json().forEach(entry -> texts.add(entry.get("message").asText()));
        return texts;
    }

    @Test
    void aResourceDeleteAnswersOnlyOnceTheSatelliteConfirmedAndThenTheResourceIsGone() throws Exception {
        start(LONG_WAIT);

        CompletableFuture<RestAnswer> deleting = deleteInBackground("/v1/resource-definitions/rd1/resources/n1");
        await().atMost(WAIT).until(() -> watch().waiting() == 1);
        assertThat(rest.flags("/v1/resource-definitions/rd1/resources/n1")).contains("DELETE");
        assertThat(deleting).as("no answer before the satellite confirmed").isNotDone();
        satelliteConfirms("n1", "rd1");
        RestAnswer deleted = deleting.get(60, TimeUnit.SECONDS);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(retCodes(deleted)).containsExactly(MASK_RSC | MASK_DEL | DELETED, MASK_RSC | MASK_DEL | DELETED);
        assertThat(messages(deleted))
                .containsExactly(
                        "Node: n1, Resource: rd1 marked for deletion.", "Node: n1, Resource: rd1 deletion complete.");
        assertThat(rest.get("/v1/resource-definitions/rd1/resources/n1").status())
                .isEqualTo(404);
        // The waiter is forgotten when its future completes, not necessarily before the answer goes out.
        await().atMost(WAIT).until(() -> watch().waiting() == 0);
    }

    @Test
    void aDefinitionDeleteAnswersOnceEverySatelliteConfirmedAndThenTheDefinitionIsGone() throws Exception {
        start(LONG_WAIT);

        CompletableFuture<RestAnswer> deleting = deleteInBackground("/v1/resource-definitions/rd1");
        await().atMost(WAIT).until(() -> watch().waiting() == 1);
        satelliteConfirms("n1", "rd1");
        assertThat(deleting).as("n2 has yet to confirm").isNotDone();
        satelliteConfirms("n2", "rd1");
        RestAnswer deleted = deleting.get(60, TimeUnit.SECONDS);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(retCodes(deleted))
                .containsExactly(
                        MASK_RSC_DFN | MASK_DEL | DELETED,
                        MASK_RSC_DFN | MASK_DEL | MODIFIED,
                        MASK_RSC_DFN | MASK_DEL | MODIFIED,
                        MASK_RSC_DFN | MASK_DEL | DELETED);
        assertThat(messages(deleted))
                .containsExactly(
                        "Resource definition 'rd1' marked for deletion.",
                        "Resource 'rd1' on 'n1' marked for deletion",
                        "Resource 'rd1' on 'n2' marked for deletion",
                        "Resource definition 'rd1' deleted.");
        assertThat(rest.get("/v1/resource-definitions/rd1").status()).isEqualTo(404);
        assertThat(rest.get("/v1/view/resources").json()).isEmpty();
        // The waiter is forgotten when its future completes, not necessarily before the answer goes out.
        await().atMost(WAIT).until(() -> watch().waiting() == 0);
    }

    @Test
    void aSatelliteThatDoesNotConfirmInTimeGetsASuccessWithAWarningThatTheDeletionIsStillInProgress() throws Exception {
        start(Duration.ofMillis(300));

        RestAnswer deleted = rest.delete("/v1/resource-definitions/rd1/resources/n1");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.firstRetCode()).isEqualTo(MASK_RSC | MASK_DEL | DELETED);
        var warning = deleted.json().get(deleted.json().size() - 1);
        assertThat(warning.get("ret_code").asLong()).isEqualTo(MASK_RSC | MASK_DEL | WARN_STLT_NOT_UPDATED);
        assertThat(warning.get("message").asText()).startsWith("Deletion still in progress");
        assertThat(warning.get("correction").asText()).contains("finishes on its own");
        assertThat(rest.flags("/v1/resource-definitions/rd1/resources/n1")).contains("DELETE");
        // the timed-out waiter is forgotten (when its future completes, not necessarily before the answer)
        await().atMost(WAIT).until(() -> watch().waiting() == 0);

        satelliteConfirms("n1", "rd1");
        assertThat(rest.get("/v1/resource-definitions/rd1/resources/n1").status())
                .as("the late confirmation still finishes the deletion")
                .isEqualTo(404);
    }

    @Test
    void aClientThatHangsUpWhileWaitingLeavesNoWaiterBehind() throws Exception {
        start(LONG_WAIT);

        try (Socket client = new Socket(rest.base().getHost(), rest.base().getPort())) {
            OutputStream out = client.getOutputStream();
            out.write(("DELETE /v1/resource-definitions/rd1/resources/n1 HTTP/1.1\r\nHost: "
                            + rest.base().getHost() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await().atMost(WAIT).until(() -> watch().waiting() == 1);
        }

        await().atMost(WAIT).until(() -> watch().waiting() == 0);
        assertThat(rest.flags("/v1/resource-definitions/rd1/resources/n1"))
                .as("the deletion itself goes on")
                .contains("DELETE");
        satelliteConfirms("n1", "rd1");
        assertThat(rest.get("/v1/resource-definitions/rd1/resources/n1").status())
                .isEqualTo(404);
    }

    @Test
    void aDeleteOfANodeWhoseSatelliteIsOfflineAnswersAtOnceWithTheWarning() {
        start(LONG_WAIT);
        rest.controller().observedState().updateConnectionStatus("n2", "OFFLINE");

        RestAnswer deleted = rest.delete("/v1/resource-definitions/rd1/resources/n2");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(retCodes(deleted)).contains(MASK_RSC | MASK_DEL | WARN_NOT_CONNECTED);
        // The waiter is forgotten when its future completes, not necessarily before the answer goes out.
        await().atMost(WAIT).until(() -> watch().waiting() == 0);
    }
}
