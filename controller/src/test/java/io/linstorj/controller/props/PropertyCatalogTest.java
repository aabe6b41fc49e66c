package io.linstorj.controller.props;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.autoplace.PlacementStrategies;
import io.linstorj.controller.placement.CandidatePool;
import io.linstorj.controller.placement.MostFreeSpaceStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The catalog lists exactly the keys the controller checks, each with a value rule that agrees
 * with the check and on the objects LinstorJ acts on it.
 */
class PropertyCatalogTest {
    private static final CallContext CTX = CallContext.of(RetCodes.MASK_MOD, RetCodes.MASK_RSC_DFN);
    private static final Pattern RANGE = Pattern.compile("\\((-?[0-9.]+) - (-?[0-9.]+)\\)");
    private static final Pattern WORDS = Pattern.compile("\\(\\?:([^()]*)\\)");
    /** Values of many shapes: a key whose check takes some of them and refuses others has a value rule. */
    private static final List<String> PROBES = List.of(
            "yes",
            "no",
            "true",
            "false",
            "True",
            "0",
            "1",
            "20",
            "-1",
            "100",
            "1000",
            "7000-7999",
            "MostFreeSpace",
            "DfltStorPool",
            "io-error",
            "disconnect",
            "dont-care",
            "crc32c",
            "a text",
            "x;y",
            "99999999999999999999");

    private static Set<String> catalogKeys() {
        Set<String> keys = new TreeSet<>();
        PropertyCatalog.all().forEach(info -> keys.add(info.key()));
        return keys;
    }

    private static boolean accepted(String key, String value) {
        try {
            PropertyRules.check(key, value, CTX);
            return true;
        } catch (ApiRcException refused) {
            return false;
        }
    }

    @Test
    void everyKeyWithAValueRuleIsListed() {
        Set<String> candidates = new TreeSet<>(List.of(
                PropertyRules.ALLOW_TWO_PRIMARIES,
                PropertyRules.STORAGE_POOL_NAME,
                PropertyRules.TCP_PORT_AUTO_RANGE,
                PropertyRules.MINOR_NR_AUTO_RANGE,
                PropertyRules.MAX_OVERSUBSCRIPTION_RATIO,
                PropertyRules.AUTOPLACER_STRATEGY,
                "Aux/site",
                "AutoSnapshot/RunEvery",
                "DrbdOptions/Disk/al-extents",
                "DrbdOptions/Net/protocol"));
        candidates.addAll(DrbdOptionTable.linstorKeys().keySet());
        DrbdOptionTable.netOptions().keySet().forEach(name -> candidates.add(DrbdOptionTable.NET_NAMESPACE + name));
        LinstorPropertyFile.rulesByKey().ifPresent(linstor -> candidates.addAll(linstor.keySet()));

        Set<String> checked = new TreeSet<>();
        for (String key : candidates) {
            boolean someAccepted = PROBES.stream().anyMatch(value -> accepted(key, value));
            boolean someRefused = PROBES.stream().anyMatch(value -> !accepted(key, value));
            if (someAccepted && someRefused) {
                checked.add(key);
            }
        }

        assertThat(catalogKeys()).isEqualTo(checked);
    }

    @Test
    void everyTableRuleIsListedOnce() {
        List<String> listed =
                PropertyCatalog.all().stream().map(PropertyInfo::key).toList();
        assertThat(listed).doesNotHaveDuplicates().isSorted();
        assertThat(listed).containsAll(DrbdOptionTable.linstorKeys().keySet());
        DrbdOptionTable.netOptions()
                .keySet()
                .forEach(name -> assertThat(listed).contains(DrbdOptionTable.NET_NAMESPACE + name));
        assertThat(listed)
                .containsAll(
                        PropertyRules.listed().stream().map(PropertyInfo::key).toList());
    }

