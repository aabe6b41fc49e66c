package io.linstorj.controller.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.linstorj.controller.placement.AutoSelectFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The columns of table RESOURCE_GROUPS that hold a select filter: scalars as typed values (NULL
 * when unset), lists as JSON arrays of strings, in the order of {@link #NAMES}.
 */
final class SelectFilterColumns {
    /** The column names, comma-separated, in the order {@link #values} and {@link #read} use. */
    static final String NAMES = "place_count, additional_place_count, node_name_list, storage_pool, storage_pool_list,"
            + " storage_pool_diskless_list, not_place_with_rsc, not_place_with_rsc_regex, replicas_on_same,"
            + " replicas_on_different, diskless_on_remaining, layer_stack, provider_list, diskless_type";
    /** How many columns {@link #NAMES} lists. */
    static final int COUNT = 14;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};

    private SelectFilterColumns() {}

    /** The column values of {@code filter}, in column order. */
    static Object[] values(AutoSelectFilter filter) {
        return new Object[] {
            filter.placeCount(),
            filter.additionalPlaceCount(),
            json(filter.nodeNameList()),
            filter.storagePool(),
            json(filter.storagePoolList()),
            json(filter.storagePoolDisklessList()),
            json(filter.notPlaceWithRsc()),
            filter.notPlaceWithRscRegex(),
            json(filter.replicasOnSame()),
            json(filter.replicasOnDifferent()),
            filter.disklessOnRemaining(),
            json(filter.layerStack()),
            json(filter.providerList()),
            filter.disklessType()
        };
    }

    /** Reads the filter from {@code row}, whose columns from {@code first} on are {@link #NAMES}. */
    static AutoSelectFilter read(ResultSet row, int first) throws SQLException {
        int column = first;
        return AutoSelectFilter.builder()
                .placeCount(integer(row, column++))
                .additionalPlaceCount(integer(row, column++))
                .nodeNameList(list(row.getString(column++)))
                .storagePool(row.getString(column++))
                .storagePoolList(list(row.getString(column++)))
                .storagePoolDisklessList(list(row.getString(column++)))
                .notPlaceWithRsc(list(row.getString(column++)))
                .notPlaceWithRscRegex(row.getString(column++))
                .replicasOnSame(list(row.getString(column++)))
                .replicasOnDifferent(list(row.getString(column++)))
                .disklessOnRemaining(row.getBoolean(column++))
                .layerStack(list(row.getString(column++)))
                .providerList(list(row.getString(column++)))
                .disklessType(row.getString(column))
                .build();
    }

    private static Integer integer(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings did not serialise", e);
        }
    }

    private static List<String> list(String json) throws SQLException {
        try {
            return JSON.readValue(json, STRING_LIST);
        } catch (JsonProcessingException e) {
            throw new SQLException("a select filter list is not a JSON array of strings: " + json, e);
        }
    }
}
