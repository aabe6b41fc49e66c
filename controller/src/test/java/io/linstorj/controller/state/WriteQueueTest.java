package io.linstorj.controller.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.errorreport.InMemoryErrorReports;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WriteQueueTest {
    private final ExecutorService readers = Executors.newSingleThreadExecutor();
    private final GuardedState guarded = new GuardedState(new DesiredState(), readers);
    private final ControlledStore store = new ControlledStore();
    private final InMemoryErrorReports errorReports = new InMemoryErrorReports("ctl", "test", Clock.systemUTC(), 10);
    private final WriteQueue writes =
            new WriteQueue(guarded, store, WriteQueue.DEFAULT_MAX_PENDING_PER_SUBMITTER, errorReports);

    @AfterEach
    void close() {
        store.release.countDown();
        writes.close();
        readers.shutdownNow();
    }

    private static Mutation putStore(String name) {
        return state -> {
            state.putKeyValueStore(name);
            return List.of(ApiCallRc.of(RetCodes.MASK_KVS | RetCodes.MASK_MOD | RetCodes.MODIFIED, name + " modified"));
        };
    }

    private static Mutation putStoreUnless(String name, String blocker) {
        return state -> {
            if (state.keyValueStores().containsKey(Names.key(blocker))) {
                throw new ApiRcException(ApiCallRc.of(RetCodes.MASK_KVS | RetCodes.FAIL_IN_USE, blocker + " exists"));
            }
            return putStore(name).apply(state);
        };
    }

    private List<String> storeNames() {
        return guarded.read(state -> List.copyOf(state.keyValueStores().values()));
    }

    private static List<ApiCallRc> await(CompletableFuture<List<ApiCallRc>> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    @Test
    void mutationsQueuedDuringACommitAreCommittedTogetherInOneTransaction() throws Exception {
        store.blockFirstWrite = true;
        CompletableFuture<List<ApiCallRc>> first = writes.submit(putStore("kv0"));
        store.entered.await(30, TimeUnit.SECONDS);
        List<CompletableFuture<List<ApiCallRc>>> queued = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            queued.add(writes.submit(putStore("kv" + i)));
        }
        assertThat(first).isNotDone();

        store.release.countDown();

        assertThat(await(first)).allMatch(ApiCallRc::isSuccess);
        for (CompletableFuture<List<ApiCallRc>> future : queued) {
            assertThat(await(future)).allMatch(ApiCallRc::isSuccess);
        }
        assertThat(store.commits).hasSize(2);
        assertThat(store.commits.get(1)).hasSize(9);
    }

    @Test
    void laterMutationsInABatchSeeEarlierOnesAndARefusalIsUndoneAlone() throws Exception {
        store.blockFirstWrite = true;
        writes.submit(putStore("warmup"));
        store.entered.await(30, TimeUnit.SECONDS);
        CompletableFuture<List<ApiCallRc>> blocker = writes.submit(putStore("blocker"));
        CompletableFuture<List<ApiCallRc>> refused = writes.submit(putStoreUnless("never", "blocker"));
        CompletableFuture<List<ApiCallRc>> after = writes.submit(putStore("after"));
        store.release.countDown();

        assertThat(await(blocker)).allMatch(ApiCallRc::isSuccess);
        assertThat(await(refused))
                .singleElement()
                .satisfies(rc -> assertThat(rc.message()).isEqualTo("blocker exists"));
        assertThat(await(after)).allMatch(ApiCallRc::isSuccess);
        assertThat(storeNames()).containsExactlyInAnyOrder("warmup", "blocker", "after");
    }

    @Test
    void failedCommitUndoesTheBatchAndAnswersFailSql() throws Exception {
        await(writes.submit(putStore("kept")));
        store.failWrites = true;

        List<ApiCallRc> replies = await(writes.submit(putStore("lost")));

        assertThat(replies).singleElement().satisfies(rc -> {
            assertThat(rc.retCode()).isEqualTo(RetCodes.FAIL_SQL | RetCodes.MASK_KVS | RetCodes.MASK_MOD);
            assertThat(rc.cause()).contains("disk full");
        });
        assertThat(storeNames()).containsExactly("kept");
        store.failWrites = false;
        assertThat(await(writes.submit(putStore("later")))).allMatch(ApiCallRc::isSuccess);
        assertThat(storeNames()).containsExactly("kept", "later");
    }

    @Test
    void unexpectedExceptionInAMutationIsAnsweredAsImplementationErrorAndUndone() throws Exception {
        List<ApiCallRc> replies = await(writes.submit(state -> {
            state.putKeyValueStore("half");
            throw new IllegalStateException("bug");
        }));

        assertThat(replies)
                .singleElement()
                .satisfies(
                        rc -> assertThat(rc.hasCode(RetCodes.FAIL_IMPL_ERROR)).isTrue());
        assertThat(storeNames()).isEmpty();
        assertThat(store.commits).isEmpty();
    }

    @Test
    void aMutationsBugBecomesAnErrorReportThatTheReplyNames() throws Exception {
        List<ApiCallRc> replies = await(writes.submit(state -> {
            throw new IllegalStateException("bug in a mutation");
        }));

        assertThat(replies).singleElement().satisfies(rc -> {
            assertThat(rc.errorReportIds()).singleElement().asString().matches("[0-9A-F]{8}-00000-000000");
            assertThat(errorReports.get(rc.errorReportIds().get(0))).hasValueSatisfying(report -> {
                assertThat(report.exception()).isEqualTo("IllegalStateException");
                assertThat(report.exceptionMessage()).isEqualTo("bug in a mutation");
                assertThat(report.text())
                        .hasValueSatisfying(text -> assertThat(text).contains("WriteQueueTest"));
            });
        });
    }

    @Test
    void listenersHearAboutCommittedBatchesWithVersions() throws Exception {
        BlockingQueue<StateChange> heard = new LinkedBlockingQueue<>();
        writes.addListener(heard::add);

        await(writes.submit(putStore("kv1")));
        await(writes.submit(state -> List.of()));
        await(writes.submit(putStore("kv2")));

        StateChange first = heard.poll(30, TimeUnit.SECONDS);
        StateChange second = heard.poll(30, TimeUnit.SECONDS);
        assertThat(first.keyValueStoreNames()).containsExactly("kv1");
        assertThat(second.keyValueStoreNames()).containsExactly("kv2");
        assertThat(second.version()).isEqualTo(first.version() + 1);
    }

    @Test
    void aCallTheStoreRejectsFailsAloneAndTheOtherCallsOfItsBatchAreCommittedEachOnItsOwn() throws Exception {
        store.blockFirstWrite = true;
        store.rejectStore = "POISON";
        CompletableFuture<List<ApiCallRc>> warmup = writes.submit(putStore("warmup"));
        store.entered.await(30, TimeUnit.SECONDS);
        List<CompletableFuture<List<ApiCallRc>>> valid = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            valid.add(writes.submit(putStore("kv" + i)));
        }
        CompletableFuture<List<ApiCallRc>> poisoned = writes.submit(putStore("poison"));
        for (int i = 4; i < 8; i++) {
            valid.add(writes.submit(putStore("kv" + i)));
        }
        store.release.countDown();

        assertThat(await(warmup)).allMatch(ApiCallRc::isSuccess);
        assertThat(await(poisoned)).singleElement().satisfies(rc -> {
            assertThat(rc.retCode()).isEqualTo(RetCodes.FAIL_SQL | RetCodes.MASK_KVS | RetCodes.MASK_MOD);
            assertThat(rc.details()).isEqualTo("Nothing was changed.");
        });
        for (CompletableFuture<List<ApiCallRc>> future : valid) {
            assertThat(await(future)).allMatch(ApiCallRc::isSuccess);
        }
        assertThat(storeNames()).hasSize(9).doesNotContain("poison");
        assertThat(store.persisted).hasSize(9);
        assertThat(store.commits)
                .as("the warmup, then the eight valid calls one by one")
                .hasSize(9);
    }

    @Test
    void aCommitWithUnknownOutcomeSaysItMayHaveBeenCommittedAndMemoryIsReloadedFromTheStore() throws Exception {
        BlockingQueue<StateChange> heard = new LinkedBlockingQueue<>();
        writes.addListener(heard::add);
        store.loseNextAnswer = true;

        List<ApiCallRc> replies = await(writes.submit(putStore("maybe")));

        assertThat(replies).singleElement().satisfies(rc -> {
            assertThat(rc.retCode()).isEqualTo(RetCodes.FAIL_SQL | RetCodes.MASK_KVS | RetCodes.MASK_MOD);
            assertThat(rc.cause()).contains("may have been committed");
        });
        assertThat(storeNames()).as("memory follows the store, which committed").containsExactly("maybe");
        assertThat(heard.poll(30, TimeUnit.SECONDS).keyValueStoreNames()).contains("maybe");
    }

    @Test
    void whileTheStoreCannotBeReReadAfterAnUnknownOutcomeCallsAreAnsweredNothingChangedAndLaterSucceed()
            throws Exception {
        store.loseNextAnswer = true;
        store.failLoads = true;
        await(writes.submit(putStore("maybe")));

        assertThat(await(writes.submit(putStore("waiting")))).singleElement().satisfies(rc -> {
            assertThat(rc.hasCode(RetCodes.FAIL_SQL)).isTrue();
            assertThat(rc.details()).isEqualTo("Nothing was changed.");
        });
        store.failLoads = false;

        assertThat(await(writes.submit(putStore("later")))).allMatch(ApiCallRc::isSuccess);
        assertThat(storeNames()).containsExactly("later", "maybe");
        assertThat(store.persisted.keySet()).containsExactly("LATER", "MAYBE");
    }

    /** A store that can block its first write (to queue a batch behind it) or fail. */
    private static final class ControlledStore implements DesiredStateStore {
        final List<List<Change>> commits = new CopyOnWriteArrayList<>();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean blockFirstWrite;
        volatile boolean failWrites;

        final Map<Object, String> persisted = new java.util.concurrent.ConcurrentSkipListMap<>();
        volatile String rejectStore;
        volatile boolean loseNextAnswer;
        volatile boolean failLoads;
        final java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public void loadInto(DesiredState state) throws StoreException {
            loads.incrementAndGet();
            if (failLoads) {
                throw new StoreException("database unreachable", null, StoreException.Outcome.UNAVAILABLE);
            }
            persisted.values().forEach(state::putKeyValueStore);
        }

        @Override
        public void write(List<Change> changes) throws StoreException {
            if (failWrites) {
                throw new StoreException("disk full", null);
            }
            if (changes.stream().anyMatch(change -> change.key().equals(rejectStore))) {
                throw new StoreException("value too long for type character varying(1024)", null);
            }
            for (Change change : changes) {
                if (change.after() == null) {
                    persisted.remove(change.key());
                } else {
                    persisted.put(change.key(), (String) change.after());
                }
            }
            if (loseNextAnswer) {
                loseNextAnswer = false;
                throw new StoreException("connection reset during COMMIT", null, StoreException.Outcome.UNKNOWN);
            }
            if (blockFirstWrite && entered.getCount() > 0) {
                entered.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            commits.add(List.copyOf(changes));
        }

        @Override
        public void close() {}
    }
}
