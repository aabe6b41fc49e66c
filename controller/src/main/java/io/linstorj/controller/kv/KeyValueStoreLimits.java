package io.linstorj.controller.kv;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.CallContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Size bound of key-value store values, in UTF-8 bytes.
 *
 * <p>A store holds small settings of plugins (LINSTOR's own users keep a few hundred bytes per
 * entry); it is kept in memory and written to the database. So one value has at most
 * {@value #MAX_VALUE_BYTES} bytes (64 KiB). A store as a whole has no bound of its own: checking
 * one would cost O(size of the store) per modify, and listings of any size reach the client in
 * several frames. Raw key and value lengths and characters, as the database's columns take them,
 * are checked with every other property.
 */
final class KeyValueStoreLimits {
    /** Largest value of one entry: 64 KiB. */
    static final int MAX_VALUE_BYTES = 64 * 1024;

    private KeyValueStoreLimits() {}

    /** Refuses an entry of {@code overrides} whose value is too large. */
    static void checkValues(String storeName, Map<String, String> overrides, CallContext ctx) {
        overrides.forEach((key, value) -> {
            int bytes = bytes(value);
            if (bytes > MAX_VALUE_BYTES) {
                throw ctx.refuse(
                        RetCodes.FAIL_INVLD_PROP,
                        "The value of key '" + shortened(key) + "' in key-value store '" + storeName + "' has " + bytes
                                + " bytes.",
                        "A key-value store value has at most " + MAX_VALUE_BYTES + " bytes (64 KiB).",
                        "Store large data elsewhere and keep a reference in the store.");
            }
        });
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String shortened(String key) {
        return key.length() <= 64 ? key : key.substring(0, 64) + "...";
    }
}
