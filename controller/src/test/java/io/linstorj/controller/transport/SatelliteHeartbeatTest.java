package io.linstorj.controller.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.common.trust.ClusterKey;
import io.linstorj.controller.satellite.ConnectionStatus;
import io.linstorj.controller.satellite.LinkCredentials;
import io.linstorj.controller.satellite.ObservedReport;
import io.linstorj.controller.satellite.SatelliteConnection;
import io.linstorj.controller.satellite.SatelliteInfo;
import io.linstorj.controller.satellite.SatelliteLinkListener;
import io.linstorj.protocol.ProtocolPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SatelliteHeartbeatTest {
    /** Records the statuses a link reports. */
    private static final class Statuses implements SatelliteLinkListener {
        final List<ConnectionStatus> seen = new CopyOnWriteArrayList<>();

        @Override
        public void statusChanged(String nodeName, ConnectionStatus status, String detail) {
            seen.add(status);
        }

        @Override
        public void authenticated(String nodeName, SatelliteInfo info) {}

        @Override
        public void observed(String nodeName, ObservedReport report) {}
    }

    @Test
    void satelliteThatGoesSilentWithoutClosingIsTakenAsLostAndReconnected() throws Exception {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        Statuses statuses = new Statuses();
        try (FakeSatellite mute = FakeSatellite.start("127.0.8.31", 0, 0);
                SatelliteConnection link = new SatelliteConnection(
                        "alpha",
                        new InetSocketAddress("127.0.8.31", mute.port()),
                        group,
                        new LinkCredentials("controller-1", ClusterKey.generate(new SecureRandom())),
                        ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH,
                        statuses,
                        new SatelliteConnection.Heartbeat(Duration.ofMillis(100), Duration.ofMillis(500)))) {
            link.start();

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(statuses.seen)
                            .containsSubsequence(
                                    ConnectionStatus.ONLINE, ConnectionStatus.OFFLINE, ConnectionStatus.ONLINE));
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
