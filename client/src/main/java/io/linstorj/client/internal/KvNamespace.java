package io.linstorj.client.internal;

import org.jspecify.annotations.Nullable;

/**
 * The namespace rules of the high-level key-value store: a namespace is a path that starts and
 * ends with {@code /}; a key is stored as namespace + key; the keys visible in a namespace are
 * those stored under it, shown relative to it, except in the root namespace {@code /}, which
 * shows every key under it with its full path ({@code /foo/bar/key}).
 *
 * <p>Keys stored without a leading {@code /} (by other tools) lie in no namespace and are not
 * visible.
 */
public final class KvNamespace {
    /** The root namespace. */
    public static final String ROOT = "/";

    private KvNamespace() {}

    /**
     * The normalised form of a namespace: blank is the root, a leading and a trailing {@code /}
     * are added where missing ({@code foo/bar} becomes {@code /foo/bar/}).
     */
    public static String normalise(String namespace) {
        String trimmed = namespace.strip();
        if (trimmed.isEmpty() || trimmed.equals(ROOT)) {
            return ROOT;
        }
        String withLead = trimmed.startsWith("/") ? trimmed : "/" + trimmed;
        return withLead.endsWith("/") ? withLead : withLead + "/";
    }

    /**
     * The stored key of {@code key} in {@code namespace} (normalised): the namespace followed by
     * the key without its leading slashes, so that a key shown in the root namespace
     * ({@code /foo/bar/key}) names the same value when given back.
     *
     * @throws IllegalArgumentException if the key is empty (or only slashes) or ends with {@code /}
     */
    public static String storedKey(String namespace, String key) {
        String relative = key.replaceFirst("^/+", "");
        if (relative.isEmpty()) {
            throw new IllegalArgumentException("a key must not be empty: '" + key + "'");
        }
        if (relative.endsWith("/")) {
            throw new IllegalArgumentException("key '" + key + "' ends with '/': that names a namespace, not a "
                    + "value; use setNamespace to change the namespace");
        }
        return namespace + relative;
    }

    /** The key as shown in {@code namespace} (normalised), or null when it is not visible there. */
    public static @Nullable String visibleKey(String namespace, String storedKey) {
        if (!storedKey.startsWith(namespace) || storedKey.length() == namespace.length()) {
            return null;
        }
        return namespace.equals(ROOT) ? storedKey : storedKey.substring(namespace.length());
    }
}
