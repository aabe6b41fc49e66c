package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The high-level key-value store: the API.md sample line by line, and the Map contract. */
class KVTest {
    private final FakeCluster cluster = new FakeCluster();
    private FakeController controller;
    private String uri;

    @BeforeEach
    void startController() {
        controller = FakeController.start();
        controller.answerWith(cluster);
        uri = controller.uri();
    }

    @AfterEach
    void stopController() {
        controller.close();
    }

    @Test
    void apiSampleLineByLine() {
        KV kv = new KV("myKV", "/foo/bar/", uri);
        kv.put("key", "val");
        assertThat(cluster.store("myKV")).isEqualTo(Map.of("/foo/bar/key", "val"));
        assertThat(kv.items()).containsExactly(Map.entry("key", "val"));
        assertThat(kv.items()).hasToString("[key=val]");

        kv.setNamespace("/");
        assertThat(kv.items()).hasToString("[/foo/bar/key=val]");

        kv.put("foo/baz/key", "valbaz");
        assertThat(cluster.store("myKV")).containsEntry("/foo/baz/key", "valbaz");

        kv.setNamespace("/foo/bar");
        assertThat(kv.getNamespace()).isEqualTo("/foo/bar/");
        assertThat(kv.items()).hasToString("[key=val]");
    }

    @Test
    void deeperKeysShowRelativeToTheNamespace() {
        KV kv = new KV("myKV", "/", uri);
        kv.put("/foo/bar/key", "val");
        kv.put("/foo/top", "t");

        kv.setNamespace("foo");

        assertThat(kv.items()).hasToString("[bar/key=val, top=t]");
        assertThat(kv.get("bar/key")).isEqualTo("val");
    }

    @Test
    void keysShownAtTheRootNameTheSameValueGivenBack() {
        KV kv = new KV("myKV", "/foo/", uri);
        kv.put("key", "val");
        kv.setNamespace("");

        assertThat(kv.get("/foo/key")).isEqualTo("val");
        assertThat(kv.get("foo/key")).isEqualTo("val");
        assertThat(kv.containsKey("/foo/key")).isTrue();
    }

    @Test
    void keysWithoutALeadingSlashAreInNoNamespace() {
        try (Linstor lin = Linstor.connect(uri)) {
            lin.keyValueStoreModify("myKV", Map.of("plain", "x", "/ns/key", "y"), List.of());
            KV kv = new KV("myKV", "/", lin);

            assertThat(kv).containsOnlyKeys("/ns/key");
        }
    }

    @Test
    void putReturnsThePreviousValueAndRemoveDeletes() {
        KV kv = new KV("myKV", "/ns/", uri);

        assertThat(kv.put("key", "one")).isNull();
        assertThat(kv.put("key", "two")).isEqualTo("one");
        assertThat(kv.remove("key")).isEqualTo("two");
        assertThat(kv.remove("key")).isNull();
        assertThat(kv.remove(42)).isNull();
        assertThat(cluster.store("myKV")).isEmpty();
    }

    @Test
    void clearDeletesOnlyTheNamespacesKeys() {
        KV kv = new KV("myKV", "/", uri);
        kv.putAll(Map.of("/a/one", "1", "/a/two", "2", "/b/three", "3"));

        kv.setNamespace("/a/");
        assertThat(kv).hasSize(2);
        kv.clear();

        assertThat(kv).isEmpty();
        assertThat(cluster.store("myKV")).isEqualTo(Map.of("/b/three", "3"));
    }

    @Test
    void entrySetIteratorRemoveDeletesTheKey() {
        KV kv = new KV("myKV", "/a", uri);
        kv.put("one", "1");
        kv.put("two", "2");

        Iterator<Map.Entry<String, String>> entries = kv.entrySet().iterator();
        assertThat(entries.next()).isEqualTo(Map.entry("one", "1"));
        entries.remove();

        assertThat(cluster.store("myKV")).isEqualTo(Map.of("/a/two", "2"));
        assertThat(kv).isEqualTo(Map.of("two", "2"));
    }

    @Test
    void badKeysAreRefusedBeforeAnyCall() {
        KV kv = new KV("myKV", "/a", uri);
        controller.drainCallNames();

        assertThatThrownBy(() -> kv.put("", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kv.put("sub/", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names a namespace");
        assertThatThrownBy(() -> kv.put("key", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new KV(" ", "/", uri)).isInstanceOf(IllegalArgumentException.class);
        assertThat(controller.drainCallNames()).isEmpty();
    }

    @Test
    void aStoreThatDoesNotExistIsEmpty() {
        assertThat(new KV("none", "/", uri).items()).isEmpty();
    }
}
