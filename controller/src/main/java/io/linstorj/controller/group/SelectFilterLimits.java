package io.linstorj.controller.group;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.placement.AutoSelectFilter;
import java.util.List;
import java.util.Map;

/**
 * Upper bounds of a stored select filter, checked before a resource group keeps it.
 *
 * <p>Placement itself refuses counts below 1 and malformed entries; these bounds refuse values
 * that are well-formed but absurd, so that a group cannot hold a filter no cluster could ever
 * satisfy or that costs a database row and a placement search per entry:
 * <ul>
 *   <li>{@code place_count} and {@code additional_place_count}: at most
 *       {@value #MAX_PLACE_COUNT}, because DRBD 9 gives a resource at most 32 node ids (0-31),
 *       so no resource can have more replicas;</li>
 *   <li>name lists (nodes, pools, resources): at most {@value #MAX_NAME_ENTRIES} entries;</li>
 *   <li>{@code replicas_on_same} and {@code replicas_on_different}: at most
 *       {@value #MAX_PROPERTY_ENTRIES} entries;</li>
 *   <li>{@code layer_stack} and {@code provider_list}: at most {@value #MAX_KIND_ENTRIES} entries
 *       (there are fewer layers and provider kinds than that);</li>
 *   <li>any entry: at most {@value #MAX_ENTRY_LENGTH} characters.</li>
 * </ul>
 */
final class SelectFilterLimits {
    /** Most replicas a filter may ask for: DRBD 9 node ids run from 0 to 31. */
    static final int MAX_PLACE_COUNT = 32;
    /** Most entries of a list of node, storage pool or resource names. */
    static final int MAX_NAME_ENTRIES = 1024;
    /** Most entries of replicas_on_same and replicas_on_different. */
    static final int MAX_PROPERTY_ENTRIES = 32;
    /** Most entries of layer_stack and provider_list. */
    static final int MAX_KIND_ENTRIES = 16;
    /** Longest entry of any list, in characters. */
    static final int MAX_ENTRY_LENGTH = 256;

    private SelectFilterLimits() {}

    /** Refuses the first count or list of {@code filter} that exceeds its bound. */
    static void check(AutoSelectFilter filter, CallContext ctx) {
        checkCount("place_count", filter.placeCount(), ctx);
        checkCount("additional_place_count", filter.additionalPlaceCount(), ctx);
        Map<String, List<String>> names = Map.of(
                "node_name_list", filter.nodeNameList(),
                "storage_pool_list", filter.storagePoolList(),
                "storage_pool_diskless_list", filter.storagePoolDisklessList(),
                "not_place_with_rsc", filter.notPlaceWithRsc());
        names.forEach((field, list) -> checkList(field, list, MAX_NAME_ENTRIES, ctx));
        checkList("replicas_on_same", filter.replicasOnSame(), MAX_PROPERTY_ENTRIES, ctx);
        checkList("replicas_on_different", filter.replicasOnDifferent(), MAX_PROPERTY_ENTRIES, ctx);
        checkList("layer_stack", filter.layerStack(), MAX_KIND_ENTRIES, ctx);
        checkList("provider_list", filter.providerList(), MAX_KIND_ENTRIES, ctx);
    }

    private static void checkCount(String field, Integer count, CallContext ctx) {
        if (count != null && (count < 1 || count > MAX_PLACE_COUNT)) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_PLACE_COUNT,
                    "Invalid select filter: " + field + " is " + count + ".",
                    "A resource has 1 to " + MAX_PLACE_COUNT + " replicas: DRBD 9 gives it at most " + MAX_PLACE_COUNT
                            + " node ids.",
                    "Ask for 1 to " + MAX_PLACE_COUNT + " replicas.");
        }
    }

    private static void checkList(String field, List<String> list, int maxEntries, CallContext ctx) {
        if (list.size() > maxEntries) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_REQUEST,
                    "Invalid select filter: " + field + " has " + list.size() + " entries.",
                    field + " takes at most " + maxEntries + " entries.",
                    "Shorten " + field + ".");
        }
        for (String entry : list) {
            if (entry.length() > MAX_ENTRY_LENGTH) {
                throw ctx.refuse(
                        RetCodes.FAIL_INVLD_REQUEST,
                        "Invalid select filter: an entry of " + field + " has " + entry.length() + " characters.",
                        "An entry has at most " + MAX_ENTRY_LENGTH + " characters.",
                        "Shorten the entry of " + field + ".");
            }
        }
    }
}
