package io.linstorj.client;

import io.linstorj.client.internal.KvNamespace;
import io.linstorj.client.internal.LinstorConnector;
import io.linstorj.client.internal.Replies;
import io.linstorj.protocol.ApiCalls;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The controller's key-value store as a {@code Map<String, String>} with a namespace: LINSTOR's
 * high-level {@code KV}.
 *
 * <pre>{@code
 * KV kv = new KV("myKV", "/foo/bar/", "linstor://127.0.0.1");
 * kv.put("key", "val");       // stored as /foo/bar/key
 * kv.items();                 // [key=val]
 * kv.setNamespace("/");
 * kv.items();                 // [/foo/bar/key=val]
 * kv.put("foo/baz/key", "valbaz");
 * kv.setNamespace("/foo/bar");
 * kv.items();                 // [key=val]: /foo/baz/key is not under /foo/bar/
 * }</pre>
 *
 * <p>Namespaces: a namespace is normalised to start and end with {@code /} ({@code "foo/bar"} is
 * {@code /foo/bar/}, blank is the root {@code /}). A key is stored as namespace + key, less the
 * key's leading slashes. The map shows the keys stored under its namespace, deeper ones included
 * ({@code baz/key} in {@code /foo/}), relative to it; the root namespace shows them with their full
 * path ({@code /foo/bar/key}), which names the same value when given back. Keys stored without a
 * leading slash (by other tools) are in no namespace and not shown.
 *
 * <p>The map holds nothing itself: every read asks the controller, every write changes it at once
 * (one connection per operation unless built on a {@link Linstor} of the caller's). Entries read
 * are snapshots; {@code entrySet().iterator().remove()} deletes the key. Not thread-safe.
 */
public final class KV extends AbstractMap<String, String> {
    private final String name;
    private final LinstorConnector connector;
    private String namespace;

    /**
     * The store instance {@code name} of the controller at {@link Resource#DEFAULT_URI}, seen in
     * {@code namespace}.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public KV(String name, String namespace) {
        this(name, namespace, Resource.DEFAULT_URI);
    }

    /**
     * The store instance {@code name} of the controller at {@code uri}, seen in {@code namespace}.
     * Connects only when used.
     *
     * @throws IllegalArgumentException if the name is blank or the URI malformed
     */
    public KV(String name, String namespace, String uri) {
        this(name, namespace, LinstorConnector.connectingTo(uri));
    }

    /**
     * The store instance {@code name} reached through {@code client}, which the caller keeps
     * connected (and closes).
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public KV(String name, String namespace, Linstor client) {
        this(name, namespace, LinstorConnector.sharing(client));
    }

    private KV(String name, String namespace, LinstorConnector connector) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a key-value store name must not be blank");
        }
        this.name = name;
        this.namespace = KvNamespace.normalise(namespace);
        this.connector = connector;
    }

    /** The store instance's name. */
    public String getName() {
        return name;
    }

    /** The namespace, normalised: starts and ends with {@code /}. */
    public String getNamespace() {
        return namespace;
    }

    /** Changes the namespace the map shows and writes in; normalised (blank is the root). */
    public void setNamespace(String namespace) {
        this.namespace = KvNamespace.normalise(namespace);
    }

    /**
     * The entries of the namespace, sorted by key: a snapshot read from the controller.
     *
     * @throws LinstorError if the controller cannot be reached or refuses the list
     */
    public List<Map.Entry<String, String>> items() {
        return visible().entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** The value of {@code key} in the namespace, or null. */
    @Override
    public @Nullable String get(@Nullable Object key) {
        String storedKey = storedKeyOrNull(key);
        return storedKey == null ? null : allProps().get(storedKey);
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return get(key) != null;
    }

    /**
     * Sets {@code key} in the namespace to {@code value}.
     *
     * @return the previous value, or null
     * @throws IllegalArgumentException if the key is empty or ends with {@code /}
     * @throws LinstorError if the controller refused or could not be reached
     */
    @Override
    public @Nullable String put(String key, String value) {
        Objects.requireNonNull(value, "value");
        String storedKey = KvNamespace.storedKey(namespace, key);
        return connector.call(lin -> {
            String previous = props(lin).get(storedKey);
            check(lin.keyValueStoreModify(name, Map.of(storedKey, value), List.of()));
            return previous;
        });
    }

    /** Sets every key of {@code entries} in the namespace, in one call. */
    @Override
    public void putAll(Map<? extends String, ? extends String> entries) {
        Map<String, String> stored = new TreeMap<>();
        entries.forEach((key, value) ->
                stored.put(KvNamespace.storedKey(namespace, key), Objects.requireNonNull(value, "value")));
        if (!stored.isEmpty()) {
            connector.call(lin -> check(lin.keyValueStoreModify(name, stored, List.of())));
        }
    }

    /**
     * Deletes {@code key} from the namespace.
     *
     * @return the value it had, or null (then nothing was sent)
     */
    @Override
    public @Nullable String remove(@Nullable Object key) {
        String storedKey = storedKeyOrNull(key);
        if (storedKey == null) {
            return null;
        }
        return connector.call(lin -> {
            String previous = props(lin).get(storedKey);
            if (previous != null) {
                check(lin.keyValueStoreModify(name, Map.of(), List.of(storedKey)));
            }
            return previous;
        });
    }

    /** Deletes every key the namespace shows, in one call. */
    @Override
    public void clear() {
        connector.call(lin -> {
            List<String> storedKeys = props(lin).keySet().stream()
                    .filter(storedKey -> KvNamespace.visibleKey(namespace, storedKey) != null)
                    .toList();
            return storedKeys.isEmpty() ? List.of() : check(lin.keyValueStoreModify(name, Map.of(), storedKeys));
        });
    }

    /** The namespace's entries as a set read afresh from the controller on each iteration. */
    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new RemovingIterator(items());
            }

            @Override
            public int size() {
                return visible().size();
            }
        };
    }

    private Map<String, String> visible() {
        Map<String, String> visible = new TreeMap<>();
        allProps().forEach((storedKey, value) -> {
            String key = KvNamespace.visibleKey(namespace, storedKey);
            if (key != null) {
                visible.put(key, value);
            }
        });
        return visible;
    }

    private Map<String, String> allProps() {
        return connector.call(this::props);
    }

    private Map<String, String> props(Linstor lin) {
        return lin.keyValueStoreList(name).stream()
                .map(answer -> answer.props(name))
                .filter(props -> !props.isEmpty())
                .findFirst()
                .orElse(Map.of());
    }

    private @Nullable String storedKeyOrNull(@Nullable Object key) {
        if (!(key instanceof String text) || text.replaceFirst("^/+", "").isEmpty() || text.endsWith("/")) {
            return null;
        }
        return KvNamespace.storedKey(namespace, text);
    }

    private static List<ApiCallResponse> check(List<ApiCallResponse> replies) {
        return Replies.requireNoError(ApiCalls.MOD_KVS, replies);
    }

    /** Iterates a snapshot; {@link #remove()} deletes the last key from the store. */
    private final class RemovingIterator implements Iterator<Map.Entry<String, String>> {
        private final Iterator<Map.Entry<String, String>> entries;
        private Map.@Nullable Entry<String, String> last;

        RemovingIterator(List<Map.Entry<String, String>> snapshot) {
            this.entries = new ArrayList<>(snapshot).iterator();
        }

        @Override
        public boolean hasNext() {
            return entries.hasNext();
        }

        @Override
        public Map.Entry<String, String> next() {
            if (!entries.hasNext()) {
                throw new NoSuchElementException();
            }
            last = entries.next();
            return last;
        }

        @Override
        public void remove() {
            Map.Entry<String, String> removed = last;
            if (removed == null) {
                throw new IllegalStateException("next() first, and remove() once per entry");
            }
            KV.this.remove(removed.getKey());
            last = null;
        }
    }
}
