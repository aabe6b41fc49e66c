package io.linstorj.bench.controller;

import io.linstorj.bench.LatencyRecorder;
import io.linstorj.bench.LatencySummary;
import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.launcher.ChildJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times a controller's start on an existing database: in this JVM ({@link Controller#start} until
 * it returns, i.e. the database is loaded and the port bound) and as a separate process (from the
 * fork until its {@code LISTENING} line, JVM start included).
 *
 * @param dataDir the controller's data directory (H2 database) holding the state to load
 */
record StartupTiming(Path dataDir) {
    /** The {@code linstorj controller} command's main class. */
    static final String CONTROLLER_MAIN = "io.linstorj.controller.ControllerCommand";

    private static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern SUMMARY = Pattern.compile("loaded .* (\\d+) resource definitions, .* in (\\d+) ms");

    /**
     * Starts in this JVM.
     *
     * @param starts latency of each start
     * @param definitions resource definitions the last start loaded
     */
    record InProcess(LatencySummary starts, int definitions) {}

    /**
     * Starts as a process.
     *
     * @param untilListeningNanos from the fork to the LISTENING line
     * @param reportedMillis the start time the controller logged itself (database open to port bound), if found
     */
    record SeparateProcess(long untilListeningNanos, OptionalLong reportedMillis) {}

    InProcess inProcess(int runs) {
        LatencyRecorder starts = new LatencyRecorder();
        int definitions = 0;
        for (int i = 0; i < runs; i++) {
            long begin = System.nanoTime();
            try (Controller controller =
                    Controller.start(ControllerConfig.defaults(dataDir).withListen("127.0.0.1", 0))) {
                starts.recordSince(begin);
                definitions = controller.startupSummary().resourceDefinitions();
            }
        }
        return new InProcess(starts.summary(), definitions);
    }

    SeparateProcess separateProcess(Path logFile) {
        try (ChildJvm process = ChildJvm.start(
                "controller",
                CONTROLLER_MAIN,
                List.of("--data-dir", dataDir.toString(), "--listen", "127.0.0.1", "--port", "0"),
                logFile)) {
            ChildJvm.Listening listening = process.awaitListening(PROCESS_TIMEOUT);
            return new SeparateProcess(listening.arrivalNanos() - process.startNanos(), reportedMillis(logFile));
        }
    }

    private static OptionalLong reportedMillis(Path logFile) {
        try {
            for (String line : Files.readAllLines(logFile)) {
                Matcher matcher = SUMMARY.matcher(line);
                if (matcher.find()) {
                    return OptionalLong.of(Long.parseLong(matcher.group(2)));
                }
            }
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + logFile + ": " + e.getMessage(), e);
        }
    }
}
