package io.linstorj.controller.cluster;

/**
 * Lookup key of one entry of a key-value store: the store's name key, then the entry's key
 * (case-sensitive). Entries of one store sort together, and those under one namespace
 * ("a/b/...") form one range, so that a change touches only its own entries.
 *
 * @param storeKey the store's name key
 * @param key the entry's key
 */
public record KeyValueEntryKey(String storeKey, String key) implements Comparable<KeyValueEntryKey> {
    /** The key of entry {@code key} of the store named {@code storeName}. */
    public static KeyValueEntryKey of(String storeName, String key) {
        return new KeyValueEntryKey(Names.key(storeName), key);
    }

    /** The smallest key of the entries of a store. */
    public static KeyValueEntryKey firstOf(String storeName) {
        return new KeyValueEntryKey(Names.key(storeName), "");
    }

    /** The key just after the entries of a store. */
    public static KeyValueEntryKey after(String storeName) {
        return new KeyValueEntryKey(Names.key(storeName) + '\0', "");
    }

    /** The smallest key under {@code prefix} (which ends with "/") in a store. */
    public static KeyValueEntryKey firstUnder(String storeName, String prefix) {
        return new KeyValueEntryKey(Names.key(storeName), prefix);
    }

    /** The key just after every key starting with {@code prefix} in a store. */
    public static KeyValueEntryKey afterPrefix(String storeName, String prefix) {
        // Every string starting with prefix sorts before prefix with its last char raised by one.
        char last = prefix.charAt(prefix.length() - 1);
        return new KeyValueEntryKey(Names.key(storeName), prefix.substring(0, prefix.length() - 1) + (char) (last + 1));
    }

    @Override
    public int compareTo(KeyValueEntryKey other) {
        // Field by field by hand: a Comparator chain costs several calls per comparison on hot lookups.
        int byStoreKey = storeKey.compareTo(other.storeKey);
        if (byStoreKey != 0) {
            return byStoreKey;
        }
        return key.compareTo(other.key);
    }
}
