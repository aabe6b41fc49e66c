package io.linstorj.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KvNamespaceTest {
    @ParameterizedTest
    @CsvSource({"'', /", "'  ', /", "/, /", "foo, /foo/", "/foo, /foo/", "foo/bar/, /foo/bar/", "/foo/bar/, /foo/bar/"})
    void namespacesStartAndEndWithASlash(String namespace, String normalised) {
        assertThat(KvNamespace.normalise(namespace)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource({
        "/, key, /key",
        "/, /foo/bar/key, /foo/bar/key",
        "/, foo/baz/key, /foo/baz/key",
        "/foo/bar/, key, /foo/bar/key",
        "/foo/bar/, /key, /foo/bar/key",
        "/foo/, bar/key, /foo/bar/key"
    })
    void keysAreStoredUnderTheNamespace(String namespace, String key, String stored) {
        assertThat(KvNamespace.storedKey(namespace, key)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({
        "/, /foo/bar/key, /foo/bar/key",
        "/foo/bar/, /foo/bar/key, key",
        "/foo/, /foo/bar/key, bar/key",
        "/foo/bar/, /foo/baz/key, ",
        "/foo/bar/, /foo/bar/, ",
        "/, plain, ",
        "/foo/, /foobar/key, "
    })
    void visibleKeysAreRelativeExceptAtTheRoot(String namespace, String stored, String visible) {
        assertThat(KvNamespace.visibleKey(namespace, stored)).isEqualTo(visible);
    }

    @ParameterizedTest
    @CsvSource({"''", "/", "//", "dir/"})
    void emptyKeysAndNamespaceKeysAreRefused(String key) {
        assertThatThrownBy(() -> KvNamespace.storedKey("/", key)).isInstanceOf(IllegalArgumentException.class);
    }
}