    @Test
    void listedValueRulesAgreeWithTheChecks() {
        for (PropertyInfo info : PropertyCatalog.all()) {
            List<String> good = new ArrayList<>();
            List<String> bad = new ArrayList<>(info.type() == PropertyType.STRING ? List.of() : List.of("§"));
            info.defaultValue().ifPresent(good::add);
            switch (info.type()) {
                case RANGE -> {
                    Matcher bounds = RANGE.matcher(info.value().orElseThrow());
                    assertThat(bounds.matches()).as(info.key()).isTrue();
                    long min = Long.parseLong(bounds.group(1));
                    long max = Long.parseLong(bounds.group(2));
                    good.addAll(List.of(Long.toString(min), Long.toString(max)));
                    bad.addAll(List.of(Long.toString(min - 1), Long.toString(max + 1)));
                }
                case RANGE_FLOAT -> {
                    Matcher bounds = RANGE.matcher(info.value().orElseThrow());
                    assertThat(bounds.matches()).as(info.key()).isTrue();
                    double min = Double.parseDouble(bounds.group(1));
                    double max = Double.parseDouble(bounds.group(2));
                    good.addAll(List.of(bounds.group(1), bounds.group(2)));
                    bad.addAll(List.of(Double.toString(min - 0.5), Double.toString(max + 0.5)));
                }
                case BOOLEAN -> good.addAll(List.of("yes", "no"));
                case BOOLEAN_TRUE_FALSE -> {
                    good.addAll(List.of("true", "false"));
                    bad.add("maybe");
                }
                case LONG -> {
                    good.addAll(List.of("0", "-5", Long.toString(Long.MAX_VALUE)));
                    bad.add("five");
                }
                case STRING -> good.add("any text");
                case REGEX -> {
                    Matcher words = WORDS.matcher(info.value().orElseThrow());
                    if (words.matches()) {
                        good.addAll(List.of(words.group(1).split("\\|")));
                        bad.add("none-of-these");
                    } else {
                        PROBES.stream()
                                .filter(value -> value.matches(info.value().orElseThrow()))
                                .forEach(good::add);
                    }
                }
                default -> throw new AssertionError(info.type());
            }
            assertThat(good)
                    .as("values %s takes", info.key())
                    .isNotEmpty()
                    .allSatisfy(value -> assertThat(accepted(info.key(), value))
                            .as(info.key() + " = " + value)
                            .isTrue());
            assertThat(bad)
                    .allSatisfy(value -> assertThat(accepted(info.key(), value))
                            .as(info.key() + " = " + value)
                            .isFalse());
            info.value()
                    .filter(regex -> info.type() == PropertyType.REGEX || info.type() == PropertyType.BOOLEAN)
                    .ifPresent(regex -> PROBES.stream()
                            .filter(value -> accepted(info.key(), value))
                            .forEach(value -> assertThat(value)
                                    .as("%s takes only what its listed pattern matches", info.key())
                                    .matches(regex)));
        }
    }

    @Test
    void eachKindListsTheKeysLinstorjActsOnThere() {
        assertThat(PropertyCatalog.forObject(ObjectKind.CONTROLLER))
                .containsKeys(
                        PropertyRules.TCP_PORT_AUTO_RANGE,
                        PropertyRules.MINOR_NR_AUTO_RANGE,
                        PropertyRules.AUTOPLACER_STRATEGY,
                        PropertyRules.MAX_OVERSUBSCRIPTION_RATIO)
                .doesNotContainKeys(PropertyRules.ALLOW_TWO_PRIMARIES, PropertyRules.STORAGE_POOL_NAME);
        assertThat(PropertyCatalog.forObject(ObjectKind.STORAGEPOOL))
                .containsKey(PropertyRules.MAX_OVERSUBSCRIPTION_RATIO);
        assertThat(PropertyCatalog.forObject(ObjectKind.NODE))
                .containsKeys(PropertyRules.STORAGE_POOL_NAME, PropertyRules.MAX_OVERSUBSCRIPTION_RATIO)
                .doesNotContainKey("DrbdOptions/Net/max-buffers");
        for (ObjectKind kind :
                List.of(ObjectKind.RESOURCE_GROUP, ObjectKind.RESOURCE_DEFINITION, ObjectKind.RESOURCE)) {
            assertThat(PropertyCatalog.forObject(kind))
                    .as(kind.name())
                    .containsKeys(
                            PropertyRules.STORAGE_POOL_NAME,
                            PropertyRules.ALLOW_TWO_PRIMARIES,
                            "DrbdOptions/Net/max-buffers");
        }
        // Nothing reads volume or volume definition properties yet: only keys LinstorJ merely stores.
        for (ObjectKind kind : List.of(ObjectKind.VOLUME_GROUP, ObjectKind.VOLUME_DEFINITION, ObjectKind.VOLUME)) {
            assertThat(PropertyCatalog.forObject(kind).keySet())
                    .as(kind.name())
                    .allSatisfy(key -> assertThat(DrbdOptionTable.linstorKeys()).containsKey(key));
        }
        assertThat(PropertyCatalog.forObject(ObjectKind.VOLUME)).isEmpty();
    }

    @Test
    void defaultsAreTheOnesTheControllerApplies() {
        var all = PropertyCatalog.forObject(ObjectKind.CONTROLLER);
        assertThat(Double.parseDouble(all.get(PropertyRules.MAX_OVERSUBSCRIPTION_RATIO)
                        .defaultValue()
                        .orElseThrow()))
                .isEqualTo(CandidatePool.DEFAULT_MAX_OVERSUBSCRIPTION_RATIO);
        assertThat(all.get(PropertyRules.AUTOPLACER_STRATEGY).defaultValue())
                .contains(PropertyRules.STRATEGY_MOST_FREE_SPACE);
        assertThat(PlacementStrategies.named(null)).isInstanceOf(MostFreeSpaceStrategy.class);
        assertThat(all.get(PropertyRules.TCP_PORT_AUTO_RANGE).defaultValue()).contains("7000-7999");
        assertThat(all.get(PropertyRules.MINOR_NR_AUTO_RANGE).defaultValue()).contains("1000-49999");
    }

    @Test
    void keysLinstorjOnlyStoresSaySo() {
        assertThat(PropertyCatalog.all())
                .filteredOn(info -> DrbdOptionTable.linstorKeys().containsKey(info.key()))
                .isNotEmpty()
                .allSatisfy(info -> assertThat(info.description()).contains("does not act on it"));
        assertThat(PropertyCatalog.all())
                .filteredOn(info -> !DrbdOptionTable.linstorKeys().containsKey(info.key()))
                .allSatisfy(info -> assertThat(info.description()).doesNotContain("does not act on it"));
    }
}
