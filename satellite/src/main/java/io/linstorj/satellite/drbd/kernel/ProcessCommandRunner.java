package io.linstorj.satellite.drbd.kernel;

import io.linstorj.satellite.drbd.DrbdException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs commands as child processes of the satellite. */
final class ProcessCommandRunner implements CommandRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessCommandRunner.class);

    private final Duration timeout;

    /** A runner that kills a command still running after {@code timeout}. */
    ProcessCommandRunner(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public CommandResult run(List<String> command) {
        Process process = start(command);
        CompletableFuture<String> stderr = readAllAsync(process.getErrorStream());
        try {
            String stdout = readAll(process.getInputStream());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new DrbdException("command timed out after " + timeout, command, -1, "");
            }
            return new CommandResult(command, process.exitValue(), stdout, stderr.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new DrbdException("interrupted while waiting for a command", command, e);
        } catch (ExecutionException | UncheckedIOException e) {
            process.destroyForcibly();
            throw new DrbdException("cannot read the output of a command", command, e);
        }
    }

    @Override
    public FollowedCommand follow(List<String> command, Consumer<String> onLine, IntConsumer onExit) {
        Process process = start(command);
        Thread errors = daemon("stderr of " + command.get(0), () -> forEachLine(
            process.getErrorStream(), line -> LOG.warn("{}: {}", command.get(0), line)));
        Thread reader = daemon("stdout of " + command.get(0), () -> {
            forEachLine(process.getInputStream(), onLine);
            onExit.accept(waitForExit(process));
        });
        errors.start();
        reader.start();
        return process::destroy;
    }

    private static Process start(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw new DrbdException("cannot start a command", command, e);
        }
    }

    private static int waitForExit(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static CompletableFuture<String> readAllAsync(InputStream stream) {
        CompletableFuture<String> result = new CompletableFuture<>();
        daemon("command stderr", () -> {
            try {
                result.complete(readAll(stream));
            } catch (UncheckedIOException e) {
                result.completeExceptionally(e);
            }
        }).start();
        return result;
    }

    private static String readAll(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void forEachLine(InputStream stream, Consumer<String> onLine) {
        try (BufferedReader reader =
                 new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                onLine.accept(line);
            }
        } catch (IOException e) {
            // The process was stopped; its end is reported through its exit code.
            LOG.debug("output of a followed command ended: {}", e.getMessage());
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
