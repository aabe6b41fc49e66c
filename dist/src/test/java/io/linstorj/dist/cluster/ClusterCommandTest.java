package io.linstorj.dist.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.client.Linstor;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code linstorj cluster} as a user runs it: READY once all are online; SIGTERM leaves nothing behind. */
class ClusterCommandTest {
    @TempDir
    Path dataDir;

    /** The READY line; logs may come before it where the test's logging configuration prints to stdout. */
    private static String firstReadyLine(BufferedReader out) throws java.io.IOException {
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("READY ")) {
                return line;
            }
        }
        return "(no READY line: the cluster command ended)";
    }

    private static void holdAResourceOnAlpha(String uri) {
        try (Linstor lin = Linstor.connect(uri)) {
            TestCluster.check(lin.resourceDfnCreate("held"));
            TestCluster.check(lin.volumeDfnCreate("held", 8 * 1024));
            TestCluster.check(lin.resourceCreate("held", "alpha"));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> lin.volumeList(List.of("alpha"), List.of("held")).get(0).volumes().stream()
                            .anyMatch(v -> v.diskState().equals("UpToDate")));
        }
    }

    @Test
    void sigtermStopsEveryProcessAndLeavesNoLoopDevice() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                "io.linstorj.dist.LinstorjMain",
                "cluster",
                "--data-dir",
                dataDir.toString(),
                "--port",
                "0",
                "--rest-port",
                "0",
                "--satellite-port",
                "0"));
        Process cluster = new ProcessBuilder(command)
                .redirectError(dataDir.resolve("cluster.err").toFile())
                .start();
        try {
            String ready;
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(cluster.getInputStream(), StandardCharsets.UTF_8))) {
                ready = firstReadyLine(out);
                List<ProcessHandle> children = cluster.descendants().toList();
                assertThat(ready).startsWith("READY linstor://127.0.0.1:").contains(" http://127.0.0.1:");
                assertThat(children).hasSizeGreaterThanOrEqualTo(4);
                holdAResourceOnAlpha(ready.split(" ")[1]);

                cluster.destroy();

                assertThat(cluster.waitFor(60, TimeUnit.SECONDS)).isTrue();
                for (ProcessHandle child : children) {
                    child.onExit().get(60, TimeUnit.SECONDS);
                    assertThat(child.isAlive()).as("process %d", child.pid()).isFalse();
                }
            }
            assertThat(LoopDevices.attachedUnder(dataDir)).isEmpty();
        } finally {
            cluster.descendants().forEach(ProcessHandle::destroyForcibly);
            cluster.destroyForcibly();
            LoopDevices.detachAllUnder(dataDir);
        }
    }
}
