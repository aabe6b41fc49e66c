package io.linstorj.controller.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.linstorj.controller.state.TableId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The row mappings cover the schema the migrations build: every table of the desired state is
 * written, with every one of its columns, and every statement a mapping makes is valid there.
 */
class TableMappingTest {
    @TempDir
    Path dataDirectory;

    private Database database;

    Database openDatabase() throws Exception {
        return Database.open(Database.h2Url(dataDirectory), "sa", "");
    }

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Table name to column names, lower-cased, of the migrated schema's own tables. */
    private Map<String, Set<String>> schema() throws Exception {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Connection connection = database.dataSource().getConnection();
                ResultSet columns = connection.getMetaData().getColumns(null, null, "%", "%")) {
            while (columns.next()) {
                String schema = columns.getString("TABLE_SCHEM");
                String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if ("public".equalsIgnoreCase(schema) && !table.equals("flyway_schema_history")) {
                    tables.computeIfAbsent(table, name -> new TreeSet<>())
                            .add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    private static Map<String, Set<String>> mapped() {
        Map<String, Set<String>> tables = new HashMap<>();
        for (TableId id : TableId.values()) {
            Tables.of(id)
                    .columnsByTable()
                    .forEach((table, columns) -> tables.computeIfAbsent(table, name -> new TreeSet<>())
                            .addAll(columns));
        }
        return tables;
    }

    @Test
    void everyTableOfTheDesiredStateHasAMappingOfItsOwn() {
        Set<Map<String, Set<String>>> distinct = new HashSet<>();
        for (TableId id : TableId.values()) {
            TableMapping mapping = Tables.of(id);
            assertThat(mapping).as("mapping of %s", id).isNotNull();
            if (mapping instanceof RowMapping<?>) {
                assertThat(distinct.add(mapping.columnsByTable()))
                        .as("%s writes the tables of another mapping", id)
                        .isTrue();
            }
        }
    }

    @Test
    void everyTableTheMigrationsCreateIsWrittenByAMappingWithAllItsColumns() throws Exception {
        Map<String, Set<String>> schema = schema();
        assertThat(schema).containsKeys("nodes", "props", "snapshot_volumes");
        Map<String, Set<String>> desired = new TreeMap<>(schema);
        desired.keySet().removeAll(Tables.NOT_DESIRED_STATE);

        assertThat(mapped()).isEqualTo(desired);
    }

    @Test
    void everyStatementOfAMappingIsValidOnTheSchema() throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            for (TableId id : TableId.values()) {
                for (String sql : Tables.of(id).statements()) {
                    assertThatCode(() -> {
                                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                                    statement.getParameterMetaData();
                                }
                            })
                            .as("%s: %s", id, sql)
                            .doesNotThrowAnyException();
                }
            }
            connection.rollback();
        }
    }
}
