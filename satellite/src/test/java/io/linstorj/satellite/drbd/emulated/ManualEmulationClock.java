package io.linstorj.satellite.drbd.emulated;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/** An emulation clock that moves only when the test advances it, running due tasks in order. */
final class ManualEmulationClock implements EmulationClock {
    private final PriorityQueue<Task> tasks =
            new PriorityQueue<>(Comparator.comparing(Task::due).thenComparingLong(Task::sequence));
    private Instant now = Instant.parse("2024-01-01T00:00:00Z");
    private long sequence;

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized Scheduled schedule(Duration delay, Runnable task) {
        Task scheduled = new Task(now.plus(delay), sequence++, task);
        tasks.add(scheduled);
        return () -> {
            synchronized (this) {
                tasks.remove(scheduled);
            }
        };
    }

    /** Moves time forward by {@code duration}, running every task that falls due on the way. */
    void advance(Duration duration) {
        Instant end;
        synchronized (this) {
            end = now.plus(duration);
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.due().isAfter(end)) {
                    now = end;
                    return;
                }
                tasks.poll();
                now = next.due();
            }
            next.action().run();
        }
    }

    synchronized int pendingTasks() {
        return tasks.size();
    }

    private record Task(Instant due, long sequence, Runnable action) {}
}
