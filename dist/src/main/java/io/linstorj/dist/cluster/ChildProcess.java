package io.linstorj.dist.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A LinstorJ process (controller or satellite) started by this JVM with the same Java and
 * classpath. Its output goes to a log file; the first line starting with {@code LISTENING }
 * tells the address it serves.
 */
public final class ChildProcess implements AutoCloseable {
    private static final String READY_MARKER = "LISTENING ";
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final String name;
    private final Process process;
    private final CompletableFuture<String> listening = new CompletableFuture<>();

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        Thread pump = new Thread(() -> pump(logFile), "output-" + name);
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * Starts {@code linstorj <args>} as a child process.
     *
     * @param name    for logs and errors
     * @param args    the command line after {@code linstorj}
     * @param logFile where the child's output goes
     */
    public static ChildProcess start(String name, List<String> args, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xss512k");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.linstorj.dist.LinstorjMain");
        command.addAll(args);
        try {
            Files.createDirectories(logFile.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new ChildProcess(name, process, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    private void pump(Path logFile) {
        try (BufferedReader reader = new BufferedReader(
                 new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                 StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!listening.isDone() && line.startsWith(READY_MARKER)) {
                    listening.complete(line.substring(READY_MARKER.length()).trim());
                }
                log.write(line);
                log.write('\n');
                log.flush();
            }
        } catch (IOException e) {
            listening.completeExceptionally(e);
        } finally {
            listening.completeExceptionally(new IllegalStateException(
                name + " exited before it was ready (exit code "
                    + (process.isAlive() ? "unknown" : process.exitValue()) + "); see " + logFile));
        }
    }

    /**
     * Waits until the child prints its {@code LISTENING} line.
     *
     * @return what follows the marker, e.g. {@code linstor://127.0.0.1:3376}
     * @throws IllegalStateException if the child exits or does not get ready in time
     */
    public String awaitListening(Duration timeout) {
        try {
            return listening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(name + " did not get ready within " + timeout, e);
        }
    }

    /** The child's process id. */
    public long pid() {
        return process.pid();
    }

    /** True while the child runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the child at once (SIGKILL), as a crash would. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(STOP_GRACE);
    }

    /** Asks the child to stop (SIGTERM) and kills it if it has not stopped within a grace period. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitForExit(STOP_GRACE)) {
            process.destroyForcibly();
            waitForExit(STOP_GRACE);
        }
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
