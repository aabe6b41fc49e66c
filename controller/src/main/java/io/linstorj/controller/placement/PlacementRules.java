package io.linstorj.controller.placement;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.ProviderKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An {@link AutoSelectFilter} checked and parsed into the form placement works with: names as
 * case-insensitive keys, providers as enums, the regex compiled, property keys with {@code Aux/}.
 *
 * @param poolNameList the allowed pool names as given, for messages; {@code poolNames} holds their keys
 * @param notPlaceWithPattern the compiled {@code not_place_with_rsc_regex} ({@link ResourceNamePattern}), or null
 */
record PlacementRules(
        Integer placeCount,
        Integer additionalPlaceCount,
        Set<String> nodeNames,
        List<String> poolNameList,
        Set<String> poolNames,
        Set<String> disklessPoolNames,
        Set<String> notPlaceWith,
        ResourceNamePattern notPlaceWithPattern,
        List<SameProperty> replicasOnSame,
        List<String> replicasOnDifferent,
        boolean disklessOnRemaining,
        Set<ProviderKind> providers,
        String disklessFlag) {

    static final String AUX_NAMESPACE = "Aux/";
    static final String DRBD_DISKLESS = "DRBD_DISKLESS";
    private static final List<String> KNOWN_LAYERS =
            List.of("DRBD", "LUKS", "STORAGE", "NVME", "WRITECACHE", "CACHE", "BCACHE");
    private static final List<String> SUPPORTED_LAYERS = List.of("DRBD", "STORAGE");
    private static final List<String> UNSUPPORTED_DISKLESS_TYPES = List.of("NVME_INITIATOR", "EBS_INITIATOR");

    /**
     * Checks and parses a filter.
     *
     * @throws PlacementRefusedException with LINSTOR's ret code at the first bad value
     */
    static PlacementRules parse(AutoSelectFilter filter) {
        checkCount("place_count", filter.placeCount());
        checkCount("additional_place_count", filter.additionalPlaceCount());
        List<String> pools = new ArrayList<>(filter.storagePoolList());
        if (filter.storagePool() != null) {
            pools.add(filter.storagePool());
        }
        List<SameProperty> same = parseSame(filter.replicasOnSame());
        List<String> different = parseDifferent(filter.replicasOnDifferent());
        checkDisjoint(same, different);
        checkLayerStack(filter.layerStack(), filter.disklessOnRemaining());
        return new PlacementRules(
                filter.placeCount(),
                filter.additionalPlaceCount(),
                names(filter.nodeNameList(), "node_name_list", RetCodes.FAIL_INVLD_NODE_NAME),
                List.copyOf(pools),
                names(pools, "storage_pool/storage_pool_list", RetCodes.FAIL_INVLD_STOR_POOL_NAME),
                names(
                        filter.storagePoolDisklessList(),
                        "storage_pool_diskless_list",
                        RetCodes.FAIL_INVLD_STOR_POOL_NAME),
                names(filter.notPlaceWithRsc(), "not_place_with_rsc", RetCodes.FAIL_INVLD_RSC_NAME),
                compile(filter.notPlaceWithRscRegex()),
                same,
                different,
                filter.disklessOnRemaining(),
                parseProviders(filter.providerList()),
                parseDisklessType(filter.disklessType()));
    }

    /** True when any do-not-place-with rule is set, so deployed resources must be looked at. */
    boolean hasNotPlaceWith() {
        return !notPlaceWith.isEmpty() || notPlaceWithPattern != null;
    }

    /** True when a diskful replica may use this pool (never a DISKLESS one). */
    boolean allowsDiskful(CandidatePool pool) {
        return !pool.providerKind().isDiskless()
                && (poolNames.isEmpty() || poolNames.contains(Names.key(pool.storagePoolName())))
                && (providers.isEmpty() || providers.contains(pool.providerKind()));
    }

    /** True when a diskless replica may use this pool. */
    boolean allowsDiskless(CandidatePool pool) {
        return pool.providerKind().isDiskless()
                && (disklessPoolNames.isEmpty() || disklessPoolNames.contains(Names.key(pool.storagePoolName())));
    }

    private static void checkCount(String field, Integer count) {
        if (count != null && count < 1) {
            throw PlacementRefusedException.invalidFilter(
                    RetCodes.FAIL_INVLD_PLACE_COUNT,
                    field + " must be at least 1, got " + count + ".",
                    "Ask for one replica or more.");
        }
    }

    private static Set<String> names(List<String> names, String field, long retCode) {
        for (String name : names) {
            if (name.isBlank()) {
                throw PlacementRefusedException.invalidFilter(
                        retCode, field + " contains a blank name.", "Remove the blank entry from " + field + ".");
            }
        }
        return Set.copyOf(Names.keys(names));
    }

    private static ResourceNamePattern compile(String regex) {
        return regex == null || regex.isEmpty() ? null : ResourceNamePattern.compile(regex);
    }

    private static List<SameProperty> parseSame(List<String> entries) {
        List<SameProperty> same = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            String key = auxKey(equals < 0 ? entry : entry.substring(0, equals), "replicas_on_same");
            String value = equals < 0 ? null : entry.substring(equals + 1);
            if (value != null && value.isEmpty()) {
                throw invalidProperty("replicas_on_same entry '" + entry + "' has an empty value.");
            }
            if (!keys.add(key)) {
                throw invalidProperty("replicas_on_same lists " + key + " twice.");
            }
            same.add(new SameProperty(key, value));
        }
        return List.copyOf(same);
    }

    private static List<String> parseDifferent(List<String> entries) {
        List<String> different = new ArrayList<>();
        for (String entry : entries) {
            if (entry.indexOf('=') >= 0) {
                throw invalidProperty("replicas_on_different takes property names, not '" + entry + "'.");
            }
            String key = auxKey(entry, "replicas_on_different");
            if (different.contains(key)) {
                throw invalidProperty("replicas_on_different lists " + key + " twice.");
            }
            different.add(key);
        }
        return List.copyOf(different);
    }

    private static String auxKey(String name, String field) {
        String trimmed = name.trim();
        String key = trimmed.startsWith(AUX_NAMESPACE) ? trimmed : AUX_NAMESPACE + trimmed;
        if (key.length() == AUX_NAMESPACE.length()) {
            throw invalidProperty(field + " contains an empty property name.");
        }
        return key;
    }

    private static PlacementRefusedException invalidProperty(String message) {
        return PlacementRefusedException.invalidFilter(
                RetCodes.FAIL_INVLD_PROP,
                message,
                "Name node properties such as 'Aux/site' (or 'site'); replicas_on_same also takes 'site=value'.");
    }

    private static void checkDisjoint(List<SameProperty> same, List<String> different) {
        for (SameProperty property : same) {
            if (different.contains(property.key())) {
                throw PlacementRefusedException.invalidFilter(
                        RetCodes.FAIL_INVLD_REQUEST,
                        property.key() + " is in both replicas_on_same and replicas_on_different.",
                        "Keep the property in one of the two lists.");
            }
        }
    }

    private static Set<ProviderKind> parseProviders(List<String> names) {
        Set<ProviderKind> providers = EnumSet.noneOf(ProviderKind.class);
        for (String name : names) {
            try {
                providers.add(ProviderKind.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw PlacementRefusedException.invalidFilter(
                        RetCodes.FAIL_INVLD_PROVIDER,
                        "provider_list contains the unknown provider kind '" + name + "'.",
                        "Use provider kinds among " + Arrays.toString(ProviderKind.values()) + ".");
            }
        }
        return providers;
    }

    private static void checkLayerStack(List<String> layers, boolean disklessOnRemaining) {
        List<String> stack = new ArrayList<>();
        for (String layer : layers) {
            String kind = layer.trim().toUpperCase(Locale.ROOT);
            if (!KNOWN_LAYERS.contains(kind)) {
                throw PlacementRefusedException.invalidFilter(
                        RetCodes.FAIL_INVLD_LAYER_KIND,
                        "layer_stack contains the unknown layer '" + layer + "'.",
                        "Use layers among " + KNOWN_LAYERS + ".");
            }
            if (!SUPPORTED_LAYERS.contains(kind)) {
                throw invalidStack("The " + kind + " layer is not supported by LinstorJ.");
            }
            if (stack.contains(kind)) {
                throw invalidStack("layer_stack lists " + kind + " twice.");
            }
            stack.add(kind);
        }
        if (stack.contains("STORAGE") && !stack.get(stack.size() - 1).equals("STORAGE")) {
            throw invalidStack("layer_stack must end with STORAGE, got " + stack + ".");
        }
        if (disklessOnRemaining && !stack.isEmpty() && !stack.contains("DRBD")) {
            throw invalidStack("diskless_on_remaining needs the DRBD layer, layer_stack is " + stack + ".");
        }
    }

    private static PlacementRefusedException invalidStack(String message) {
        return PlacementRefusedException.invalidFilter(
                RetCodes.FAIL_INVLD_LAYER_STACK,
                message,
                "Use the layer stack [DRBD, STORAGE] or [STORAGE] (supported: " + SUPPORTED_LAYERS + ").");
    }

    private static String parseDisklessType(String type) {
        if (type == null || type.isBlank()) {
            return DRBD_DISKLESS;
        }
        String flag = type.trim().toUpperCase(Locale.ROOT);
        if (flag.equals(DRBD_DISKLESS)) {
            return flag;
        }
        String problem = UNSUPPORTED_DISKLESS_TYPES.contains(flag)
                ? "diskless_type " + flag + " is not supported by LinstorJ."
                : "diskless_type '" + type + "' is unknown.";
        throw PlacementRefusedException.invalidFilter(
                RetCodes.FAIL_INVLD_REQUEST, problem, "Leave diskless_type unset or use " + DRBD_DISKLESS + ".");
    }
}
