package io.linstorj.controller.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fair sharing of the writer between submitters, over the real {@link WriteQueue}. */
class WriteQueueFairnessTest {
    private static final int BACKLOG = 50_000;

    private final ExecutorService readers = Executors.newSingleThreadExecutor();
    private final GuardedState guarded = new GuardedState(new DesiredState(), readers);
    private final BlockingStore store = new BlockingStore();
    private final List<String> applied = Collections.synchronizedList(new ArrayList<>());
    private WriteQueue writes;

    @AfterEach
    void close() {
        store.release.countDown();
        if (writes != null) {
            writes.close();
        }
        readers.shutdownNow();
    }

    /** A mutation that notes its tag in {@link #applied} when the writer applies it. */
    private Mutation tagged(String tag) {
        return state -> {
            applied.add(tag);
            return List.of(ApiCallRc.of(RetCodes.MASK_CTRL_CONF | RetCodes.MASK_MOD | RetCodes.MODIFIED, tag));
        };
    }

    /** Submits a first mutation that changes a row, and waits until its commit blocks the writer. */
    private void blockWriter(String submitter) throws InterruptedException {
        writes.submit(submitter, state -> {
            state.putControllerProp("blocker", "1");
            return tagged("blocker").apply(state);
        });
        assertThat(store.entered.await(30, TimeUnit.SECONDS)).isTrue();
    }

    private static List<ApiCallRc> await(CompletableFuture<List<ApiCallRc>> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    @Test
    void singleWriteOfOneSubmitterGoesIntoTheNextBatchAheadOfAnothersBacklog() throws Exception {
        writes = new WriteQueue(guarded, store, BACKLOG);
        blockWriter("busy");
        List<CompletableFuture<List<ApiCallRc>>> backlog = new ArrayList<>(BACKLOG);
        for (int i = 0; i < BACKLOG; i++) {
            backlog.add(writes.submit("busy", tagged("busy")));
        }
        CompletableFuture<List<ApiCallRc>> quiet = writes.submit("quiet", tagged("quiet"));
        AtomicInteger appliedWhenQuietAnswered = new AtomicInteger(-1);
        quiet.thenRun(() -> appliedWhenQuietAnswered.set(applied.size()));

        store.release.countDown();

        assertThat(await(quiet)).allMatch(ApiCallRc::isSuccess);
        assertThat(await(backlog.get(BACKLOG - 1))).allMatch(ApiCallRc::isSuccess);
        // The blocked batch, then busy and quiet take turns: quiet is the third mutation applied,
        // and it is answered when its batch commits, long before the backlog is through.
        assertThat(applied.indexOf("quiet")).isEqualTo(2);
        assertThat(appliedWhenQuietAnswered.get()).isBetween(3, 1 + WriteQueue.MAX_BATCH);
        assertThat(applied).hasSize(BACKLOG + 2);
    }

    @Test
    void submitBeyondTheSubmittersBoundIsRefusedAtOnceAndOthersAreUnaffected() throws Exception {
        writes = new WriteQueue(guarded, store, 3);
        blockWriter("greedy");
        List<CompletableFuture<List<ApiCallRc>>> accepted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            accepted.add(writes.submit("greedy", tagged("greedy" + i)));
        }

        CompletableFuture<List<ApiCallRc>> refused = writes.submit("greedy", tagged("too many"));
        CompletableFuture<List<ApiCallRc>> other =
                writes.submitters().callAs("other", () -> writes.submit(tagged("other")));

        assertThat(refused).isDone();
        assertThat(refused.get()).singleElement().satisfies(rc -> {
            assertThat(rc.retCode()).isEqualTo(RetCodes.FAIL_UNKNOWN_ERROR);
            assertThat(rc.message()).contains("Too many pending changes");
            assertThat(rc.cause()).contains("3 changes waiting");
            assertThat(rc.correction()).contains("Slow down");
        });
        assertThat(other).isNotDone();
        store.release.countDown();
        assertThat(await(other)).allMatch(ApiCallRc::isSuccess);
        for (CompletableFuture<List<ApiCallRc>> future : accepted) {
            assertThat(await(future)).allMatch(ApiCallRc::isSuccess);
        }
        assertThat(applied).doesNotContain("too many");
    }

    @Test
    void mutationsQueuedBeforeCloseAreStillWritten() throws Exception {
        writes = new WriteQueue(guarded, store);
        blockWriter("a");
        CompletableFuture<List<ApiCallRc>> queued = writes.submit("b", tagged("queued"));
        store.release.countDown();

        writes.close();

        assertThat(queued).isDone();
        assertThat(queued.get()).allMatch(ApiCallRc::isSuccess);
        assertThat(writes.submit("b", tagged("late")).get())
                .singleElement()
                .satisfies(rc -> assertThat(rc.message()).contains("shutting down"));
    }

    /** A store whose first write blocks until released, so that a backlog queues behind it. */
    private static final class BlockingStore implements DesiredStateStore {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void loadInto(DesiredState state) {}

        @Override
        public void write(List<Change> changes) {
            if (entered.getCount() > 0) {
                entered.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void close() {}
    }
}
