package io.linstorj.controller.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.service.ControllerServices;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 file under a steady stream of small commits, through the services, the writer
 * and the store as the controller's database applier uses it (one H2 commit per batch): its
 * size follows the data, not the number of commits.
 */
class H2FileGrowthTest {
    private static final int STORES = 40;
    private static final int KEYS_PER_STORE = 50;
    private static final int COMMITS = 3_000;

    @TempDir
    Path dataDirectory;

    private final ExecutorService readers = Executors.newFixedThreadPool(2);
    private Database database;
    private WriteQueue writes;

    @AfterEach
    void close() throws InterruptedException {
        if (writes != null) {
            writes.close();
        }
        if (database != null) {
            database.close();
        }
        readers.shutdownNow();
        readers.awaitTermination(10, TimeUnit.SECONDS);
    }

    private ControllerServices servicesOver(JdbcStateStore store) {
        DesiredState desired = new DesiredState();
        desired.undoLog().clear();
        GuardedState guarded = new GuardedState(desired, readers);
        writes = new WriteQueue(guarded, store);
        return ControllerServices.create(writes, guarded, new ObservedState());
    }

    private static void set(ControllerServices services, int store, Map<String, String> keys) throws Exception {
        List<ApiCallRc> replies = services.keyValueStores()
                .modify("store" + store, PropsChange.set(keys))
                .get(10, TimeUnit.SECONDS);
        assertThat(replies).extracting(ApiCallRc::retCode).allMatch(code -> (code & RetCodes.MASK_ERROR) == 0);
    }

    private static String key(int key) {
        return "Aux/key" + key;
    }

    private Path file() {
        return dataDirectory.resolve("linstorj.mv.db");
    }

    private void checkpoint() throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
            connection.commit();
        }
    }

    @Test
    void aSteadyStreamOfSmallCommitsKeepsTheFileWithinAFewTimesTheSizeOfTheData() throws Exception {
        // H2 keeps every chunk for RETENTION_TIME (45 s by default) before it reuses or rewrites
        // it; 0 makes the bound depend on the data alone, not on how many commits this machine
        // fits into 45 s. (The test does not open the file again: H2 may refuse a file closed at 0.)
        database = Database.open(Database.h2Url(dataDirectory) + ";RETENTION_TIME=0", "sa", "");
        H2Compaction compaction = new H2Compaction();
        ControllerServices services = servicesOver(new JdbcStateStore(database.dataSource(), compaction));
        for (int store = 0; store < STORES; store++) {
            Map<String, String> keys = new HashMap<>();
            for (int key = 0; key < KEYS_PER_STORE; key++) {
                keys.put(key(key), "initial value of a key, about as long as a DRBD option " + key);
            }
            set(services, store, keys);
        }
        checkpoint();
        long withTheData = Files.size(file());

        long largest = withTheData;
        for (int commit = 0; commit < COMMITS; commit++) {
            // Spread over all keys, as changes to a cluster's objects are: each touches other pages.
            int entry = (int) ((commit * 7919L) % (STORES * KEYS_PER_STORE));
            set(services, entry / KEYS_PER_STORE, Map.of(key(entry % KEYS_PER_STORE), "changed value " + commit));
            largest = Math.max(largest, Files.size(file()));
        }

        assertThat(largest)
                .as("largest file size over %d commits, against %d bytes with the data", COMMITS, withTheData)
                .isLessThan(3 * withTheData);
        assertThat(compaction.rewritingPasses()).isPositive();
    }
}
