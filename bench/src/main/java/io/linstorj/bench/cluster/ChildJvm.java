package io.linstorj.bench.cluster;

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
 * A LinstorJ process (controller or satellite) that a benchmark starts: the same Java and
 * classpath as this JVM, another main class. Its output goes to a log file; the first line
 * starting with {@code LISTENING } says it serves, and when that line arrived is kept.
 *
 * <pre>{@code
 * try (ChildJvm satellite = ChildJvm.start("alpha", "io.linstorj.satellite.SatelliteCommand",
 *         List.of("--data-dir", dir, "--listen", "127.0.0.11", "--port", "0"), logFile)) {
 *     ChildJvm.Listening listening = satellite.awaitListening(Duration.ofSeconds(60));
 * }
 * }</pre>
 */
public final class ChildJvm implements AutoCloseable {
    /** JVM options of every child: those {@code linstorj cluster} gives its processes, so figures compare. */
    public static final List<String> JVM_OPTIONS = List.of("-Xss512k", "-XX:+UseSerialGC");

    private static final String LISTENING_MARKER = "LISTENING ";
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final String name;
    private final Process process;
    private final long startNanos;
    private final Path logFile;
    private final CompletableFuture<Listening> listening = new CompletableFuture<>();
    /** Later LISTENING lines by URI scheme (a controller prints {@code http://...} for REST after its first). */
    private final java.util.Map<String, CompletableFuture<Listening>> byScheme =
        new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Throwable ended;

    /**
     * The {@code LISTENING} line of a child.
     *
     * @param address what follows the marker, e.g. {@code 127.0.0.11:3366} or {@code linstor://127.0.0.1:3376}
     * @param arrivalNanos when this JVM read the line ({@link System#nanoTime()})
     */
    public record Listening(String address, long arrivalNanos) {
        /** The port at the end of the address. */
        public int port() {
            return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
        }
    }

    private ChildJvm(String name, Process process, long startNanos, Path logFile) {
        this.name = name;
        this.process = process;
        this.startNanos = startNanos;
        this.logFile = logFile;
        Thread pump = new Thread(this::pump, "output-" + name);
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * Starts {@code java <options> -cp <this classpath> <mainClass> <args>}.
     *
     * @param name for logs and errors
     * @param logFile receives the child's standard output and error
     * @throws UncheckedIOException if the process cannot be started
     */
    public static ChildJvm start(String name, String mainClass, List<String> args, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        try {
            Files.createDirectories(logFile.getParent());
            long startNanos = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new ChildJvm(name, process, startNanos, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    private void pump() {
        try (BufferedReader reader = new BufferedReader(
                 new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                 StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith(LISTENING_MARKER)) {
                    Listening seen = new Listening(line.substring(LISTENING_MARKER.length()).trim(), System.nanoTime());
                    listening.complete(seen);
                    schemeFuture(scheme(seen.address())).complete(seen);
                }
                log.write(line);
                log.write('\n');
                log.flush();
            }
        } catch (IOException e) {
            listening.completeExceptionally(e);
        } finally {
            ended = new IllegalStateException(name + " exited before it listened; see " + logFile);
            listening.completeExceptionally(ended);
            byScheme.values().forEach(future -> future.completeExceptionally(ended));
        }
    }

    private CompletableFuture<Listening> schemeFuture(String scheme) {
        CompletableFuture<Listening> future = byScheme.computeIfAbsent(scheme, key -> new CompletableFuture<>());
        Throwable end = ended;
        if (end != null) {
            future.completeExceptionally(end);
        }
        return future;
    }

    private static String scheme(String address) {
        int colon = address.indexOf("://");
        return colon < 0 ? "" : address.substring(0, colon);
    }

    /**
     * Waits for the child's first {@code LISTENING} line whose address has URI scheme {@code scheme}
     * (e.g. {@code http} for a controller's REST API).
     *
     * @throws IllegalStateException if the child exits first or prints no such line within {@code timeout}
     */
    public Listening awaitListening(String scheme, Duration timeout) {
        try {
            return schemeFuture(scheme).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(name + " printed no LISTENING " + scheme + ":// line within " + timeout
                + "; see " + logFile, e);
        }
    }

    /**
     * Waits for the child's {@code LISTENING} line.
     *
     * @throws IllegalStateException if the child exits first or does not listen within {@code timeout}
     */
    public Listening awaitListening(Duration timeout) {
        try {
            return listening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(name + " did not listen within " + timeout + "; see " + logFile, e);
        }
    }

    /** When the process was started ({@link System#nanoTime()}, just before the fork). */
    public long startNanos() {
        return startNanos;
    }

    /** The child's process id. */
    public long pid() {
        return process.pid();
    }

    /** The file that receives the child's output. */
    public Path logFile() {
        return logFile;
    }

    /** The child's name, as given at start. */
    public String name() {
        return name;
    }

    /** True while the child runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the child at once (SIGKILL), as a crash would, and waits for it to be gone. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(STOP_GRACE);
    }

    /** Asks the child to stop (SIGTERM) without waiting, so that several children stop together. */
    public void requestStop() {
        process.destroy();
    }

    /**
     * Asks the child to stop (SIGTERM), waits for it, and kills it (SIGKILL) if it is still alive
     * after a grace period. Idempotent.
     */
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
