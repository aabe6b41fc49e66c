package io.linstorj.satellite.drbd.emulated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The wall clock and one daemon thread that runs the emulated driver's scheduled tasks. */
public final class SystemEmulationClock implements EmulationClock, AutoCloseable {
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "emulated-drbd");
        thread.setDaemon(true);
        return thread;
    });

    /** Creates the clock and its thread. */
    public SystemEmulationClock() {}

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> future = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    /** Stops the thread; scheduled tasks do not run any more. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
