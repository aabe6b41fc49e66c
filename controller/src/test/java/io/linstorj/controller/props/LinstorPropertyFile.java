package io.linstorj.controller.props;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * LINSTOR's property rules as its {@code properties.json} gives them (keys resolved through
 * {@code consts.json}), read at test time from the reference data beside the checkout: only
 * names, types and numbers are compared with ours, nothing of it goes into the product.
 */
final class LinstorPropertyFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LinstorPropertyFile() {}

    /** Every key LINSTOR has a rule for, to its rules (a key may have one per kind of object); empty without reference data. */
    static Optional<Map<String, List<JsonNode>>> rulesByKey() {
        return ReferenceData.folder().map(folder -> {
            try {
                return read(folder.resolve("properties.json"), folder.resolve("consts.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Map<String, List<JsonNode>> read(Path properties, Path consts) throws IOException {
        Map<String, String> constants = new HashMap<>();
        for (JsonNode entry : JSON.readTree(consts.toFile())) {
            if (entry.has("name") && entry.path("value").isTextual()) {
                constants.put(entry.get("name").asText(), entry.get("value").asText());
            }
        }
        Map<String, List<JsonNode>> byKey = new TreeMap<>();
        JSON.readTree(properties.toFile())
                .get("properties")
                .forEach(rule -> byKey.computeIfAbsent(key(rule.get("key"), constants), key -> new ArrayList<>())
                        .add(rule));
        return byKey;
    }

    private static String key(JsonNode key, Map<String, String> constants) {
        if (key.isTextual()) {
            return key.asText();
        }
        List<String> parts = new ArrayList<>();
        key.forEach(part -> parts.add(constants.getOrDefault(part.asText(), part.asText())));
        return String.join("/", parts);
    }
}
