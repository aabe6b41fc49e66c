package io.linstorj.dist.cluster;

import io.linstorj.launcher.ChildJvm;
import io.linstorj.launcher.cluster.LocalCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the processes of a {@link LocalCluster}: a process that exits without having been
 * asked to is reported at once and, unless restarts are off, started again after a backoff
 * (1 s, doubling to 30 s; back to 1 s once it ran for a minute).
 *
 * <pre>{@code
 * try (ClusterSupervisor supervisor = ClusterSupervisor.watch(cluster, events, true)) { ... }
 * }</pre>
 */
public final class ClusterSupervisor implements AutoCloseable {
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(30);
    private static final Duration STABLE = Duration.ofMinutes(1);
    private static final int LOG_LINES = 15;

    private final LocalCluster cluster;
    private final Events events;
    private final boolean restart;
    private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cluster-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Duration> nextDelay = new ConcurrentHashMap<>();
    private final Map<String, Long> startedNanos = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** What the supervisor saw; the command prints it. */
    public interface Events {
        /** A process ended without being asked to; {@code lastLines} are the last lines of its log. */
        void exited(String name, long pid, int exitCode, List<String> lastLines, ChildJvm process);

        /** A restart is scheduled in {@code delay}. */
        void restarting(String name, Duration delay);

        /** The process runs again and the cluster is ready. */
        void restarted(String name, long pid);

        /** The restart failed; another follows if restarts are on. */
        void restartFailed(String name, String reason);
    }

    private ClusterSupervisor(LocalCluster cluster, Events events, boolean restart) {
        this.cluster = cluster;
        this.events = events;
        this.restart = restart;
    }

    /** Starts watching every process of {@code cluster}. */
    public static ClusterSupervisor watch(LocalCluster cluster, Events events, boolean restart) {
        ClusterSupervisor supervisor = new ClusterSupervisor(cluster, events, restart);
        cluster.processes().forEach(supervisor::watch);
        return supervisor;
    }

    private void watch(String name, ChildJvm process) {
        startedNanos.put(name, System.nanoTime());
        process.onExit().thenAccept(ended -> exited(name, ended));
    }

    private void exited(String name, ChildJvm process) {
        if (closed || cluster.isClosed() || process.stopRequested()) {
            return;
        }
        events.exited(name, process.pid(), process.exitValue(), process.lastLines(LOG_LINES), process);
        if (!restart) {
            return;
        }
        long ranNanos = System.nanoTime() - startedNanos.getOrDefault(name, System.nanoTime());
        if (ranNanos > STABLE.toNanos()) {
            nextDelay.remove(name);
        }
        scheduleRestart(name);
    }

    private void scheduleRestart(String name) {
        Duration delay = nextDelay.getOrDefault(name, FIRST_DELAY);
        Duration doubled = delay.multipliedBy(2);
        nextDelay.put(name, doubled.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : doubled);
        events.restarting(name, delay);
        restarts.schedule(() -> restartNow(name), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restartNow(String name) {
        if (closed || cluster.isClosed()) {
            return;
        }
        try {
            cluster.restart(name);
            ChildJvm process = cluster.processes().get(name);
            events.restarted(name, process.pid());
            watch(name, process);
        } catch (RuntimeException e) {
            if (closed || cluster.isClosed()) {
                return;
            }
            events.restartFailed(name, e.getMessage());
            scheduleRestart(name);
        }
    }

    /** Stops watching and restarting; a restart under way is interrupted. */
    @Override
    public void close() {
        closed = true;
        restarts.shutdownNow();
    }
}
