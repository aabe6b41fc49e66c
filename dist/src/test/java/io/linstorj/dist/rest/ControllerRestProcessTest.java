package io.linstorj.dist.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.launcher.ChildJvm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code linstorj controller} as a process serves the REST API and says where. */
class ControllerRestProcessTest {
    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void controllerPrintsItsRestUrlAfterTheClientUrlAndServesIt() throws Exception {
        try (ChildJvm controller = ChildJvm.start(
                "controller",
                "io.linstorj.dist.LinstorjMain",
                List.of(
                        "controller",
                        "--data-dir",
                        dataDir.resolve("db").toString(),
                        "--listen",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--rest-port",
                        "0"),
                dataDir.resolve("controller.log"))) {
            assertThat(controller.awaitListening(START).address()).startsWith("linstor://127.0.0.1:");
            String rest = controller.awaitListening("http", START).address();
            assertThat(rest).startsWith("http://127.0.0.1:");
            HttpResponse<String> version = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(rest + "/v1/controller/version"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(version.statusCode()).isEqualTo(200);
            assertThat(version.body()).contains("\"rest_api_version\":\"1.28.0\"");
        }
    }

    @Test
    void noRestLeavesOnlyTheClientProtocol() {
        try (ChildJvm controller = ChildJvm.start(
                "controller",
                "io.linstorj.dist.LinstorjMain",
                List.of(
                        "controller",
                        "--data-dir",
                        dataDir.resolve("db2").toString(),
                        "--listen",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--no-rest"),
                dataDir.resolve("controller2.log"))) {
            assertThat(controller.awaitListening(START).address()).startsWith("linstor://127.0.0.1:");
            assertThat(controller.isAlive()).isTrue();
        }
    }
}
