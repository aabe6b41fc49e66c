package io.linstorj.controller.state;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fair queue in front of one consumer: items wait in one FIFO per submitter, and each batch
 * takes them round-robin, one per submitter in turn. A submitter with a long backlog therefore
 * gets a share of each batch, not all of it, and another submitter's single item goes into the
 * next batch instead of waiting behind the backlog. Each submitter may have at most
 * {@code maxPendingPerSubmitter} items waiting; beyond that {@link #offer} refuses at once, so
 * that no submitter can grow the queue without bound.
 *
 * <p>Thread-safe; meant for many producers and one consumer. Every operation is O(1) per item.
 *
 * @param <T> item type
 */
final class RoundRobinIntake<T> {
    /** What {@link #offer} did with an item. */
    enum Offer {
        /** The item waits for a batch. */
        ACCEPTED,
        /** The submitter already has its maximum of items waiting; the item was not queued. */
        SUBMITTER_FULL,
        /** The intake is closed; the item was not queued. */
        CLOSED
    }

    private final int maxPendingPerSubmitter;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Map<String, ArrayDeque<T>> waiting = new HashMap<>();
    /** Submitters with waiting items, the one whose turn is next first; each appears once. */
    private final ArrayDeque<String> turns = new ArrayDeque<>();

    private int size;
    private boolean closed;

    /** Creates an open, empty intake. */
    RoundRobinIntake(int maxPendingPerSubmitter) {
        if (maxPendingPerSubmitter < 1) {
            throw new IllegalArgumentException("maxPendingPerSubmitter must be positive: " + maxPendingPerSubmitter);
        }
        this.maxPendingPerSubmitter = maxPendingPerSubmitter;
    }

    /** The most items one submitter may have waiting. */
    int maxPendingPerSubmitter() {
        return maxPendingPerSubmitter;
    }

    /** Queues {@code item} behind the earlier items of {@code submitter}, unless full or closed. */
    Offer offer(String submitter, T item) {
        lock.lock();
        try {
            if (closed) {
                return Offer.CLOSED;
            }
            ArrayDeque<T> queue = waiting.get(submitter);
            if (queue == null) {
                queue = new ArrayDeque<>();
                waiting.put(submitter, queue);
                turns.addLast(submitter);
            } else if (queue.size() >= maxPendingPerSubmitter) {
                return Offer.SUBMITTER_FULL;
            }
            queue.addLast(item);
            size++;
            notEmpty.signal();
            return Offer.ACCEPTED;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for at least one item, then takes up to {@code max} items round-robin across
     * submitters. After {@link #close()} it still hands out what waits; an empty list means
     * closed and drained.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    List<T> takeBatch(int max) throws InterruptedException {
        lock.lock();
        try {
            while (size == 0 && !closed) {
                notEmpty.await();
            }
            List<T> batch = new ArrayList<>(Math.min(max, size));
            while (batch.size() < max && size > 0) {
                // The turn order survives across batches, so with more submitters than a batch
                // holds, the ones left out this time go first next time.
                String submitter = turns.pollFirst();
                ArrayDeque<T> queue = waiting.get(submitter);
                batch.add(queue.pollFirst());
                size--;
                if (queue.isEmpty()) {
                    waiting.remove(submitter);
                } else {
                    turns.addLast(submitter);
                }
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    /** The number of items {@code submitter} has waiting. */
    int waitingOf(String submitter) {
        lock.lock();
        try {
            ArrayDeque<T> queue = waiting.get(submitter);
            return queue == null ? 0 : queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Refuses further items and wakes the consumer; waiting items are still handed out. */
    void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
