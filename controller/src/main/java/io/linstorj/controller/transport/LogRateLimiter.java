package io.linstorj.controller.transport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * Lets through at most a few log lines per kind and minute, so that a misbehaving (or hostile)
 * client cannot flood the controller's log: past the quota lines are counted, and the first line
 * of a later minute is preceded by "suppressed K". Thread-safe.
 */
final class LogRateLimiter {
    /** Lines per kind and window by default. */
    static final int DEFAULT_LINES_PER_WINDOW = 10;

    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Logger log;
    private final int linesPerWindow;
    private final LongSupplier nanoClock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    LogRateLimiter(Logger log, int linesPerWindow, LongSupplier nanoClock) {
        if (linesPerWindow <= 0) {
            throw new IllegalArgumentException("linesPerWindow must be positive: " + linesPerWindow);
        }
        this.log = log;
        this.linesPerWindow = linesPerWindow;
        this.nanoClock = nanoClock;
    }

    LogRateLimiter(Logger log) {
        this(log, DEFAULT_LINES_PER_WINDOW, System::nanoTime);
    }

    /**
     * Logs a WARN line of {@code kind} (e.g. "connection limit") unless this kind used its quota of
     * the current minute.
     *
     * @return true if the line was logged
     */
    boolean warn(String kind, String format, Object... arguments) {
        long suppressed;
        Window window = windows.computeIfAbsent(kind, k -> new Window(nanoClock.getAsLong()));
        synchronized (window) {
            long now = nanoClock.getAsLong();
            suppressed = 0;
            if (now - window.start >= WINDOW_NANOS) {
                suppressed = window.suppressed;
                window.start = now;
                window.lines = 0;
                window.suppressed = 0;
            }
            if (window.lines >= linesPerWindow) {
                window.suppressed++;
                return false;
            }
            window.lines++;
        }
        if (suppressed > 0) {
            log.warn("Suppressed {} more warnings about {} in the last minute", suppressed, kind);
        }
        log.warn(format, arguments);
        return true;
    }

    /** Lines of {@code kind} suppressed in the current window so far. */
    long suppressed(String kind) {
        Window window = windows.get(kind);
        if (window == null) {
            return 0;
        }
        synchronized (window) {
            return window.suppressed;
        }
    }

    private static final class Window {
        long start;
        int lines;
        long suppressed;

        Window(long start) {
            this.start = start;
        }
    }
}
