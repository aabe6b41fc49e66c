package io.linstorj.controller.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.cluster.StoragePoolDefinition;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.state.DesiredState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    @TempDir
    Path dataDirectory;

    private static List<String> column(Database database, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void freshDatabaseIsMigratedToTheCurrentSchemaWithDefaultPoolDefinitionsAndGroup() throws Exception {
        try (Database database = Database.open(Database.h2Url(dataDirectory), "sa", "")) {
            assertThat(
                            column(
                                    database,
                                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"))
                    .containsExactly("1", "2", "3", "20", "30", "40");
            assertThat(column(database, "SELECT name FROM storage_pool_definitions ORDER BY name"))
                    .containsExactly("DfltDisklessStorPool", "DfltStorPool");
            assertThat(column(database, "SELECT name FROM resource_groups")).containsExactly("DfltRscGrp");
        }
        assertThat(dataDirectory.resolve("linstorj.mv.db")).exists();
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsDataAndAppliesNothingTwice() throws Exception {
        try (Database database = Database.open(Database.h2Url(dataDirectory), "sa", "")) {
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO key_value_stores (name_key, name) VALUES ('KV', 'kv')");
                connection.commit();
            }
        }

        try (Database database = Database.open(Database.h2Url(dataDirectory), "sa", "")) {
            assertThat(column(
                            database,
                            "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"))
                    .containsExactly("1", "2", "3", "20", "30", "40");
            DesiredState state = new DesiredState();
            new JdbcStateStore(database).loadInto(state);
            assertThat(state.keyValueStores().get("KV")).isEqualTo("kv");
            assertThat(state.storagePoolDefinitions().get("DFLTSTORPOOL").name())
                    .isEqualTo(StoragePoolDefinition.DEFAULT_POOL);
            assertThat(state.resourceGroup("dfltrscgrp").selectFilter())
                    .isEqualTo(AutoSelectFilter.builder().build());
            assertThat(state.undoLog().isEmpty()).isTrue();
        }
    }

    @Test
    void definitionsFromBeforeResourceGroupsJoinTheDefaultGroup() throws Exception {
        String url = Database.h2Url(dataDirectory);
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .target("1")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "INSERT INTO resource_definitions (name_key, name, tcp_port, secret, transport_type,"
                            + " flags, resource_group_name, object_uuid) VALUES ('OLD', 'old', 7000, 's', 'IP', '', '',"
                            + " '00000000-0000-0000-0000-000000000001')");
        }

        try (Database database = Database.open(url, "sa", "")) {
            DesiredState state = new DesiredState();
            new JdbcStateStore(database).loadInto(state);
            assertThat(state.resourceDefinition("old").resourceGroupName()).isEqualTo("DfltRscGrp");
        }
    }
}
