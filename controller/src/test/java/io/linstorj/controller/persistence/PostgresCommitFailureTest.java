package io.linstorj.controller.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.props.PropsChange;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The commit failure tests against a real PostgreSQL server (where
 * {@code LINSTORJ_TEST_POSTGRES_URL} names one, as CI provides), plus the real thing: the
 * controller's database backends terminated from another connection while commits are in flight.
 */
@EnabledIfEnvironmentVariable(named = "LINSTORJ_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresCommitFailureTest extends CommitFailureTest {
    private static final String URL = System.getenv("LINSTORJ_TEST_POSTGRES_URL");
    private static final String USER =
            Optional.ofNullable(System.getenv("LINSTORJ_TEST_POSTGRES_USER")).orElse("postgres");
    private static final String PASSWORD = Optional.ofNullable(System.getenv("LINSTORJ_TEST_POSTGRES_PASSWORD"))
            .orElse("");
    private static final int CLIENTS = 8;
    private static final int CALLS_PER_CLIENT = 15;

    @Override
    Database openDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        return Database.open(URL, USER, PASSWORD);
    }

    @Test
    void theLimitsTheServicesCheckAreTheColumnsOfThePostgresSchema() throws Exception {
        assertThat(io.linstorj.controller.state.ColumnLimits.columns())
                .isEqualTo(ColumnLimitsTest.textColumns(database, "public"));
    }

    @Test
    void terminatingTheControllersBackendsDuringCommitsLeavesMemoryEqualToTheDatabaseAndAnswersTrue() throws Exception {
        AtomicBoolean calling = new AtomicBoolean(true);
        AtomicInteger terminated = new AtomicInteger();
        Thread killer = new Thread(() -> terminateBackendsWhile(calling, terminated), "backend-killer");
        killer.start();
        Map<String, List<ApiCallRc>> answers = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        try {
            for (int client = 0; client < CLIENTS; client++) {
                int number = client;
                clients.add(CompletableFuture.runAsync(() -> {
                    for (int call = 0; call < CALLS_PER_CLIENT; call++) {
                        String name = "node-" + number + "-" + call;
                        answers.put(name, createNode(name).join());
                    }
                }));
            }
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        } finally {
            calling.set(false);
            killer.join(TimeUnit.SECONDS.toMillis(10));
        }

        // The next write re-reads the state if a commit's outcome was left unknown.
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                await(services.keyValueStores().modify("after", PropsChange.set(Map.of("k", "v")))))
                        .allMatch(ApiCallRc::isSuccess));
        Map<String, Map<Object, Object>> stored = StateSnapshot.load(store);
        assertThat(StateSnapshot.of(guarded)).isEqualTo(stored);

        int succeeded = 0;
        int unchanged = 0;
        int unknown = 0;
        for (Map.Entry<String, List<ApiCallRc>> answer : answers.entrySet()) {
            boolean inDatabase = stored.get("nodes").containsKey(Names.key(answer.getKey()));
            ApiCallRc rc = answer.getValue().get(0);
            if (rc.isSuccess()) {
                succeeded++;
                assertThat(inDatabase)
                        .as("acknowledged %s is stored", answer.getKey())
                        .isTrue();
            } else if ("Nothing was changed.".equals(rc.details())) {
                unchanged++;
                assertThat(inDatabase)
                        .as("%s answered 'Nothing was changed' is not stored", answer.getKey())
                        .isFalse();
            } else {
                unknown++;
                assertThat(rc.cause()).as("answer for %s", answer.getKey()).contains("may have been committed");
            }
            if (!rc.isSuccess()) {
                List<ApiCallRc> retry = await(createNode(answer.getKey()));
                assertThat(retry)
                        .singleElement()
                        .satisfies(again -> assertThat(
                                        inDatabase ? again.hasCode(RetCodes.FAIL_EXISTS_NODE) : again.isSuccess())
                                .as("retry of %s (stored: %s): %s", answer.getKey(), inDatabase, again)
                                .isTrue());
            }
        }
        assertThat(StateSnapshot.of(guarded)).isEqualTo(StateSnapshot.load(store));
        System.out.printf(
                "backends terminated: %d; calls: %d succeeded, %d nothing changed, %d maybe committed%n",
                terminated.get(), succeeded, unchanged, unknown);
        assertThat(answers).hasSize(CLIENTS * CALLS_PER_CLIENT);
    }

    /** Terminates every other backend of the database, again and again, until the calls are done. */
    private static void terminateBackendsWhile(AtomicBoolean calling, AtomicInteger terminated) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            while (calling.get()) {
                try (ResultSet rows = statement.executeQuery("SELECT count(pg_terminate_backend(pid))"
                        + " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
                    rows.next();
                    terminated.addAndGet(rows.getInt(1));
                }
                // Pacing, not synchronisation: let some commits through between the terminations.
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("terminating backends failed", e);
        }
    }
}
