package io.linstorj.controller.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.node.NetInterfaceRequest;
import io.linstorj.controller.node.NodeCreateRequest;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.service.ControllerServices;
import io.linstorj.controller.state.Change;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.DesiredStateStore;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.Mutation;
import io.linstorj.controller.state.StoreException;
import io.linstorj.controller.state.WriteQueue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer over a real database when commits fail: a call whose data the database refuses
 * fails alone, and a commit whose outcome is unknown is answered as such and leaves memory equal
 * to the database. H2 here; {@link PostgresCommitFailureTest} runs the same against PostgreSQL.
 */
class CommitFailureTest {
    /** Nine clients' calls share one batch: eight valid ones and one the database refuses. */
    private static final int CLIENTS = 8;

    @TempDir
    Path dataDirectory;

    final ExecutorService readers = Executors.newFixedThreadPool(2);
    final FailingCommits failingCommits = new FailingCommits();
    Database database;
    JdbcStateStore store;
    GatedStore gate;
    GuardedState guarded;
    WriteQueue writes;
    ControllerServices services;

    /** Opens the database the test runs on. */
    Database openDatabase() throws Exception {
        return Database.open(Database.h2Url(dataDirectory), "sa", "");
    }

    @BeforeEach
    void start() throws Exception {
        database = openDatabase();
        store = new JdbcStateStore(failingCommits.wrap(database.dataSource()));
        DesiredState desired = new DesiredState();
        store.loadInto(desired);
        guarded = new GuardedState(desired, readers);
        gate = new GatedStore(store);
        writes = new WriteQueue(guarded, gate);
        services = ControllerServices.create(writes, guarded, new ObservedState());
    }

