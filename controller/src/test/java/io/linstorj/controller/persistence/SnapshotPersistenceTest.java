package io.linstorj.controller.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.cluster.SnapshotDefinition;
import io.linstorj.controller.cluster.SnapshotDefinitionKey;
import io.linstorj.controller.cluster.SnapshotKey;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.Mutation;
import io.linstorj.controller.state.WriteQueue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshot definitions and snapshots are written with each batch and read back as they were committed. */
class SnapshotPersistenceTest {
    @TempDir
    Path dataDirectory;

    private final ExecutorService readers = Executors.newSingleThreadExecutor();
    private Database database;
    private JdbcStateStore store;
    private GuardedState guarded;
    private WriteQueue writes;

    /** Opens the database the test runs on. */
    Database openDatabase() throws Exception {
        return Database.open(Database.h2Url(dataDirectory), "sa", "");
    }

    @BeforeEach
    void start() throws Exception {
        database = openDatabase();
        store = new JdbcStateStore(database);
        DesiredState desired = new DesiredState();
        store.loadInto(desired);
        guarded = new GuardedState(desired, readers);
        writes = new WriteQueue(guarded, store);
    }

    @AfterEach
    void stop() {
        writes.close();
        readers.shutdownNow();
        store.close();
        database.close();
    }

    private void commit(Mutation mutation) throws Exception {
        List<ApiCallRc> replies = writes.submit(mutation).get(30, TimeUnit.SECONDS);
        assertThat(replies).noneMatch(ApiCallRc::isError);
    }

    private static List<ApiCallRc> ok() {
        return List.of(ApiCallRc.of(RetCodes.MASK_SNAPSHOT | RetCodes.MASK_CRT | RetCodes.CREATED, "ok"));
    }

    private static SnapshotDefinition definition(String resource, String name, Map<Integer, Long> sizes) {
        return new SnapshotDefinition(
                resource,
                name,
                new TreeMap<>(sizes),
                Map.of("SequenceNumber", "1"),
                Set.of("SUCCESSFUL"),
                UUID.randomUUID());
    }

    private static Snapshot onNode(String resource, String name, String node, Map<Integer, String> pools) {
        return new Snapshot(
                resource,
                name,
                node,
                new TreeMap<>(pools),
                Map.of("StorPoolName", "pool"),
                1_796_117_081_232L,
                UUID.randomUUID());
    }

    @Test
    void snapshotsWithTheirVolumeSizesPoolsAndPropertiesAreReadBackAsCommitted() throws Exception {
        commit(state -> {
            state.putSnapshotDefinition(definition("Web", "s1", Map.of(0, 15360L, 1, 20480L)));
            state.putSnapshot(onNode("Web", "s1", "alpha", Map.of(0, "DfltStorPool", 1, "thin")));
            state.putSnapshot(onNode("Web", "s1", "bravo", Map.of(0, "DfltStorPool", 1, "DfltStorPool")));
            state.putSnapshotDefinition(definition("db", "nightly-1", Map.of(0, 1024L)));
            state.putSnapshot(onNode("db", "nightly-1", "alpha", Map.of(0, "DfltStorPool")));
            return ok();
        });

        assertThat(StateSnapshot.load(store)).isEqualTo(StateSnapshot.of(guarded));
        DesiredState loaded = new DesiredState();
        store.loadInto(loaded);
        assertThat(loaded.snapshotsOn("ALPHA"))
                .extracting(Snapshot::snapshotName)
                .containsExactly("nightly-1", "s1");
        assertThat(loaded.snapshotDefinition("web", "S1").volumeSizesKib()).containsEntry(1, 20480L);
    }

    @Test
    void changedAndRemovedSnapshotsLeaveNoRowsBehind() throws Exception {
        commit(state -> {
            state.putSnapshotDefinition(definition("web", "s1", Map.of(0, 15360L, 1, 20480L)));
            state.putSnapshot(onNode("web", "s1", "alpha", Map.of(0, "DfltStorPool", 1, "DfltStorPool")));
            state.putSnapshot(onNode("web", "s1", "bravo", Map.of(0, "DfltStorPool", 1, "DfltStorPool")));
            state.putSnapshotDefinition(definition("web", "s2", Map.of(0, 1L)));
            state.putSnapshot(onNode("web", "s2", "alpha", Map.of(0, "DfltStorPool")));
            return ok();
        });
        commit(state -> {
            SnapshotDefinition s1 = state.snapshotDefinition("web", "s1");
            state.putSnapshotDefinition(new SnapshotDefinition(
                    s1.resourceName(), s1.name(), new TreeMap<>(Map.of(0, 30720L)), Map.of(), Set.of(), s1.uuid()));
            state.removeSnapshot(SnapshotKey.of("web", "s1", "bravo"));
            state.removeSnapshotDefinition(SnapshotDefinitionKey.of("web", "s2"));
            return ok();
        });

        assertThat(StateSnapshot.load(store)).isEqualTo(StateSnapshot.of(guarded));
        DesiredState loaded = new DesiredState();
        store.loadInto(loaded);
        assertThat(loaded.snapshotDefinitions().values())
                .extracting(SnapshotDefinition::name)
                .containsExactly("s1");
        assertThat(loaded.snapshotDefinition("web", "s1").volumeSizesKib()).containsExactly(Map.entry(0, 30720L));
        assertThat(loaded.snapshots().values()).extracting(Snapshot::nodeName).containsExactly("alpha");
        assertThat(loaded.snapshotsOn("alpha"))
                .extracting(Snapshot::snapshotName)
                .containsExactly("s1");
    }
}
