package io.linstorj.satellite.drbd.kernel;

import io.linstorj.satellite.drbd.DrbdException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Follows commands run as child processes of the satellite; their stderr goes to the log. */
final class ProcessCommandFollower implements CommandFollower {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessCommandFollower.class);

    @Override
    public FollowedCommand follow(List<String> command, Consumer<String> onLine, IntConsumer onExit) {
        Process process = start(command);
        Thread errors = daemon(
                "stderr of " + command.get(0),
                () -> forEachLine(process.getErrorStream(), line -> LOG.warn("{}: {}", command.get(0), line)));
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

    private static void forEachLine(InputStream stream, Consumer<String> onLine) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
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
