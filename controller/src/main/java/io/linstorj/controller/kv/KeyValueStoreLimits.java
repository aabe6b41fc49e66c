package io.linstorj.controller.kv;

import io.linstorj.controller.api.CallContext;
import io.linstorj.protocol.RetCodes;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Size bounds of key-value stores, in UTF-8 bytes.
 *
 * <p>A store holds small settings of plugins (LINSTOR's own users keep a few hundred bytes per
 * entry); it is kept in memory, written to the database and sent whole in every listing. So one
 * value has at most {@value #MAX_VALUE_BYTES} bytes (64 KiB) and one store, keys and values
 * together, at most {@value #MAX_STORE_BYTES} bytes (1 MiB). Raw key and value lengths and
 * characters, as the database's columns take them, are checked with every other property.
 */
final class KeyValueStoreLimits {
    /** Largest value of one entry: 64 KiB. */
    static final int MAX_VALUE_BYTES = 64 * 1024;
    /** Largest store, keys and values together: 1 MiB. */
    static final int MAX_STORE_BYTES = 1024 * 1024;

    private KeyValueStoreLimits() {
    }

    /** Refuses an entry of {@code overrides} whose value is too large. */
    static void checkValues(String storeName, Map<String, String> overrides, CallContext ctx) {
        overrides.forEach((key, value) -> {
            int bytes = bytes(value);
            if (bytes > MAX_VALUE_BYTES) {
                throw ctx.refuse(RetCodes.FAIL_INVLD_PROP,
                    "The value of key '" + shortened(key) + "' in key-value store '" + storeName + "' has "
                        + bytes + " bytes.",
                    "A key-value store value has at most " + MAX_VALUE_BYTES + " bytes (64 KiB).",
                    "Store large data elsewhere and keep a reference in the store.");
            }
        });
    }

    /** Refuses a store whose entries, as they would be after the change, are too large together. */
    static void checkStore(String storeName, Map<String, String> entries, CallContext ctx) {
        long total = 0;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            total += bytes(entry.getKey()) + bytes(entry.getValue());
        }
        if (total > MAX_STORE_BYTES) {
            throw ctx.refuse(RetCodes.FAIL_INVLD_PROP,
                "Key-value store '" + storeName + "' would hold " + total + " bytes.",
                "A key-value store holds at most " + MAX_STORE_BYTES + " bytes (1 MiB), keys and values together.",
                "Delete entries or store large data elsewhere.");
        }
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String shortened(String key) {
        return key.length() <= 64 ? key : key.substring(0, 64) + "...";
    }
}
