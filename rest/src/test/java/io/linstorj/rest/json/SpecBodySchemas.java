package io.linstorj.rest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the request-body fields of rest_v1_openapi.yaml: every schema a path's {@code requestBody}
 * names (a list's entry schema for a list), and every schema their fields hold objects of, each
 * with its fields ({@code allOf} and {@code $ref} resolved). A field's value is the schema of its
 * object (of each entry, for a list of objects), or "" for any other value. {@link #javaSource}
 * writes {@link SpecBodyFields} from it.
 */
final class SpecBodySchemas {
    private static final String REF_PREFIX = "#/components/schemas/";

    private final JsonNode schemas;

    private SpecBodySchemas(JsonNode spec) {
        this.schemas = spec.path("components").path("schemas");
    }

    /** The table of the spec at {@code specFile}, by schema name. */
    static Map<String, Map<String, String>> read(Path specFile) {
        JsonNode spec = tree(specFile);
        return new SpecBodySchemas(spec).table(spec);
    }

    /** The spec's {@code info.version}. */
    static String version(Path specFile) {
        return tree(specFile).path("info").path("version").asText();
    }

    private static JsonNode tree(Path specFile) {
        try {
            return new YAMLMapper().readTree(specFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + specFile, e);
        }
    }

    private Map<String, Map<String, String>> table(JsonNode spec) {
        Deque<String> todo = new ArrayDeque<>();
        for (JsonNode operations : spec.path("paths")) {
            for (JsonNode operation : operations) {
                JsonNode body = operation
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                if (body.has("items")) {
                    body = body.get("items");
                }
                if (body.has("$ref")) {
                    todo.add(name(body));
                }
            }
        }
        Map<String, Map<String, String>> table = new TreeMap<>();
        while (!todo.isEmpty()) {
            String schema = todo.poll();
            if (table.containsKey(schema)) {
                continue;
            }
            Map<String, String> fields = fields(schemas.get(schema));
            table.put(schema, fields);
            fields.values().stream().filter(nested -> !nested.isEmpty()).forEach(todo::add);
        }
        return table;
    }

    private Map<String, String> fields(JsonNode schema) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (schema.has("$ref")) {
            return fields(schemas.get(name(schema)));
        }
        for (JsonNode part : schema.path("allOf")) {
            fields.putAll(fields(part));
        }
        schema.path("properties")
                .fields()
                .forEachRemaining(field -> fields.put(field.getKey(), nested(field.getValue())));
        return fields;
    }

    /** The schema of the object {@code property} holds, or "" when it holds no object of a named schema. */
    private String nested(JsonNode property) {
        if (property.has("$ref")) {
            JsonNode target = schemas.get(name(property));
            return target.has("properties") || target.has("allOf") ? name(property) : "";
        }
        if (property.has("items")) {
            return nested(property.get("items"));
        }
        if (property.path("allOf").size() == 1) {
            return nested(property.get("allOf").get(0));
        }
        return "";
    }

    private static String name(JsonNode reference) {
        String ref = reference.get("$ref").asText();
        if (!ref.startsWith(REF_PREFIX)) {
            throw new IllegalStateException("a reference outside components/schemas: " + ref);
        }
        return ref.substring(REF_PREFIX.length());
    }

    /** The source of SpecBodyFieldTable holding {@code table}. */
    static String javaSource(Map<String, Map<String, String>> table, String specVersion) {
        StringBuilder java = new StringBuilder();
        java.append("package io.linstorj.rest.json;\n\n")
                .append("import java.util.List;\n\n")
                .append("/**\n")
                .append(" * The request-body fields of LINSTOR's rest_v1_openapi.yaml (")
                .append(specVersion)
                .append("), by schema: every schema a\n")
                .append(
                        " * path's request body names, and every schema their fields hold objects of, with {@code allOf}\n")
                .append(" * and {@code $ref} resolved. Each row is a schema's name, then its fields; {@code\n")
                .append(
                        " * \"select_filter: AutoSelectFilter\"} is a field holding an object (or a list of objects) of that\n")
                .append(" * schema. Generated from the spec by the rest tests' {@code SpecBodySchemas}; {@code\n")
                .append(" * SpecBodyFieldsTest} fails when this table and the spec differ.\n")
                .append(" */\n")
                .append("final class SpecBodyFieldTable {\n")
                .append("    /** One row per schema: its name, then its fields. */\n")
                .append("    static final List<List<String>> ROWS = List.of(\n");
        int left = table.size();
        for (var schema : table.entrySet()) {
            java.append("            List.of(\"").append(schema.getKey()).append('"');
            schema.getValue()
                    .forEach((field, nested) -> java.append(", \"")
                            .append(field)
                            .append(nested.isEmpty() ? "" : ": " + nested)
                            .append('"'));
            java.append(--left == 0 ? "));\n" : "),\n");
        }
        return java.append("\n    private SpecBodyFieldTable() {}\n}\n").toString();
    }
}
