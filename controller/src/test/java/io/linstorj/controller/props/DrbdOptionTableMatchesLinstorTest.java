package io.linstorj.controller.props;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.linstorj.controller.props.DrbdValueRule.Range;
import io.linstorj.controller.props.DrbdValueRule.Symbol;
import io.linstorj.controller.props.DrbdValueRule.Text;
import io.linstorj.controller.props.DrbdValueRule.TrueFalse;
import io.linstorj.controller.props.DrbdValueRule.WholeNumber;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Our table of LINSTOR's own {@code DrbdOptions/} keys equals what LINSTOR's property rules
 * (shared/reference/properties.json, key names from consts.json) say of them: the same keys, the
 * same value types, ranges and words. The reference data is read at test time only; the product
 * carries our own table.
 */
class DrbdOptionTableMatchesLinstorTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void linstorDrbdOptionKeysAndValueRulesAreTheReferences() throws IOException {
        Optional<Path> reference = ReferenceData.folder();
        assumeTrue(reference.isPresent(), "shared/reference not found beside the checkout");
        Map<String, String> constants = constants(reference.get().resolve("consts.json"));
        JsonNode properties = json.readTree(
                        reference.get().resolve("properties.json").toFile())
                .get("properties");

        Map<String, DrbdValueRule> expected = new TreeMap<>();
        properties.forEach(property -> {
            String key = key(property.get("key"), constants);
            if (key.startsWith(DrbdOptionTable.NAMESPACE)) {
                expected.put(key, rule(key, property));
            }
        });

        assertThat(expected).isNotEmpty();
        assertThat(DrbdOptionTable.linstorKeys()).isEqualTo(expected);
    }

    private Map<String, String> constants(Path file) throws IOException {
        Map<String, String> constants = new HashMap<>();
        for (JsonNode entry : json.readTree(file.toFile())) {
            if (entry.has("name") && entry.has("value") && entry.get("value").isTextual()) {
                constants.put(entry.get("name").asText(), entry.get("value").asText());
            }
        }
        return constants;
    }

    private static String key(JsonNode parts, Map<String, String> constants) {
        List<String> names = new ArrayList<>();
        parts.forEach(part -> names.add(constants.getOrDefault(part.asText(), part.asText())));
        return String.join("/", names);
    }

    private static DrbdValueRule rule(String key, JsonNode property) {
        String type = property.get("type").asText();
        return switch (type) {
            case "long" -> new WholeNumber();
            case "range" ->
                new Range(property.get("min").asLong(), property.get("max").asLong());
            case "boolean_true_false" -> new TrueFalse();
            case "string" -> Text.ANY;
            case "symbol" -> {
                List<String> values = new ArrayList<>();
                property.get("values").forEach(value -> values.add(value.asText()));
                yield new Symbol(values);
            }
            default -> throw new AssertionError("reference type '" + type + "' of " + key + " has no rule kind yet");
        };
    }
}
