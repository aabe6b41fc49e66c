package io.linstorj.dist.watch;

import static io.linstorj.dist.cluster.TestCluster.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.linstorj.client.Consts;
import io.linstorj.client.EventHandler;
import io.linstorj.client.EventHeader;
import io.linstorj.client.Linstor;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.client.ObjectIdentifier;
import io.linstorj.client.VolumeDiskState;
import io.linstorj.client.Watch;
import io.linstorj.dist.cluster.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Watches on a real three-node cluster: the API.md sample, connection loss, removal, filters, a stalled peer. */
class WatchesTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path dataDir;

    private static TestCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = TestCluster.start(dataDir);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** The watch sample of API.md, as written but for the address. */
    private static Object watchSample(String uri) {
        try (Linstor lin = Linstor.connect(uri)) {
            String rscName = "rsc1";
            EventHandler<String> vlmStateHandler = (eventHeader, eventData) -> {
                if (Consts.EVENT_VOLUME_DISK_STATE.equals(eventHeader.eventName())) {
                    if (Consts.EVENT_STREAM_CLOSE_NO_CONNECTION.equals(eventHeader.eventAction())) {
                        System.out.println("WARNING: Satellite connection lost");
                        System.exit(20);
                    }
                    if (eventData instanceof VolumeDiskState state) {
                        System.out.println(state.diskState());
                        if ("UpToDate".equals(state.diskState())) {
                            return "Done";
                        }
                    }
                }
                return null; // keep watching
            };
            Object watchResult = lin.watchEvents(
                    Linstor::returnIfFailure,
                    vlmStateHandler,
                    ObjectIdentifier.builder().resourceName(rscName).build());
            // watchResult holds what vlmStateHandler returned ("Done"), or the failed replies
            System.out.println(watchResult);
            return watchResult;
        }
    }

    /** Records every event a watch receives as "action event node/resource[/volume] [value]". */
    private static final class Recorder implements EventHandler<Object> {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public Object handle(EventHeader header, io.linstorj.client.EventData data) {
            events.add(header.eventAction() + " " + header.eventName() + " " + header.nodeName() + "/"
                    + header.resourceName() + (header.volumeNumber() == null ? "" : "/" + header.volumeNumber())
                    + (data instanceof VolumeDiskState disk ? " " + disk.diskState() : ""));
            return null;
        }
    }

    private static void createOnThreeNodes(String resource) {
        Linstor lin = cluster.client();
        check(lin.resourceDfnCreate(resource));
        check(lin.volumeDfnCreate(resource, 8 * 1024));
        check(lin.resourceCreate(resource, "alpha"));
        check(lin.resourceCreate(resource, "bravo"));
        check(lin.resourceCreate(resource, "charlie", true));
    }

    @Test
    void watchSampleReturnsDoneOnceAVolumeIsUpToDate() throws Exception {
        CompletableFuture<Object> sample = CompletableFuture.supplyAsync(() -> watchSample(cluster.uri()));
        createOnThreeNodes("rsc1");

        assertThat(sample.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("Done");
    }

    /** Over the client protocol, and over REST (LinstorJ's watch streams): the same events. */
    @ParameterizedTest
    @ValueSource(strings = {"linstor", "http"})
    void killedSatelliteClosesItsStreamsWithCloseNoConnectionAndTheyReopenAfterItsRestart(String scheme) {
        String lost = "lost" + scheme;
        createOnThreeNodes(lost);
        await().atMost(WAIT)
                .until(() -> "UpToDate".equals(cluster.diskStates(lost).get("bravo")));
        Recorder recorder = new Recorder();
        String uri = scheme.equals("http") ? cluster.processes().restUri() : cluster.uri();
        try (Linstor lin = Linstor.connect(uri);
                Watch<Object> watch = lin.watchEventsAsync(
                        Linstor::returnIfFailure,
                        recorder,
                        ObjectIdentifier.builder().resourceName(lost).build())) {
            await().atMost(WAIT)
                    .until(() -> recorder.events.contains("Open VlmDiskState bravo/" + lost + "/0 UpToDate"));

            long killed = System.nanoTime();
            cluster.processes().killSatellite("bravo");
            await().atMost(WAIT)
                    .until(() -> recorder.events.contains("CloseNoConnection VlmDiskState bravo/" + lost + "/0"));
            System.out.printf(
                    "CloseNoConnection reached the watcher (%s) %d ms after kill -9%n",
                    scheme, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed));
            assertThat(recorder.events)
                    .contains("CloseNoConnection ResourceState bravo/" + lost)
                    .noneMatch(e -> e.startsWith("CloseNoConnection") && !e.contains("bravo/"));

            cluster.processes().restartSatellite("bravo");
            await().atMost(WAIT)
                    .until(() -> recorder.events.stream()
                                    .filter(e -> e.startsWith("Open VlmDiskState bravo/" + lost + "/0"))
                                    .count()
                            == 2);
            assertThat(watch.isDone()).isFalse();
        }
    }

    @Test
    void deletingAResourceClosesItsStreamsWithCloseRemoved() {
        createOnThreeNodes("gone");
        Recorder recorder = new Recorder();
        try (Linstor lin = Linstor.connect(cluster.uri());
                Watch<Object> watch = lin.watchEventsAsync(
                        Linstor::returnIfFailure,
                        recorder,
                        ObjectIdentifier.builder()
                                .resourceName("gone")
                                .nodeName("alpha")
                                .build())) {
            await().atMost(WAIT).until(() -> recorder.events.contains("Open VlmDiskState alpha/gone/0 UpToDate"));

            check(cluster.client().resourceDelete("gone", "alpha"));

            await().atMost(WAIT).until(() -> recorder.events.contains("CloseRemoved VlmDiskState alpha/gone/0"));
            assertThat(recorder.events).contains("CloseRemoved ResourceState alpha/gone");
        }
    }

    @Test
    void filtersDeliverExactlyTheMatchingStreams() {
        Recorder byNode = new Recorder();
        Recorder byVolume = new Recorder();
        try (Linstor lin = Linstor.connect(cluster.uri());
                Watch<Object> nodeWatch = lin.watchEventsAsync(
                        Linstor::returnIfFailure,
                        byNode,
                        ObjectIdentifier.builder()
                                .nodeName("charlie")
                                .resourceName("filtered")
                                .build());
                Watch<Object> volumeWatch = lin.watchEventsAsync(
                        Linstor::returnIfFailure,
                        byVolume,
                        ObjectIdentifier.builder()
                                .resourceName("filtered")
                                .volumeNumber(0)
                                .build())) {
            createOnThreeNodes("filtered");

            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(byNode.events).contains("Open VlmDiskState charlie/filtered/0 Diskless");
                assertThat(byVolume.events)
                        .contains(
                                "Open VlmDiskState alpha/filtered/0 UpToDate",
                                "Open VlmDiskState charlie/filtered/0 Diskless");
            });
            assertThat(byNode.events).allMatch(e -> e.contains(" charlie/filtered"));
            assertThat(byVolume.events).allMatch(e -> e.contains("VlmDiskState") && e.contains("/filtered/0"));
        }
    }

    @Test
    void watchEndsWithANetworkErrorWhenTheControllerIsLost() throws Exception {
        Linstor lin = Linstor.connect(cluster.uri());
        try {
            Watch<Object> watch =
                    lin.watchEventsAsync(Linstor::returnIfFailure, new Recorder(), ObjectIdentifier.all());

            cluster.processes().restartController();
            cluster.reconnect();

            assertThatThrownBy(watch::await).isInstanceOf(LinstorNetworkError.class);
        } finally {
            lin.close();
        }
    }

    @Test
    void stalledWatcherDoesNotHoldUpAnotherWatcher() throws Exception {
        Recorder healthy = new Recorder();
        try (StalledWatcher stalled = new StalledWatcher(cluster.uri());
                Linstor lin = Linstor.connect(cluster.uri());
                Watch<Object> watch = lin.watchEventsAsync(Linstor::returnIfFailure, healthy, ObjectIdentifier.all())) {
            for (int i = 0; i < 5; i++) {
                createOnThreeNodes("busy" + i);
            }

            await().atMost(WAIT).untilAsserted(() -> {
                for (int i = 0; i < 5; i++) {
                    String stream = "VlmDiskState alpha/busy" + i + "/0 UpToDate";
                    assertThat(healthy.events).anyMatch(e -> e.endsWith(stream));
                }
            });
            assertThat(cluster.client().nodeList().get(0).nodes()).hasSize(3);
        }
    }
}
