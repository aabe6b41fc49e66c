package io.linstorj.controller.props;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every key of our catalog that LINSTOR also has a rule for carries LINSTOR's name and a type
 * compatible with LINSTOR's, with the same bounds and words (shared/reference/properties.json;
 * skipped without the reference data).
 */
class PropertyCatalogMatchesLinstorTest {
    /** Our listed type, to the types of LINSTOR's properties.json it may stand for. */
    private static final Map<PropertyType, Set<String>> COMPATIBLE = Map.of(
            PropertyType.REGEX, Set.of("regex", "symbol"),
            PropertyType.BOOLEAN, Set.of("boolean"),
            PropertyType.BOOLEAN_TRUE_FALSE, Set.of("boolean_true_false", "boolean"),
            PropertyType.RANGE, Set.of("range"),
            PropertyType.RANGE_FLOAT, Set.of("range-float"),
            PropertyType.STRING, Set.of("string"),
            PropertyType.LONG, Set.of("long"));

    @Test
    void keysLinstorKnowsHaveItsNamesTypesBoundsAndWords() {
        Optional<Map<String, List<JsonNode>>> linstor = LinstorPropertyFile.rulesByKey();
        assumeTrue(linstor.isPresent(), "shared/reference not found beside the checkout");

        List<String> compared = new ArrayList<>();
        for (PropertyInfo ours : PropertyCatalog.all()) {
            List<JsonNode> rules = linstor.get().get(ours.key());
            if (rules == null) {
                continue;
            }
            compared.add(ours.key());
            for (JsonNode rule : rules) {
                String type = rule.get("type").asText();
                assertThat(COMPATIBLE.get(ours.type()))
                        .as("LINSTOR's type of %s", ours.key())
                        .contains(type);
                switch (type) {
                    case "range" ->
                        assertThat(ours.value())
                                .as("bounds of %s", ours.key())
                                .contains("(" + rule.get("min").asLong() + " - "
                                        + rule.get("max").asLong() + ")");
                    case "range-float" ->
                        assertThat(ours.value())
                                .as("bounds of %s", ours.key())
                                .contains("(" + rule.get("min_float").asDouble() + " - "
                                        + rule.get("max_float").asDouble() + ")");
                    case "symbol" ->
                        assertThat(ours.value())
                                .as("words of %s", ours.key())
                                .contains("(?:" + String.join("|", words(rule)) + ")");
                    default -> {}
                }
            }
        }
        assertThat(compared)
                .contains(
                        PropertyRules.MAX_OVERSUBSCRIPTION_RATIO,
                        PropertyRules.STORAGE_POOL_NAME,
                        PropertyRules.TCP_PORT_AUTO_RANGE,
                        PropertyRules.MINOR_NR_AUTO_RANGE,
                        "DrbdOptions/auto-quorum");
    }

    @Test
    void noKeyDiffersFromOneOfLinstorsOnlyInCase() {
        Optional<Map<String, List<JsonNode>>> linstor = LinstorPropertyFile.rulesByKey();
        assumeTrue(linstor.isPresent(), "shared/reference not found beside the checkout");
        Map<String, String> linstorByLowerCase = new HashMap<>();
        linstor.get().keySet().forEach(key -> linstorByLowerCase.put(key.toLowerCase(Locale.ROOT), key));

        for (PropertyInfo ours : PropertyCatalog.all()) {
            String theirs = linstorByLowerCase.get(ours.key().toLowerCase(Locale.ROOT));
            if (theirs != null) {
                assertThat(ours.key()).as("LINSTOR's spelling").isEqualTo(theirs);
            }
        }
    }

    private static List<String> words(JsonNode rule) {
        List<String> words = new ArrayList<>();
        rule.get("values").forEach(word -> words.add(word.asText()));
        return words;
    }
}
