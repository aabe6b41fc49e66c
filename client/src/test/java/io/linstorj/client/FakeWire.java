package io.linstorj.client;

import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.AutoSelectFilter;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.LayerType;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.ProviderType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Pieces of LINSTOR's dialect that {@link FakeCluster} reads and writes as the controller's
 * LINSTOR-dialect translators do: list filters, property lists (repeated LinStorMapEntry) and
 * their changes, object references of reply entries, and a select filter as the controller lists
 * it once stored.
 */
final class FakeWire {
    private FakeWire() {}

    /** The optional Filter body of a list call: absent means "all". */
    static Filter filter(ProtocolMessage call) {
        return call.bodies().isEmpty() ? Filter.getDefaultInstance() : call.body(0, Filter.parser());
    }

    /** A property list as a map; a key given twice keeps its last value, as in the controller. */
    static Map<String, String> map(List<LinStorMapEntry> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }

    static List<LinStorMapEntry> entries(Map<String, String> map) {
        return map.entrySet().stream()
                .map(entry -> LinStorMapEntry.newBuilder()
                        .setKey(entry.getKey())
                        .setValue(entry.getValue())
                        .build())
                .toList();
    }

    /** Sets the overrides, then deletes the keys and every key under the namespaces. */
    static void applyProps(
            Map<String, String> props,
            List<LinStorMapEntry> overrides,
            List<String> deleteKeys,
            List<String> deleteNamespaces) {
        props.putAll(map(overrides));
        deleteKeys.forEach(props::remove);
        for (String namespace : deleteNamespaces) {
            String prefix = namespace.endsWith("/") ? namespace : namespace + "/";
            props.keySet().removeIf(key -> key.startsWith(prefix));
        }
    }

    static boolean matches(List<String> wanted, String name) {
        return wanted.isEmpty() || wanted.contains(name);
    }

    static String uuid(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** {@code entry} with one more object reference, e.g. {@code RscDfn -> foo}. */
    static ApiCallResponse withRef(ApiCallResponse entry, String key, String value) {
        return entry.toBuilder()
                .addObjRefs(LinStorMapEntry.newBuilder().setKey(key).setValue(value))
                .build();
    }

    /**
     * The filter as the controller lists it after storing it: empty strings unset, layers and
     * providers by name and in LINSTOR's enums, diskless_on_remaining always written.
     */
    static AutoSelectFilter asListed(AutoSelectFilter given) {
        AutoSelectFilter.Builder filter = given.toBuilder().setDisklessOnRemaining(given.getDisklessOnRemaining());
        if (given.getStoragePool().isEmpty()) {
            filter.clearStoragePool();
        }
        if (given.getNotPlaceWithRscRegex().isEmpty()) {
            filter.clearNotPlaceWithRscRegex();
        }
        if (given.getDisklessType().isEmpty()) {
            filter.clearDisklessType();
        }
        List<String> layers = given.getLayerStackNamesCount() > 0
                ? given.getLayerStackNamesList()
                : given.getLayerStackList().stream().map(LayerType::name).toList();
        filter.clearLayerStack().clearLayerStackNames().addAllLayerStackNames(layers);
        layers.forEach(layer -> enumValue(LayerType.values(), layer).ifPresent(filter::addLayerStack));
        List<String> providers = given.getProviderNamesCount() > 0
                ? given.getProviderNamesList()
                : given.getProvidersList().stream().map(ProviderType::name).toList();
        filter.clearProviders().clearProviderNames().addAllProviderNames(providers);
        providers.forEach(provider -> enumValue(ProviderType.values(), provider).ifPresent(filter::addProviders));
        return filter.build();
    }

    static <E extends Enum<E>> Optional<E> enumValue(E[] values, String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values).filter(value -> value.name().equals(upper)).findFirst();
    }
}
