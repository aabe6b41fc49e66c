package io.linstorj.controller.placement;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** LINSTOR names (nodes, resources, storage pools) compare case-insensitively; this is that key. */
final class Names {
    private Names() {}

    static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    static Set<String> keys(Collection<String> names) {
        Set<String> keys = new HashSet<>();
        for (String name : names) {
            keys.add(key(name));
        }
        return keys;
    }
}
