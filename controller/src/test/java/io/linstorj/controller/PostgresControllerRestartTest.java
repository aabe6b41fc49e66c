package io.linstorj.controller;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The restart tests against a real PostgreSQL server, the production database: runs where
 * {@code LINSTORJ_TEST_POSTGRES_URL} names one (CI starts a throwaway server for it), with
 * {@code LINSTORJ_TEST_POSTGRES_USER} and {@code LINSTORJ_TEST_POSTGRES_PASSWORD} if needed.
 * Each test starts from an empty schema.
 */
@EnabledIfEnvironmentVariable(named = "LINSTORJ_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresControllerRestartTest extends ControllerRestartTest {
    private static final String URL = System.getenv("LINSTORJ_TEST_POSTGRES_URL");
    private static final String USER =
            Optional.ofNullable(System.getenv("LINSTORJ_TEST_POSTGRES_USER")).orElse("postgres");
    private static final String PASSWORD = Optional.ofNullable(System.getenv("LINSTORJ_TEST_POSTGRES_PASSWORD"))
            .orElse("");

    @BeforeEach
    void emptySchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    @Override
    ControllerConfig config() {
        return new ControllerConfig(
                dataDirectory,
                "127.0.0.1",
                0,
                super.config().maxFrameLength(),
                Optional.of(URL),
                Optional.of(USER),
                Optional.of(PASSWORD));
    }
}