    @AfterEach
    void stop() {
        gate.release.countDown();
        writes.close();
        readers.shutdownNow();
        store.close();
        database.close();
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    CompletableFuture<List<ApiCallRc>> createNode(String name) {
        return services.nodes()
                .create(new NodeCreateRequest(
                        name,
                        "Satellite",
                        Map.of(),
                        List.of(new NetInterfaceRequest("default", "127.0.0.1", null, ""))));
    }

    /** A store with one property whose key is longer than its column: validation would refuse it, so it is put directly. */
    private static Mutation putStoreTheDatabaseRefuses() {
        return state -> {
            state.putKeyValueStore("poison");
            state.putKeyValueEntry("poison", "k".repeat(1025), "v");
            return List.of(ApiCallRc.of(RetCodes.MASK_KVS | RetCodes.MASK_MOD | RetCodes.MODIFIED, "poison modified"));
        };
    }

    @Test
    void aCallWhoseDataTheDatabaseRefusesFailsAloneAndTheOtherCallsOfItsBatchAreCommitted() throws Exception {
        gate.blockNextWrite();
        CompletableFuture<List<ApiCallRc>> warmup = createNode("warmup");
        gate.entered.await(30, TimeUnit.SECONDS);
        List<CompletableFuture<List<ApiCallRc>>> valid = new ArrayList<>();
        for (int i = 0; i < CLIENTS / 2; i++) {
            valid.add(createNode("node-" + i));
        }
        CompletableFuture<List<ApiCallRc>> poisoned = writes.submit(putStoreTheDatabaseRefuses());
        for (int i = CLIENTS / 2; i < CLIENTS; i++) {
            valid.add(createNode("node-" + i));
        }
        gate.release.countDown();

        assertThat(await(warmup)).allMatch(ApiCallRc::isSuccess);
        assertThat(await(poisoned)).singleElement().satisfies(rc -> {
            assertThat(rc.retCode()).isEqualTo(RetCodes.FAIL_SQL | RetCodes.MASK_KVS | RetCodes.MASK_MOD);
            assertThat(rc.details()).isEqualTo("Nothing was changed.");
        });
        for (CompletableFuture<List<ApiCallRc>> call : valid) {
            assertThat(await(call)).as("a valid call of the poisoned batch").allMatch(ApiCallRc::isSuccess);
        }
        List<Integer> writesMade = gate.rowsPerWrite;
        assertThat(writesMade)
                .as("writes: the warmup, the batch of all nine calls, then each call alone")
                .hasSize(2 + CLIENTS + 1);
        assertThat(writesMade.get(1))
                .isEqualTo(writesMade.subList(2, writesMade.size()).stream()
                        .mapToInt(Integer::intValue)
                        .sum());
        Map<String, Map<Object, Object>> stored = StateSnapshot.load(store);
        assertThat(stored.get("nodes")).hasSize(CLIENTS + 1);
        assertThat(stored.get("keyValueStores")).isEmpty();
        assertThat(StateSnapshot.of(guarded)).isEqualTo(stored);
    }

    @Test
    void aCommitWhoseAnswerWasLostSaysItMayHaveBeenCommittedAndMemoryFollowsTheDatabase() throws Exception {
        failingCommits.next.set(FailingCommits.Mode.AFTER_COMMITTING);

        List<ApiCallRc> replies = await(createNode("alpha"));

        assertMayHaveBeenCommitted(replies);
        Map<String, Map<Object, Object>> stored = StateSnapshot.load(store);
        assertThat(stored.get("nodes")).containsKey(Names.key("alpha"));
        assertThat(StateSnapshot.of(guarded)).isEqualTo(stored);
        assertThat(await(createNode("alpha")))
                .singleElement()
                .satisfies(
                        rc -> assertThat(rc.hasCode(RetCodes.FAIL_EXISTS_NODE)).isTrue());
    }

    @Test
    void aCommitThatBrokeBeforeTheDatabaseCommittedSaysItMayHaveBeenCommittedAndARetrySucceeds() throws Exception {
        failingCommits.next.set(FailingCommits.Mode.INSTEAD_OF_COMMITTING);

        List<ApiCallRc> replies = await(createNode("alpha"));

        assertMayHaveBeenCommitted(replies);
        Map<String, Map<Object, Object>> stored = StateSnapshot.load(store);
        assertThat(stored.get("nodes")).doesNotContainKey(Names.key("alpha"));
        assertThat(StateSnapshot.of(guarded)).isEqualTo(stored);
        assertThat(await(createNode("alpha"))).allMatch(ApiCallRc::isSuccess);
        assertThat(StateSnapshot.load(store).get("nodes")).containsKey(Names.key("alpha"));
    }

    static void assertMayHaveBeenCommitted(List<ApiCallRc> replies) {
        assertThat(replies).singleElement().satisfies(rc -> {
            assertThat(rc.retCode()).isEqualTo(RetCodes.FAIL_SQL | RetCodes.MASK_NODE | RetCodes.MASK_CRT);
            assertThat(rc.cause()).contains("may have been committed");
            assertThat(rc.details()).doesNotContain("Nothing was changed");
        });
    }

    /** Wraps a data source so that the next COMMIT can fail as if the connection broke during it. */
    static final class FailingCommits {
        enum Mode {
            NONE,
            AFTER_COMMITTING,
            INSTEAD_OF_COMMITTING
        }

        final AtomicReference<Mode> next = new AtomicReference<>(Mode.NONE);

        DataSource wrap(DataSource real) {
            return (DataSource) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        Object result = invoke(method, real, args);
                        return result instanceof Connection connection ? wrap(connection) : result;
                    });
        }

        private Connection wrap(Connection real) {
            return (Connection) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("commit")) {
                            Mode mode = next.getAndSet(Mode.NONE);
                            if (mode == Mode.AFTER_COMMITTING) {
                                real.commit();
                            }
                            if (mode != Mode.NONE) {
                                real.rollback();
                                throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
                            }
                        }
                        return invoke(method, real, args);
                    });
        }

        private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    /** Passes writes through; can hold the next one so that calls queue up into one batch. */
    static final class GatedStore implements DesiredStateStore {
        final DesiredStateStore real;
        final List<Integer> rowsPerWrite = new java.util.concurrent.CopyOnWriteArrayList<>();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean blockNext;

        GatedStore(DesiredStateStore real) {
            this.real = real;
        }

        void blockNextWrite() {
            blockNext = true;
        }

        @Override
        public void loadInto(DesiredState state) throws StoreException {
            real.loadInto(state);
        }

        @Override
        public void write(List<Change> changes) throws StoreException {
            rowsPerWrite.add((int) changes.stream()
                    .map(change -> change.table() + ":" + change.key())
                    .distinct()
                    .count());
            if (blockNext) {
                blockNext = false;
                entered.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            real.write(changes);
        }

        @Override
        public void close() {
            real.close();
        }
    }
}
