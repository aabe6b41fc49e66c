package io.linstorj.controller.props;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A change of an object's properties: set {@code overrides}, then delete {@code deleteKeys} and
 * every key under {@code deleteNamespaces} ("DrbdOptions/Net" deletes "DrbdOptions/Net/...").
 *
 * @param overrides keys to set
 * @param deleteKeys keys to delete
 * @param deleteNamespaces namespaces to delete
 */
public record PropsChange(Map<String, String> overrides, Set<String> deleteKeys, Set<String> deleteNamespaces) {
    /** A change that changes nothing. */
    public static final PropsChange NONE = new PropsChange(Map.of(), Set.of(), Set.of());

    /** Creates a change; the collections are copied. */
    public PropsChange {
        overrides = Map.copyOf(overrides);
        deleteKeys = Set.copyOf(deleteKeys);
        deleteNamespaces = Set.copyOf(deleteNamespaces);
    }

    /** A change that only sets {@code overrides}. */
    public static PropsChange set(Map<String, String> overrides) {
        return new PropsChange(overrides, Set.of(), Set.of());
    }

    /** True when the change changes nothing. */
    public boolean isEmpty() {
        return overrides.isEmpty() && deleteKeys.isEmpty() && deleteNamespaces.isEmpty();
    }

    /** The properties {@code props} become after this change. */
    public Map<String, String> applyTo(Map<String, String> props) {
        Map<String, String> result = new TreeMap<>(props);
        result.putAll(overrides);
        result.keySet().removeAll(deleteKeys);
        for (String namespace : deleteNamespaces) {
            String prefix = namespace.endsWith("/") ? namespace : namespace + "/";
            result.keySet().removeIf(key -> key.startsWith(prefix));
        }
        return result;
    }
}
