package io.linstorj.controller.cluster;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises object names into lookup keys: LINSTOR's names are case-insensitive, so "Alpha"
 * and "alpha" name the same node, while the name keeps the spelling it was created with.
 */
public final class Names {
    private Names() {}

    /** The lookup key of a name. */
    public static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    /** The lookup keys of {@code names}, in a new set the caller may add to. */
    public static Set<String> keys(Collection<String> names) {
        Set<String> keys = new HashSet<>();
        for (String name : names) {
            keys.add(key(name));
        }
        return keys;
    }
}
