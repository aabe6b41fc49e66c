package io.linstorj.controller.api;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.state.ColumnLimits;
import java.util.regex.Pattern;

/**
 * LINSTOR's rules for object names. Each check returns the name or throws an
 * {@link ApiRcException} with the matching FAIL_INVLD_*_NAME code and the context's masks. The
 * longest names are the lengths of their database columns ({@link ColumnLimits}), so a name that
 * passes always fits.
 */
public final class NameRules {
    private static final Pattern OBJECT_NAME =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{1," + (ColumnLimits.OBJECT_NAME - 1) + "}");
    private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern NET_INTERFACE_NAME =
            Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{1," + (ColumnLimits.NET_INTERFACE_NAME - 1) + "}");
    private static final String OBJECT_NAME_RULE =
            "2 to " + ColumnLimits.OBJECT_NAME + " characters: a letter or '_' first, then letters, digits, '_' or '-'";

    private NameRules() {}

    /** Checks a node name: a host name (labels of letters, digits and inner '-'), 2-255 chars. */
    public static String nodeName(String name, CallContext ctx) {
        if (!isHostName(name)) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_NODE_NAME,
                    "Invalid node name " + TextRules.shown(name) + ".",
                    "A node name must be a valid host name of 2 to 255 characters.",
                    "Use labels of letters, digits and '-' (not at a label's start or end), separated by '.'.");
        }
        return name;
    }

    /** Checks a resource (definition) name. */
    public static String resourceName(String name, CallContext ctx) {
        return objectName(name, ctx, RetCodes.FAIL_INVLD_RSC_NAME, "resource");
    }

    /** Checks a resource group name (the rule of resource names). */
    public static String resourceGroupName(String name, CallContext ctx) {
        return objectName(name, ctx, RetCodes.FAIL_INVLD_RSC_GRP_NAME, "resource group");
    }

    /** Checks a storage pool (definition) name. */
    public static String storagePoolName(String name, CallContext ctx) {
        return objectName(name, ctx, RetCodes.FAIL_INVLD_STOR_POOL_NAME, "storage pool");
    }

    /** Checks a snapshot name (the rule of resource names). */
    public static String snapshotName(String name, CallContext ctx) {
        return objectName(name, ctx, RetCodes.FAIL_INVLD_SNAPSHOT_NAME, "snapshot");
    }

    /** Checks a key-value store name. */
    public static String keyValueStoreName(String name, CallContext ctx) {
        return objectName(name, ctx, RetCodes.FAIL_INVLD_KVS_NAME, "key-value store");
    }

    /** Checks a net interface name: 2-32 letters, digits, '_' or '-', not starting with '-'. */
    public static String netInterfaceName(String name, CallContext ctx) {
        if (name == null || !NET_INTERFACE_NAME.matcher(name).matches()) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_NET_NAME,
                    "Invalid net interface name " + TextRules.shown(name) + ".",
                    "A net interface name has 2 to 32 characters: letters, digits, '_' or '-', not '-' first.",
                    "Choose a name such as 'default' or 'data_1'.");
        }
        return name;
    }

    /** True when {@code name} is a valid host name of 2 to 255 characters. */
    public static boolean isHostName(String name) {
        if (name == null || name.length() < 2 || name.length() > ColumnLimits.NODE_NAME) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!HOST_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code name} follows the rule of resource, resource group, storage pool and key-value store names. */
    public static boolean isObjectName(String name) {
        return name != null && OBJECT_NAME.matcher(name).matches();
    }

    private static String objectName(String name, CallContext ctx, long code, String what) {
        if (!isObjectName(name)) {
            throw ctx.refuse(
                    code,
                    "Invalid " + what + " name " + TextRules.shown(name) + ".",
                    "A " + what + " name has " + OBJECT_NAME_RULE + ".",
                    "Choose a name such as 'data_1' or 'vm-disk-2'.");
        }
        return name;
    }
}
