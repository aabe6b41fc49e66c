package io.linstorj.controller.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The row mapping tests against a real PostgreSQL server where {@code LINSTORJ_TEST_POSTGRES_URL} names one. */
@EnabledIfEnvironmentVariable(named = "LINSTORJ_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresTableMappingTest extends TableMappingTest {
    private static final String URL = System.getenv("LINSTORJ_TEST_POSTGRES_URL");
    private static final String USER =
            Optional.ofNullable(System.getenv("LINSTORJ_TEST_POSTGRES_USER")).orElse("postgres");
    private static final String PASSWORD = Optional.ofNullable(System.getenv("LINSTORJ_TEST_POSTGRES_PASSWORD"))
            .orElse("");

    @Override
    Database openDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        return Database.open(URL, USER, PASSWORD);
    }
}
