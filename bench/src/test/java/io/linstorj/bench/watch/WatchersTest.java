package io.linstorj.bench.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.controller.event.EventValue;
import io.linstorj.controller.event.StreamKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchersTest {
    @TempDir
    Path dataDir;

    private Controller controller;

    @BeforeEach
    void start() {
        controller = Controller.start(ControllerConfig.defaults(dataDir).withListen("127.0.0.1", 0));
    }

    @AfterEach
    void stop() {
        controller.close();
    }

    private String uri() {
        return "linstor://127.0.0.1:" + controller.address().getPort();
    }

    @Test
    void everyWatcherOnSharedConnectionsRecordsADiskStateTheHubPublishes() throws InterruptedException {
        EventLog log = new EventLog(5);
        ControllerClock clock = ControllerClock.attach(controller);
        StateKey upToDate = new StateKey("alpha", "rsc1", 0, "UpToDate");

        try (Watchers watchers = Watchers.open(uri(), log, 2)) {
            assertThat(controller.sessions().all()).hasSize(2);
            controller
                    .events()
                    .update(StreamKey.volumeDiskState("alpha", "rsc1", 0), new EventValue.DiskState("UpToDate"));

            assertThat(log.awaitAll(List.of(upToDate), Duration.ofSeconds(30))).isTrue();
        }

        assertThat(log.endedWatches()).isZero();
        assertThat(log.arrival(upToDate, 4)).isPresent();
        assertThat(clock.deliveredAt(upToDate)).isPresent();
    }

    @Test
    void moreConnectionsThanWatchersIsRefused() {
        EventLog log = new EventLog(2);

        assertThatThrownBy(() -> Watchers.open(uri(), log, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connections must be 1..2");
    }
}
