package io.linstorj.controller.props;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The property keys the controller interprets, as a read-only list for clients (LINSTOR's
 * {@code properties/info}): built from the same rules that check the values
 * ({@link PropertyRules} and the {@code DrbdOptions/} table), so the list cannot promise a key
 * the controller ignores, nor miss one it checks. Keys a client may set without the controller
 * interpreting them ({@code Aux/...}, any other) are not listed.
 * <pre>{@code
 * PropertyInfo ratio = PropertyCatalog.forObject(ObjectKind.STORAGEPOOL).get("MaxOversubscriptionRatio");
 * ratio.type();          // RANGE_FLOAT
 * ratio.value();         // Optional[(0.0 - 1000.0)]
 * }</pre>
 */
public final class PropertyCatalog {
    private static final List<PropertyInfo> ALL = all(PropertyRules.listed(), DrbdOptionTable.listed());
    private static final Map<ObjectKind, Map<String, PropertyInfo>> BY_OBJECT = byObject(ALL);

    private PropertyCatalog() {}

    /** Every key, ordered by key. */
    public static List<PropertyInfo> all() {
        return ALL;
    }

    /** The keys meant for objects of {@code kind}, by key in key order; empty when none is. */
    public static Map<String, PropertyInfo> forObject(ObjectKind kind) {
        return BY_OBJECT.get(kind);
    }

    private static List<PropertyInfo> all(List<PropertyInfo> rules, List<PropertyInfo> drbdOptions) {
        List<PropertyInfo> all = new ArrayList<>(rules);
        all.addAll(drbdOptions);
        all.sort(Comparator.comparing(PropertyInfo::key));
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).key().equals(all.get(i - 1).key())) {
                throw new IllegalStateException("property " + all.get(i).key() + " is described twice");
            }
        }
        return List.copyOf(all);
    }

    private static Map<ObjectKind, Map<String, PropertyInfo>> byObject(List<PropertyInfo> all) {
        Map<ObjectKind, Map<String, PropertyInfo>> byObject = new EnumMap<>(ObjectKind.class);
        for (ObjectKind kind : ObjectKind.values()) {
            Map<String, PropertyInfo> infos = new LinkedHashMap<>();
            all.stream().filter(info -> info.appliesTo(kind)).forEach(info -> infos.put(info.key(), info));
            byObject.put(kind, Collections.unmodifiableMap(infos));
        }
        return Collections.unmodifiableMap(byObject);
    }
}
