package io.linstorj.controller.snapshot;

import java.util.List;
import java.util.Map;

/**
 * A resource definition to clone: a new definition with a copy of the source's data, on the
 * source's diskful nodes.
 *
 * @param sourceName the resource definition to copy
 * @param cloneName the new resource definition's name
 * @param overrideProps properties to set on the clone (over the source's)
 * @param deleteProps source properties the clone does not get
 * @param deleteNamespaces property namespaces the clone does not get
 */
public record CloneRequest(
        String sourceName,
        String cloneName,
        Map<String, String> overrideProps,
        List<String> deleteProps,
        List<String> deleteNamespaces) {
    /** Creates the request; collections are copied. */
    public CloneRequest {
        overrideProps = Map.copyOf(overrideProps);
        deleteProps = List.copyOf(deleteProps);
        deleteNamespaces = List.copyOf(deleteNamespaces);
    }
}
