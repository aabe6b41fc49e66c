package io.linstorj.dist.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.client.Linstor;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killing the JVM that started a local cluster, even with SIGKILL, leaves no process and no loop device. */
class ChildrenEndWithTheirParentTest {
    /**
     * A bound for a child that never ends, not a speed claim: on a loaded machine three JVMs
     * shutting down and detaching loop devices can take longer than a few seconds.
     */
    private static final Duration GONE = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void sigkillOfTheParentJvmEndsEveryChildAndDetachesItsLoopDevices() throws Exception {
        Process parent = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ClusterParentMain.class.getName(),
                        dataDir.toString())
                .redirectError(dataDir.resolve("parent.err").toFile())
                .start();
        List<ProcessHandle> children = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            String uri = readChildrenUntilReady(out, children);
            assertThat(children).as("controller and two satellites").hasSize(3);
            holdAResource(uri);
            if (Files.readString(dataDir.resolve("logs/alpha.log")).contains("loop devices: used")) {
                assertThat(LoopDevices.attachedUnder(dataDir))
                        .as("the held replica's loop device")
                        .isNotEmpty();
            }

            parent.destroyForcibly();

            await().atMost(GONE).untilAsserted(() -> {
                assertThat(children).noneMatch(ProcessHandle::isAlive);
                assertThat(LoopDevices.attachedUnder(dataDir)).isEmpty();
            });
        } finally {
            parent.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            LoopDevices.detachAllUnder(dataDir);
        }
    }

    private static String readChildrenUntilReady(BufferedReader out, List<ProcessHandle> children) throws Exception {
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("CHILD ")) {
                Optional<ProcessHandle> child = ProcessHandle.of(Long.parseLong(line.substring("CHILD ".length())));
                child.ifPresent(children::add);
            } else if (line.startsWith("READY ")) {
                return line.substring("READY ".length());
            }
        }
        throw new AssertionError("the parent ended before READY; see parent.err");
    }

    /** A replica on a satellite, so that there is a loop device (where loop devices are used) to detach. */
    private static void holdAResource(String uri) {
        try (Linstor lin = Linstor.connect(uri)) {
            TestCluster.check(lin.resourceDfnCreate("held"));
            TestCluster.check(lin.volumeDfnCreate("held", 8 * 1024));
            TestCluster.check(lin.resourceCreate("held", "alpha"));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> lin.volumeList(List.of("alpha"), List.of("held")).get(0).volumes().stream()
                            .anyMatch(v -> v.diskState().equals("UpToDate")));
        }
    }
}
