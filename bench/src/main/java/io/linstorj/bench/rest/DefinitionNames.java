package io.linstorj.bench.rest;

import java.util.Locale;

/**
 * The names of one run's resource definitions: a prefix unique to the run and a number, e.g.
 * {@code rb3f2a-004711}.
 *
 * @param prefix letters and digits, starting with a letter
 */
record DefinitionNames(String prefix) {
    /** The name of definition number {@code index}. */
    String of(int index) {
        return String.format(Locale.ROOT, "%s-%06d", prefix, index);
    }
}
