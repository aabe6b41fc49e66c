package io.linstorj.dist.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.dist.cluster.TestCluster;
import io.linstorj.rest.RestAnswer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots taken on all replicas at one point in time survive crashes honestly: a controller and
 * three satellites, each its own OS process on 127.0.0.11-13, FILE_THIN pools. A satellite held
 * with SIGSTOP never gets past the suspend stage, so the snapshot is caught in its middle; then
 * that satellite, or the controller, is killed with SIGKILL. What is checked: I/O is resumed on
 * every node (the satellites' logs), no snapshot file is left behind, and the snapshot is
 * reported failed with the reason, never SUCCESSFUL (after a controller restart on its event
 * stream too). Each test makes its own resource and leaves every process running as it found
 * it, so that the tests run in any order.
 */
class SnapshotCrashTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path dataDir;

    private static TestCluster cluster;
    private static SpecCheckedRest rest;

    @BeforeAll
    static void startCluster() {
        cluster = TestCluster.start(dataDir);
        rest = new SpecCheckedRest(URI.create(cluster.processes().restUri()), new Coverage(Set.of()));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            signal("CONT", "bravo");
            cluster.close();
        }
    }

    /** A resource with diskful replicas on alpha and bravo, UpToDate on both. */
    private static void onAlphaAndBravo(String resource) {
        assertThat(rest.post("/v1/resource-definitions", "{\"resource_definition\":{\"name\":\"" + resource + "\"}}")
                        .status())
                .isEqualTo(201);
        assertThat(rest.post(
                                "/v1/resource-definitions/" + resource + "/volume-definitions",
                                "{\"volume_definition\":{\"size_kib\":8192}}")
                        .status())
                .isEqualTo(200);
        assertThat(rest.post(
                                "/v1/resource-definitions/" + resource + "/resources",
                                "[{\"resource\":{\"node_name\":\"alpha\"}},{\"resource\":{\"node_name\":\"bravo\"}}]")
                        .status())
                .isEqualTo(201);
        await().atMost(WAIT).until(() -> {
            List<String> states = new ArrayList<>();
            rest.get("/v1/view/resources?resources=" + resource)
                    .json()
                    .forEach(replica -> replica.get("volumes")
                            .forEach(volume -> states.add(
                                    volume.path("state").path("disk_state").asText())));
            return states.size() == 2 && states.stream().allMatch("UpToDate"::equals);
        });
    }

    private static JsonNode snapshot(String resource, String name) {
        RestAnswer answer = rest.get("/v1/resource-definitions/" + resource + "/snapshots/" + name);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> flags(String resource, String name) {
        List<String> flags = new ArrayList<>();
        snapshot(resource, name).path("flags").forEach(flag -> flags.add(flag.asText()));
        return flags;
    }

    private static List<Path> snapshotFiles(String node, String resource) throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve(node).resolve("pools/DfltStorPool"))) {
            return files.filter(file -> file.getFileName().toString().startsWith(resource + "_"))
                    .filter(file -> file.getFileName().toString().contains("@"))
                    .toList();
        }
    }

    /** The satellite's log lines that suspended or resumed the resource's I/O, in order. */
    private static List<String> ioLines(String node, String resource) throws IOException {
        try (Stream<String> lines = Files.lines(dataDir.resolve("logs/" + node + ".log"))) {
            return lines.filter(line -> line.contains("suspended I/O of '" + resource + "'")
                            || line.contains("resumed I/O of '" + resource + "'"))
                    .toList();
        }
    }

    /** True when the node suspended the resource's I/O at least once and its last word on it is a resume. */
    private static boolean suspendedThenResumed(String node, String resource) throws IOException {
        List<String> lines = ioLines(node, resource);
        return lines.stream().anyMatch(line -> line.contains("suspended I/O"))
                && lines.get(lines.size() - 1).contains("resumed I/O");
    }

    private static void signal(String signal, String node) {
        long pid = cluster.processes().satellites().stream()
                .filter(s -> s.name().equals(node))
                .findFirst()
                .orElseThrow()
                .process()
                .pid();
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .inheritIO()
                    .start();
            assertThat(kill.waitFor()).as("kill -%s %d", signal, pid).isZero();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Holds bravo (SIGSTOP), takes a snapshot, and waits until alpha suspended I/O for it. */
    private static void snapshotCaughtInTheSuspendStage(String resource) {
        signal("STOP", "bravo");
        RestAnswer created = rest.post("/v1/resource-definitions/" + resource + "/snapshots", "{\"name\":\"mid\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        await().atMost(WAIT).until(() -> !ioLines("alpha", resource).isEmpty());
        assertThat(flags(resource, "mid"))
                .as("bravo has not suspended: nothing is taken")
                .isEmpty();
    }

    @Test
    void aSnapshotOfTwoReplicasIsSuccessfulWithIoResumedOnBoth() throws IOException {
        onAlphaAndBravo("calm");

        assertThat(rest.post("/v1/resource-definitions/calm/snapshots", "{\"name\":\"s1\"}")
                        .status())
                .isEqualTo(201);

        await().atMost(WAIT).until(() -> flags("calm", "s1").contains("SUCCESSFUL"));
        await().atMost(WAIT)
                .until(() -> suspendedThenResumed("alpha", "calm") && suspendedThenResumed("bravo", "calm"));
        assertThat(snapshotFiles("alpha", "calm")).hasSize(1);
        assertThat(snapshotFiles("bravo", "calm")).hasSize(1);
        assertThat(rest.delete("/v1/resource-definitions/calm/snapshots/s1").status())
                .isEqualTo(200);
        await().atMost(WAIT)
                .until(() -> snapshotFiles("alpha", "calm").isEmpty()
                        && snapshotFiles("bravo", "calm").isEmpty());
    }

    @Test
    void aSatelliteKilledMidSnapshotFailsItWithIoResumedOnTheOthersAndNoSnapshotFilesLeft() throws IOException {
        onAlphaAndBravo("sat");
        snapshotCaughtInTheSuspendStage("sat");

        cluster.processes().killSatellite("bravo");

        await().atMost(WAIT).until(() -> flags("sat", "mid").contains("FAILED_DISCONNECT"));
        assertThat(flags("sat", "mid")).doesNotContain("SUCCESSFUL");
        assertThat(snapshot("sat", "mid")
                        .path("props")
                        .path("Internal/Snapshot/Failure")
                        .asText())
                .contains("Node 'bravo' went", "while snapshot 'mid' of resource 'sat' was being taken");
        await().atMost(WAIT).until(() -> suspendedThenResumed("alpha", "sat"));
        assertThat(snapshotFiles("alpha", "sat")).isEmpty();

        cluster.processes().restartSatellite("bravo");

        await().atMost(WAIT).until(() -> snapshotFiles("bravo", "sat").isEmpty());
        assertThat(flags("sat", "mid")).containsExactly("FAILED_DISCONNECT");
        assertThat(rest.delete("/v1/resource-definitions/sat/snapshots/mid").status())
                .isEqualTo(200);
    }

    @Test
    void aControllerKilledMidSnapshotLeavesNoResourceSuspendedAndTheSnapshotFailedAfterItsRestart()
            throws IOException, InterruptedException {
        onAlphaAndBravo("ctl");
        snapshotCaughtInTheSuspendStage("ctl");

        cluster.processes().controller().kill();
        signal("CONT", "bravo");
        cluster.processes().restartController();
        rest = new SpecCheckedRest(URI.create(cluster.processes().restUri()), new Coverage(Set.of()));

        assertThat(flags("ctl", "mid")).containsExactly("FAILED_DEPLOYMENT");
        assertThat(snapshot("ctl", "mid")
                        .path("props")
                        .path("Internal/Snapshot/Failure")
                        .asText())
                .isEqualTo("The controller stopped while snapshot 'mid' of resource 'ctl' was being taken.");
        try (SseReader stream = rest.stream("/v1/events/linstorj/snapshot-deployment?resource=ctl&snapshot=mid")) {
            SseReader.Event opened = stream.next(WAIT);
            assertThat(opened.name())
                    .as("a watch after the restart finds the snapshot")
                    .isEqualTo("Open");
            assertThat(opened.data())
                    .contains("\"state\":\"Failed\"")
                    .contains("The controller stopped while snapshot 'mid' of resource 'ctl' was being taken.");
        }
        await().atMost(WAIT).until(() -> suspendedThenResumed("alpha", "ctl"));
        await().atMost(WAIT).until(() -> ioLines("bravo", "ctl").isEmpty() || suspendedThenResumed("bravo", "ctl"));
        await().atMost(WAIT)
                .until(() -> snapshotFiles("alpha", "ctl").isEmpty()
                        && snapshotFiles("bravo", "ctl").isEmpty());
        assertThat(rest.delete("/v1/resource-definitions/ctl/snapshots/mid").status())
                .isEqualTo(200);
    }
}
