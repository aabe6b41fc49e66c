package io.linstorj.dist.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.dist.cluster.LoopDevices;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code linstorj cluster} as a child process, as a user starts it, on free ports (the satellites
 * at 127.0.0.11-13): its standard output is read to the end, its REST URL taken from the READY
 * line. Closing it sends SIGTERM and checks that no process and no loop device is left.
 */
final class ClusterProcess implements AutoCloseable {
    private static final long START_SECONDS = 180;
    private static final long STOP_SECONDS = 60;

    private final Path dataDir;
    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final URI restUri;

    private ClusterProcess(Path dataDir) {
        this.dataDir = dataDir;
        List<String> command = List.of(
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
                "0");
        try {
            process = new ProcessBuilder(command)
                    .redirectError(dataDir.resolve("cluster.err").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(ready), "cluster-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            String line = ready.get(START_SECONDS, TimeUnit.SECONDS);
            assertThat(line)
                    .as("the cluster's READY line; output: %s", output)
                    .matches("READY linstor://\\S+ http://\\S+");
            restUri = URI.create(line.split(" ")[2]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException | RuntimeException | AssertionError e) {
            close();
            throw new IllegalStateException(
                    "the cluster did not get ready; its output: " + output + " (errors in "
                            + dataDir.resolve("cluster.err") + ")",
                    e);
        }
    }

    /** Starts the cluster with its data under {@code dataDir}; returns once it printed READY. */
    static ClusterProcess start(Path dataDir) {
        return new ClusterProcess(dataDir);
    }

    private void read(CompletableFuture<String> ready) {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                output.add(line);
                if (line.startsWith("READY ")) {
                    ready.complete(line);
                }
            }
            ready.complete("(the cluster command ended without READY)");
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    /** The REST API's base URI, {@code http://127.0.0.1:PORT}. */
    URI restUri() {
        return restUri;
    }

    /** Stops every process with SIGTERM to the command, as Ctrl-C would. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            boolean ended = process.waitFor(STOP_SECONDS, TimeUnit.SECONDS);
            for (ProcessHandle child : children) {
                child.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
            }
            assertThat(ended).as("the cluster command ended after SIGTERM").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("a process of the cluster outlived it", e);
        } finally {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            List<String> leftovers = LoopDevices.attachedUnder(dataDir);
            LoopDevices.detachAllUnder(dataDir);
            assertThat(leftovers)
                    .as("loop devices left attached after the cluster stopped")
                    .isEmpty();
        }
    }
}
