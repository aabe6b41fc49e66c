package io.linstorj.rest.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The checked-in {@code props-info.json} is what LINSTOR's {@code properties.json} and
 * {@code consts.json} give: derived here again from {@code shared/reference/} beside the
 * repository (skipped when that is absent, as in a bare clone). Run with
 * {@code -Dlinstorj.propsinfo.write=true} to rewrite the resource from those files.
 *
 * <p>The derivation follows LINSTOR's controller: keys are the constants' values joined by '/';
 * {@code prop_type} is the type in lower case with '_' (a symbol becomes a regex of its values,
 * {@code (?:a|b)}); {@code value} is the regex, {@code (min - max)} for ranges, LINSTOR's boolean
 * pattern for booleans, and absent for longs and strings; {@code dflt} and {@code unit} as given.
 */
class PropsInfoResourceTest {
    private static final Path REFERENCE = Path.of("shared", "reference");
    private static final String BOOLEAN_PATTERN = "(?i)(?:true|false|yes|no)";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void checkedInCatalogMatchesLinstorsPropertiesFile() throws IOException {
        Optional<Path> reference = locateReference();
        assumeThat(reference).as("shared/reference beside the repository").isPresent();
        JsonNode derived = derive(reference.get().resolve("properties.json"), reference.get().resolve("consts.json"));
        if (Boolean.getBoolean("linstorj.propsinfo.write")) {
            Path target = Path.of("src", "main", "resources", "io", "linstorj", "rest", "endpoint", PropsInfoCatalog.RESOURCE);
            MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValue(target.toFile(), derived);
        }
        try (InputStream in = PropsInfoCatalog.class.getResourceAsStream(PropsInfoCatalog.RESOURCE)) {
            assertThat(in).as("resource " + PropsInfoCatalog.RESOURCE).isNotNull();
            assertThat(MAPPER.readTree(in)).isEqualTo(derived);
        }
    }

    @Test
    void catalogAnswersEachKindAndAll() throws IOException {
        PropsInfoCatalog catalog = PropsInfoCatalog.load();
        JsonNode all = MAPPER.readTree(catalog.all());
        for (String kind : List.of("CONTROLLER", "NODE", "STORAGEPOOL_DEFINITION", "STORAGEPOOL", "RESOURCE_DEFINITION",
            "RESOURCE", "VOLUME_DEFINITION", "VOLUME")) {
            assertThat(MAPPER.readTree(catalog.of(kind))).as(kind).isEqualTo(all.get(kind)).isNotEmpty();
        }
        assertThat(all.get("STORAGEPOOL_DEFINITION").get("MaxOversubscriptionRatio").get("prop_type").asText())
            .isEqualTo("range_float");
    }

    private static JsonNode derive(Path propertiesFile, Path constsFile) throws IOException {
        Map<String, String> constants = new HashMap<>();
        for (JsonNode entry : MAPPER.readTree(constsFile.toFile())) {
            if (entry.has("name") && entry.path("value").isTextual() && "string".equals(entry.path("type").asText())) {
                constants.put(entry.get("name").asText(), entry.get("value").asText());
            }
        }
        JsonNode file = MAPPER.readTree(propertiesFile.toFile());
        JsonNode properties = file.get("properties");
        Map<String, Map<String, JsonNode>> result = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = file.get("objects").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> object = it.next();
            Map<String, JsonNode> infos = new TreeMap<>();
            for (JsonNode name : object.getValue()) {
                JsonNode property = properties.get(name.asText());
                String key = key(property.get("key"), constants);
                assertThat(infos.put(key, info(property))).as("key %s twice in %s", key, object.getKey()).isNull();
            }
            result.put(object.getKey().toUpperCase(Locale.ROOT).replace('-', '_'), infos);
        }
        return MAPPER.valueToTree(result);
    }

    private static String key(JsonNode key, Map<String, String> constants) {
        if (key.isTextual()) {
            return key.asText();
        }
        List<String> parts = new ArrayList<>();
        key.forEach(part -> {
            String value = constants.get(part.asText());
            assertThat(value).as("constant %s", part.asText()).isNotNull();
            parts.add(value);
        });
        return String.join("/", parts);
    }

    private static JsonNode info(JsonNode property) {
        ObjectNode info = MAPPER.createObjectNode();
        if (property.has("info")) {
            info.put("info", property.get("info").asText());
        }
        String type = property.get("type").asText();
        switch (type) {
            case "symbol" -> {
                List<String> values = new ArrayList<>();
                property.get("values").forEach(value -> values.add(value.asText()));
                info.put("prop_type", "regex").put("value", "(?:" + String.join("|", values) + ")");
            }
            case "regex" -> info.put("prop_type", type).put("value", property.get("value").asText());
            case "range" -> info.put("prop_type", type)
                .put("value", "(" + property.get("min").asLong() + " - " + property.get("max").asLong() + ")");
            case "range-float" -> info.put("prop_type", "range_float").put("value",
                "(" + property.get("min_float").asDouble() + " - " + property.get("max_float").asDouble() + ")");
            case "boolean", "boolean_true_false" -> info.put("prop_type", type).put("value", BOOLEAN_PATTERN);
            case "long", "string" -> info.put("prop_type", type);
            default -> throw new AssertionError("unknown property type " + type);
        }
        if (property.has("default")) {
            info.put("dflt", property.get("default").asText());
        }
        if (property.has("unit")) {
            info.put("unit", property.get("unit").asText());
        }
        return info;
    }

    private static Optional<Path> locateReference() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(REFERENCE);
            if (Files.isRegularFile(candidate.resolve("properties.json"))
                && Files.isRegularFile(candidate.resolve("consts.json"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
