package io.linstorj.rest.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lookups in the request-body fields of LINSTOR's spec, by schema ({@link SpecBodyFieldTable},
 * generated from rest_v1_openapi.yaml).
 */
final class SpecBodyFields {
    private static final Map<String, Map<String, String>> SCHEMAS = byName(SpecBodyFieldTable.ROWS);

    private SpecBodyFields() {}

    /** Every schema, with its fields; a field's value is its object's schema, or "" for a value. */
    static Map<String, Map<String, String>> schemas() {
        return SCHEMAS;
    }

    /** Whether the spec gives {@code schema} the field {@code field}. */
    static boolean has(String schema, String field) {
        return SCHEMAS.getOrDefault(schema, Map.of()).containsKey(field);
    }

    /** The schema of the object (or of each entry of the list) {@code field} of {@code schema} holds. */
    static Optional<String> nested(String schema, String field) {
        String nested = SCHEMAS.getOrDefault(schema, Map.of()).getOrDefault(field, "");
        return nested.isEmpty() ? Optional.empty() : Optional.of(nested);
    }

    private static Map<String, Map<String, String>> byName(List<List<String>> rows) {
        Map<String, Map<String, String>> schemas = new LinkedHashMap<>();
        for (List<String> row : rows) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : row.subList(1, row.size())) {
                int colon = field.indexOf(": ");
                fields.put(colon < 0 ? field : field.substring(0, colon), colon < 0 ? "" : field.substring(colon + 2));
            }
            schemas.put(row.get(0), Collections.unmodifiableMap(fields));
        }
        return Collections.unmodifiableMap(schemas);
    }
}
