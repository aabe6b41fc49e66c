package io.linstorj.controller.cluster;

import java.util.Locale;

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
}
