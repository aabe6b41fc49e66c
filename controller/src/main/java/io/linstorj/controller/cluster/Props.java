package io.linstorj.controller.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Copies property maps into sorted, unmodifiable maps, so that records holding them stay values. */
public final class Props {
    private Props() {}

    /** An unmodifiable sorted copy of {@code props}. */
    public static SortedMap<String, String> copyOf(Map<String, String> props) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(props));
    }
}
