package io.linstorj.dist.cluster;

import static io.linstorj.dist.cluster.TestCluster.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.client.Consts;
import io.linstorj.client.Linstor;
import io.linstorj.client.NodeInfo;
import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.launcher.ChildJvm;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a node's connection status says when its address does not lead to its own satellite. */
class SatelliteConnectionStatusTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    private Controller controller;
    private Linstor lin;

    @BeforeEach
    void startController() {
        controller = Controller.start(
                ControllerConfig.defaults(dataDir.resolve("controller")).withListen("127.0.0.1", 0));
        lin = Linstor.connect("linstor://127.0.0.1:" + controller.address().getPort());
    }

    @AfterEach
    void stopController() {
        lin.close();
        controller.close();
    }

    private String status(String node) {
        return lin.nodeList(List.of(node)).get(0).nodes().stream()
                .map(NodeInfo::connectionStatus)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void satelliteOfAnotherNodeIsAnAuthenticationError() {
        try (ChildJvm satellite = ChildJvm.start(
                "bravo-satellite",
                "io.linstorj.dist.LinstorjMain",
                List.of(
                        "satellite",
                        "--data-dir",
                        dataDir.resolve("bravo").toString(),
                        "--listen",
                        "127.0.0.12",
                        "--port",
                        "0",
                        "--node-name",
                        "bravo"),
                dataDir.resolve("bravo.log"))) {
            int port = satellite.awaitListening(WAIT).port();

            check(lin.nodeCreate("alpha", "127.0.0.12", Consts.VAL_NODE_TYPE_STLT, port));

            await().atMost(WAIT).until(() -> status("alpha").equals("AUTHENTICATION_ERROR"));
        }
    }

    @Test
    void peerThatIsNoLinstorjSatelliteIsAVersionMismatch() throws IOException {
        try (ServerSocket impostor = new ServerSocket()) {
            impostor.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.13"), 0));
            Thread answering = new Thread(() -> answerWithHttp(impostor), "impostor");
            answering.setDaemon(true);
            answering.start();

            check(lin.nodeCreate("charlie", "127.0.0.13", Consts.VAL_NODE_TYPE_STLT, impostor.getLocalPort()));

            await().atMost(WAIT).until(() -> status("charlie").equals("VERSION_MISMATCH"));
        }
    }

    @Test
    void nodeWithoutARunningSatelliteIsOffline() throws IOException {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.14"))) {
            freePort = probe.getLocalPort();
        }
        check(lin.nodeCreate("delta", "127.0.0.14", Consts.VAL_NODE_TYPE_STLT, freePort));

        assertThat(status("delta")).isIn("OFFLINE", "CONNECTED");
        await().during(Duration.ofSeconds(1))
                .atMost(WAIT)
                .until(() -> status("delta").equals("OFFLINE"));
    }

    private static void answerWithHttp(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept();
                    OutputStream out = socket.getOutputStream()) {
                out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                socket.getInputStream().read();
            } catch (IOException e) {
                return;
            }
        }
    }
}
