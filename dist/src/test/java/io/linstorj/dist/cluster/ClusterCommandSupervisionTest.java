package io.linstorj.dist.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code linstorj cluster} watches its processes: one that dies is reported with its log's last lines and restarted. */
class ClusterCommandSupervisionTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    private final List<String> console = new CopyOnWriteArrayList<>();

    private Process startCluster(String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                "io.linstorj.dist.LinstorjMain",
                "cluster",
                "--data-dir",
                dataDir.toString(),
                "--satellites",
                "1",
                "--port",
                "0",
                "--satellite-port",
                "0"));
        command.addAll(List.of(extra));
        Process cluster = new ProcessBuilder(command)
                .redirectError(dataDir.resolve("cluster.err").toFile())
                .start();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader out = new BufferedReader(
                            new InputStreamReader(cluster.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = out.readLine()) != null; ) {
                            console.add(line);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                "cluster-console");
        reader.setDaemon(true);
        reader.start();
        return cluster;
    }

    private boolean printed(String prefix) {
        return console.stream().anyMatch(line -> line.startsWith(prefix));
    }

    /** The satellite alpha's process, from the last {@code PROCESS alpha pid N ...} or {@code RESTARTED alpha (pid N)} line. */
    private ProcessHandle satelliteAlpha() {
        long pid = -1;
        for (String line : console) {
            if (line.startsWith("PROCESS alpha pid ") || line.startsWith("RESTARTED alpha (pid ")) {
                pid = Long.parseLong(line.replaceAll("^\\D*(\\d+).*$", "$1"));
            }
        }
        return ProcessHandle.of(pid).orElseThrow();
    }

    private static void stop(Process cluster) throws InterruptedException {
        List<ProcessHandle> children = cluster.descendants().toList();
        cluster.destroy();
        cluster.waitFor(60, TimeUnit.SECONDS);
        children.forEach(ProcessHandle::destroyForcibly);
        cluster.destroyForcibly();
    }

    @Test
    void killedSatelliteIsReportedWithItsLogAndRestarted() throws Exception {
        Process cluster = startCluster();
        try {
            await().atMost(WAIT).until(() -> printed("READY ") || !cluster.isAlive());
            assertThat(printed("READY ")).as("console: %s", console).isTrue();
            ProcessHandle alpha = satelliteAlpha();

            alpha.destroyForcibly();

            await().atMost(WAIT).until(() -> printed("EXITED alpha"));
            assertThat(String.join("\n", console))
                    .contains(
                            "EXITED alpha (pid " + alpha.pid() + ", exit code 137)",
                            "last lines of " + dataDir.resolve("logs/alpha.log"),
                            "    LISTENING 127.0.0.11:");
            await().atMost(WAIT).until(() -> printed("RESTARTED alpha"));
            assertThat(satelliteAlpha().pid()).isNotEqualTo(alpha.pid());
        } finally {
            stop(cluster);
            LoopDevices.detachAllUnder(dataDir);
        }
        System.out.println(String.join("\n", console));
    }

    @Test
    void withNoRestartAKilledSatelliteIsOnlyReported() throws Exception {
        Process cluster = startCluster("--no-restart");
        try {
            await().atMost(WAIT).until(() -> printed("READY ") || !cluster.isAlive());
            assertThat(printed("READY ")).as("console: %s", console).isTrue();
            ProcessHandle alpha = satelliteAlpha();

            alpha.destroyForcibly();

            await().atMost(WAIT).until(() -> printed("EXITED alpha"));
            assertThat(printed("RESTARTING")).isFalse();
        } finally {
            stop(cluster);
            LoopDevices.detachAllUnder(dataDir);
        }
    }
}
