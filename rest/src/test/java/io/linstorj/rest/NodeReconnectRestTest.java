package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code PUT /v1/nodes/{node}/reconnect}: the controller drops its satellite link and dials
 * again, seen at a listening socket that stands in for the satellite.
 */
class NodeReconnectRestTest {
    /** Bounds a wait that should end at once, so a broken build fails instead of hanging. */
    private static final int GUARD_MILLIS = 60_000;

    @TempDir
    Path dataDir;

    private RestFixture rest;
    private ServerSocket satellite;

    @BeforeEach
    void start() throws IOException {
        rest = new RestFixture(dataDir);
        satellite = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        satellite.setSoTimeout(GUARD_MILLIS);
    }

    @AfterEach
    void stop() throws IOException {
        rest.close();
        satellite.close();
    }

    @Test
    void reconnectClosesTheLinkAndDialsTheSatelliteAgain() throws IOException {
        assertThat(rest.createNode("alpha", "127.0.0.1", satellite.getLocalPort())
                        .status())
                .isEqualTo(201);
        try (Socket first = satellite.accept()) {
            first.setSoTimeout(GUARD_MILLIS);
            RestAnswer answer = rest.put("/v1/nodes/alpha/reconnect", null);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.firstRetCode()).isEqualTo(MASK_NODE | MASK_MOD | MODIFIED);
            assertThat(answer.firstMessage()).isEqualTo("Node 'alpha' put into reconnect cycle.");
            try (Socket second = satellite.accept()) {
                assertThat(second.isConnected()).isTrue();
            }
            assertThat(readUntilClosed(first.getInputStream())).isEqualTo(-1);
        }
    }

    @Test
    void unknownNodeIsNotFoundAndANodeWithoutSatelliteBadRequest() {
        RestAnswer missing = rest.put("/v1/nodes/nosuchnode/reconnect", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.firstRetCode()).isEqualTo(MASK_NODE | MASK_MOD | FAIL_NOT_FOUND_NODE);
        assertThat(rest.post(
                                "/v1/nodes",
                                "{\"name\":\"ctrl1\",\"type\":\"CONTROLLER\",\"net_interfaces\":"
                                        + "[{\"name\":\"default\",\"address\":\"127.0.0.12\"}]}")
                        .status())
                .isEqualTo(201);
        RestAnswer controller = rest.put("/v1/nodes/ctrl1/reconnect", null);
        assertThat(controller.status()).isEqualTo(400);
        assertThat(controller.firstRetCode()).isEqualTo(MASK_NODE | MASK_MOD | FAIL_INVLD_NODE_TYPE);
        assertThat(rest.put("/v1/nodes/bad%20name/reconnect", null).status()).isEqualTo(400);
    }

    private static int readUntilClosed(InputStream in) throws IOException {
        int read;
        do {
            read = in.read();
        } while (read != -1);
        return read;
    }
}
