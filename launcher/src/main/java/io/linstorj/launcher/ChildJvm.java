package io.linstorj.launcher;

import io.linstorj.protocol.process.ParentWatch;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 * <p>Every child gets {@link ParentWatch#OPTION}: this JVM holds the child's standard input
 * and the child stops cleanly when it closes, so a child never outlives this JVM, even when this
 * JVM is killed with SIGKILL. The main class must therefore accept that option (the controller
 * and satellite commands do), and the caller keeps this object for as long as the child should
 * run: the pipe belongs to it.
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
    private static final Duration PUMP_DRAIN = Duration.ofSeconds(5);
    private static final int RECENT_LINES = 40;
    private static final String ERROR_MARKER = " ERROR ";
    /** A JVM that ran its shutdown hooks after SIGTERM exits with 128 + 15. */
    private static final int SIGTERM_EXIT_CODE = 143;

    private final String name;
    private final Process process;
    private final long startNanos;
    private final Path logFile;
    private final CompletableFuture<Listening> listening = new CompletableFuture<>();
    /** Later LISTENING lines by URI scheme (a controller prints {@code http://...} for REST after its first). */
    private final java.util.Map<String, CompletableFuture<Listening>> byScheme =
            new java.util.concurrent.ConcurrentHashMap<>();

    private volatile Throwable ended;
    private final Thread pump;
    private final Deque<String> recentLines = new ArrayDeque<>();
    private volatile boolean stopRequested;
    private volatile boolean killed;
    private volatile String lastError;

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
        pump = new Thread(this::pump, "output-" + name);
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
        return start(name, List.of(), mainClass, args, logFile);
    }

    /**
     * Starts {@code java <options> <moreOptions> -cp <this classpath> <mainClass> <args>}.
     *
     * @param moreOptions JVM options after {@link #JVM_OPTIONS}, e.g. a heap size
     * @throws UncheckedIOException if the process cannot be started
     */
    public static ChildJvm start(
            String name, List<String> moreOptions, String mainClass, List<String> args, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JVM_OPTIONS);
        command.addAll(moreOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        command.add(ParentWatch.OPTION);
        try {
            Files.createDirectories(logFile.getParent());
            long startNanos = System.nanoTime();
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            return new ChildJvm(name, process, startNanos, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    private void pump() {
        try (BufferedReader reader =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer log = Files.newBufferedWriter(
                        logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith(LISTENING_MARKER)) {
                    Listening seen = new Listening(
                            line.substring(LISTENING_MARKER.length()).trim(), System.nanoTime());
                    listening.complete(seen);
                    schemeFuture(scheme(seen.address())).complete(seen);
                }
                remember(line);
                log.write(line);
                log.write('\n');
                log.flush();
            }
        } catch (IOException e) {
            listening.completeExceptionally(e);
        } finally {
            ended = new IllegalStateException(
                    name + " did not start: " + exitReason() + " (exit code " + exitCode() + "; log: " + logFile + ")");
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
            throw new IllegalStateException(
                    name + " printed no LISTENING " + scheme + ":// line within " + timeout + "; see " + logFile, e);
        }
    }

    private void remember(String line) {
        int error = line.indexOf(ERROR_MARKER);
        if (error >= 0) {
            // Kept apart: a stack trace after it would push it out of the recent lines.
            int message = line.indexOf(" - ", error);
            lastError = message >= 0 ? line.substring(message + 3) : line.substring(error + ERROR_MARKER.length());
        }
        synchronized (recentLines) {
            if (recentLines.size() == RECENT_LINES) {
                recentLines.removeFirst();
            }
            recentLines.addLast(line);
        }
    }

    /** The last lines the child printed (up to {@code count}), oldest first. */
    public List<String> lastLines(int count) {
        synchronized (recentLines) {
            List<String> all = new ArrayList<>(recentLines);
            return List.copyOf(all.subList(Math.max(0, all.size() - count), all.size()));
        }
    }

    /**
     * Why the child ended, from its output: the message of its last ERROR log line, else its last
     * line that is no stack frame.
     */
    public String exitReason() {
        String error = lastError;
        if (error != null) {
            return error;
        }
        List<String> lines = lastLines(RECENT_LINES);
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()
                    && !line.startsWith("at ")
                    && !line.startsWith("...")
                    && !line.startsWith("Caused by")
                    && !line.startsWith("Suppressed")) {
                return line;
            }
        }
        return "it printed nothing";
    }

    private String exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "none yet";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** Completes with this child when its process has ended, for whatever reason. */
    public CompletableFuture<ChildJvm> onExit() {
        return process.onExit().thenApply(p -> this);
    }

    /** The exit code of the ended process. */
    public int exitValue() {
        return process.exitValue();
    }

    /** True once this JVM asked the child to stop or killed it: its exit is no crash. */
    public boolean stopRequested() {
        return stopRequested;
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

    /**
     * True once the process ended after this JVM asked it to stop (SIGTERM) or it exited by
     * itself with code 0, not killed nor crashed: what it wrote at exit is complete.
     */
    public boolean endedCleanly() {
        if (process.isAlive() || killed) {
            return false;
        }
        int code = process.exitValue();
        return code == 0 || (stopRequested && code == SIGTERM_EXIT_CODE);
    }

    /** Kills the child at once (SIGKILL), as a crash would, and waits for it to be gone. */
    public void kill() {
        stopRequested = true;
        killed = true;
        process.toHandle().destroyForcibly();
        waitForExit(STOP_GRACE);
    }

    /** Asks the child to stop (SIGTERM) without waiting, so that several children stop together. */
    public void requestStop() {
        stopRequested = true;
        // Through the handle: Process.destroy() would also close our end of its output, and the
        // lines it logs while stopping would be lost.
        process.toHandle().destroy();
    }

    /**
     * Asks the child to stop (SIGTERM), waits for it, and kills it (SIGKILL) if it is still alive
     * after a grace period. Idempotent.
     */
    @Override
    public void close() {
        stopRequested = true;
        if (!process.isAlive()) {
            waitForExit(STOP_GRACE);
            return;
        }
        process.toHandle().destroy();
        if (!waitForExit(STOP_GRACE)) {
            killed = true;
            process.toHandle().destroyForcibly();
            waitForExit(STOP_GRACE);
        }
    }

    /** Waits for the process to end and for its last lines to reach the log. */
    private boolean waitForExit(Duration timeout) {
        try {
            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (exited) {
                pump.join(PUMP_DRAIN.toMillis());
            }
            return exited;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
