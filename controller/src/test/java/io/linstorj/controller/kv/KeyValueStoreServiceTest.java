package io.linstorj.controller.kv;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.KeyValueEntryKey;
import io.linstorj.controller.cluster.KeyValueStore;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.state.TableId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyValueStoreServiceTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final KeyValueStoreService stores = fixture.services().keyValueStores();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void firstModifyCreatesStoreAndLaterOnesSetAndDeleteKeys() {
        assertThat(retCodes(await(
                        stores.modify("myKV", PropsChange.set(Map.of("/foo/bar/key", "val", "/foo/baz/key", "x"))))))
                .containsExactly(MASK_KVS | MASK_MOD | MODIFIED);

        await(stores.modify("MYKV", new PropsChange(Map.of("other", "1"), Set.of(), Set.of("/foo/baz"))));

        List<KeyValueStore> listed = await(stores.list(List.of("mykv")));
        assertThat(listed).singleElement().satisfies(store -> {
            assertThat(store.name()).isEqualTo("myKV");
            assertThat(store.props()).containsExactly(Map.entry("/foo/bar/key", "val"), Map.entry("other", "1"));
        });
    }

    @Test
    void modifyWithOnlyDeletesOfMissingStoreWarns() {
        assertThat(retCodes(await(stores.modify("myKV", new PropsChange(Map.of(), Set.of("a"), Set.of())))))
                .containsExactly(MASK_KVS | MASK_MOD | WARN_NOT_FOUND);
        assertThat(await(stores.list(List.of()))).isEmpty();
    }

    @Test
    void invalidStoreNameIsRefused() {
        assertThat(retCodes(await(stores.modify("my KV", PropsChange.set(Map.of("a", "b"))))))
                .containsExactly(MASK_KVS | MASK_MOD | FAIL_INVLD_KVS_NAME);
    }

    @Test
    void deleteRemovesStoreAndWarnsWhenMissing() {
        await(stores.modify("myKV", PropsChange.set(Map.of("a", "b"))));

        assertThat(retCodes(await(stores.delete("myKV")))).containsExactly(MASK_KVS | MASK_DEL | DELETED);
        assertThat(retCodes(await(stores.delete("myKV")))).containsExactly(MASK_KVS | MASK_DEL | WARN_NOT_FOUND);
    }

    @Test
    void valueOfOneMegabyteIsRefusedAndNothingStored() {
        String megabyte = "x".repeat(1024 * 1024);

        List<ApiCallRc> replies = await(stores.modify("myKV", PropsChange.set(Map.of("big", megabyte))));

        assertThat(retCodes(replies)).containsExactly(MASK_KVS | MASK_MOD | FAIL_INVLD_PROP);
        assertThat(replies.get(0).cause()).contains("65536");
        assertThat(replies.get(0).correction()).isNotEmpty();
        assertThat(await(stores.list(List.of()))).isEmpty();
    }

    @Test
    void valueOfSixtyFourKibibytesIsAccepted() {
        assertThat(retCodes(await(stores.modify("myKV", PropsChange.set(Map.of("k", "z".repeat(64 * 1024)))))))
                .containsExactly(MASK_KVS | MASK_MOD | MODIFIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo//bar", "/foo/\0bar", "/foo/bar\n", "/foo/", "LONG_KEY", "LONG_VALUE", "NUL_VALUE"})
    void entriesTheDatabaseCouldNotHoldAreRefusedAsInvalidAndNothingIsStored(String entry) {
        String key = switch (entry) {
            case "LONG_KEY" -> "/" + "k".repeat(1024);
            case "LONG_VALUE", "NUL_VALUE" -> "/foo/key";
            default -> entry;
        };
        String value = switch (entry) {
            case "LONG_VALUE" -> "v".repeat(1048577);
            case "NUL_VALUE" -> "a\0b";
            default -> "v";
        };

        assertThat(retCodes(await(stores.modify("myKV", PropsChange.set(Map.of("/ok", "1", key, value))))))
                .containsExactly(MASK_KVS | MASK_MOD | FAIL_INVLD_PROP);
        assertThat(await(stores.list(List.of()))).isEmpty();
        assertThat(fixture.commits()).isEmpty();
    }

    @Test
    void modifyOfOneKeyInABigStoreChangesOneRowOnly() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            many.put("key" + i, "v");
        }
        await(stores.modify("big", PropsChange.set(many)));
        int commitsBefore = fixture.commits().size();

        await(stores.modify("big", PropsChange.set(Map.of("key500", "changed"))));

        assertThat(fixture.commits()).hasSize(commitsBefore + 1);
        assertThat(fixture.commits().get(commitsBefore)).singleElement().satisfies(change -> {
            assertThat(change.table()).isEqualTo(TableId.KEY_VALUE_ENTRIES);
            assertThat(change.key()).isEqualTo(KeyValueEntryKey.of("big", "key500"));
            assertThat(change.before()).isEqualTo("v");
            assertThat(change.after()).isEqualTo("changed");
        });
    }

    @Test
    void namespaceDeleteRemovesOnlyTheKeysUnderIt() {
        await(stores.modify(
                "kv", PropsChange.set(Map.of("a/b/c", "1", "a/b/d", "2", "a/bc", "3", "a/b", "4", "z", "5"))));

        await(stores.modify("kv", new PropsChange(Map.of(), Set.of("z"), Set.of("a/b"))));

        assertThat(await(stores.list(List.of("kv"))))
                .singleElement()
                .satisfies(store ->
                        assertThat(store.props()).containsExactly(Map.entry("a/b", "4"), Map.entry("a/bc", "3")));
        assertThat(fixture.commits().get(fixture.commits().size() - 1)).hasSize(3);
    }

    @Test
    void refusedModifyLeavesTheStoreAsItWas() {
        await(stores.modify("kv", PropsChange.set(Map.of("a", "1"))));

        assertThat(retCodes(await(stores.modify("kv", PropsChange.set(Map.of("a", "2", "", "x"))))))
                .containsExactly(MASK_KVS | MASK_MOD | FAIL_INVLD_PROP);

        assertThat(await(stores.list(List.of("kv"))))
                .singleElement()
                .satisfies(store -> assertThat(store.props()).containsExactly(Map.entry("a", "1")));
    }

    @Test
    void deleteRemovesTheEntriesSoARecreatedStoreStartsEmpty() {
        await(stores.modify("kv", PropsChange.set(Map.of("a", "1", "b", "2"))));
        await(stores.delete("kv"));

        await(stores.modify("KV", PropsChange.set(Map.of("c", "3"))));

        assertThat(await(stores.list(List.of()))).singleElement().satisfies(store -> {
            assertThat(store.name()).isEqualTo("KV");
            assertThat(store.props()).containsExactly(Map.entry("c", "3"));
        });
    }
}
