package io.linstorj.controller.persistence;

import java.util.List;
import java.util.function.Function;

/**
 * Some columns of a table and how to read their values from an object, in the same order.
 *
 * @param names the column names
 * @param reader the values of an object for those columns (null for SQL NULL)
 * @param <V> the object type
 */
record Columns<V>(List<String> names, Function<V, Object[]> reader) {
    Columns {
        names = List.copyOf(names);
    }

    static <V> Columns<V> of(Function<V, Object[]> reader, String... names) {
        return new Columns<>(List.of(names), reader);
    }

    /** The values of {@code value}; a reader giving a value per column is checked here, once per row. */
    Object[] valuesOf(V value) {
        Object[] values = reader.apply(value);
        if (values.length != names.size()) {
            throw new IllegalStateException(
                    "the mapping reads " + values.length + " values for the " + names.size() + " columns " + names);
        }
        return values;
    }
}
