package io.linstorj.dist.rest;

import static io.linstorj.dist.cluster.TestCluster.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.client.Linstor;
import io.linstorj.dist.cluster.TestCluster;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API's event streams on a real three-node cluster, a satellite killed with kill -9. */
class EventStreamsClusterTest {
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

    /** Reads a stream line by line; records each event as "event data". */
    private static final class Listener implements AutoCloseable {
        final List<String> events = new CopyOnWriteArrayList<>();
        final HttpResponse<Stream<String>> response;
        private String event = "";

        Listener(String path) throws Exception {
            response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create(cluster.processes().restUri() + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(() -> response.body().forEach(this::line), "sse " + path);
            reader.setDaemon(true);
            reader.start();
        }

        private void line(String line) {
            if (line.startsWith("event: ")) {
                event = line.substring(7);
            } else if (line.startsWith("data: ")) {
                events.add(event + " " + line.substring(6));
            }
        }

        boolean has(String event, String... parts) {
            return events.stream()
                    .anyMatch(e -> e.startsWith(event + " ") && Stream.of(parts).allMatch(e::contains));
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    @Test
    void diskStateStreamSeesOpenValueAndCloseNoConnectionAfterKill() throws Exception {
        try (Listener disks = new Listener("/v1/events/linstorj/volume-disk-state?resource=sse");
                Listener nodes = new Listener("/v1/events/nodes");
                Listener promotion = new Listener("/v1/events/drbd/promotion")) {
            assertThat(disks.response.statusCode()).isEqualTo(200);
            assertThat(disks.response.headers().firstValue("Content-Type")).hasValue("text/event-stream");

            Linstor lin = cluster.client();
            check(lin.resourceDfnCreate("sse"));
            check(lin.volumeDfnCreate("sse", 8 * 1024));
            check(lin.resourceCreate("sse", "alpha"));
            check(lin.resourceCreate("sse", "bravo"));
            await().atMost(WAIT).until(() -> disks.has("Open", "\"node_name\":\"bravo\"", "\"volume_number\":0"));
            await().atMost(WAIT).until(() -> disks.has("Value", "\"node_name\":\"bravo\"", "UpToDate"));
            await().atMost(WAIT)
                    .until(() -> promotion.has(
                            "may-promote-change",
                            "\"resource_name\":\"sse\"",
                            "\"node_name\":\"bravo\"",
                            "\"may_promote\":true"));
            System.out.println("disk-state events: " + disks.events);

            cluster.processes().killSatellite("bravo");
            await().atMost(WAIT).until(() -> disks.has("CloseNoConnection", "\"node_name\":\"bravo\""));
            assertThat(disks.events).noneMatch(e -> e.startsWith("CloseNoConnection") && !e.contains("bravo"));
            await().atMost(WAIT)
                    .until(() -> nodes.has(
                            "node-modified", "\"old_node\":{\"name\":\"bravo\"", "\"connection_status\":\"OFFLINE\""));

            cluster.processes().restartSatellite("bravo");
            await().atMost(WAIT)
                    .until(() -> disks.events.stream()
                                    .filter(e -> e.startsWith("Open") && e.contains("\"node_name\":\"bravo\""))
                                    .count()
                            == 2);
        }
    }
}
