package io.linstorj.controller.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.state.ColumnLimits;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnLimitsTest {
    private static final Set<Integer> TEXT_TYPES =
            Set.of(Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.NCHAR, Types.LONGVARCHAR);

    @TempDir
    Path dataDirectory;

    /** Every character column of the migrated schema with its length, as "table.column". */
    static Map<String, Integer> textColumns(Database database, String schema) throws Exception {
        Map<String, Integer> columns = new TreeMap<>();
        try (Connection connection = database.dataSource().getConnection();
                ResultSet rows = connection.getMetaData().getColumns(null, schema, "%", "%")) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.startsWith("flyway") && TEXT_TYPES.contains(rows.getInt("DATA_TYPE"))) {
                    columns.put(
                            table + "." + rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                            rows.getInt("COLUMN_SIZE"));
                }
            }
        }
        return columns;
    }

    @Test
    void theLimitsTheServicesCheckAreTheColumnsTheMigrationsCreate() throws Exception {
        try (Database database = Database.open(Database.h2Url(dataDirectory), "sa", "")) {
            assertThat(ColumnLimits.columns()).isEqualTo(textColumns(database, "PUBLIC"));
        }
    }
}
