package io.linstorj.controller.state;

import java.util.Map;
import java.util.TreeMap;

/**
 * The longest text each column of the database schema holds, in characters: the one place the
 * services take their length limits from, so that input too long for the database is refused
 * as invalid before it joins a batch, instead of failing the batch's commit.
 *
 * <p>{@link #columns()} lists every character column of the migrations; a test compares it
 * with the schema the migrations create, so a new or widened column cannot drift from the rules.
 */
public final class ColumnLimits {
    /** Node names (a host name). */
    public static final int NODE_NAME = 255;
    /** Names of resources, resource groups, storage pools and key-value stores. */
    public static final int OBJECT_NAME = 48;
    /** Net interface names. */
    public static final int NET_INTERFACE_NAME = 32;
    /** Net interface addresses (IPv4 or IPv6 literal, with an IPv6 scope). */
    public static final int NET_ADDRESS = 64;
    /** Enumerated kinds: node type, storage provider kind, DRBD transport type. */
    public static final int KIND = 16;
    /** Encryption type of a net interface. */
    public static final int ENCRYPTION_TYPE = 8;
    /** Flags of an object, comma-separated. */
    public static final int FLAGS = 1024;
    /** DRBD shared secret of a resource definition. */
    public static final int SECRET = 64;
    /** Description of a resource group. */
    public static final int DESCRIPTION = 4096;
    /** A single-text field of a stored select filter (storage pool, regex, diskless type). */
    public static final int FILTER_TEXT = 4096;
    /** A list of a stored select filter, as its JSON array. */
    public static final int FILTER_LIST = 1048576;
    /** A property key (also a key of a key-value store). */
    public static final int PROP_KEY = 1024;
    /** A property value (also a value of a key-value store). */
    public static final int PROP_VALUE = 1048576;
    /**
     * The owner of a property row, built from object names: the longest is a resource
     * connection's, "RC:" with a resource name and two node names (563 characters).
     */
    public static final int OWNER_KEY = 600;
    /** An object UUID in its text form. */
    public static final int UUID = 36;

    private static final Map<String, Integer> COLUMNS = columnsOfSchema();

    private ColumnLimits() {}

    /** Every character column of the schema as "table.column" (lower case), with its length. */
    public static Map<String, Integer> columns() {
        return COLUMNS;
    }

    private static Map<String, Integer> columnsOfSchema() {
        Map<String, Integer> columns = new TreeMap<>();
        table(
                columns,
                "nodes",
                "name_key",
                NODE_NAME,
                "name",
                NODE_NAME,
                "node_type",
                KIND,
                "flags",
                FLAGS,
                "object_uuid",
                UUID);
        table(
                columns,
                "net_interfaces",
                "node_key",
                NODE_NAME,
                "name_key",
                NET_INTERFACE_NAME,
                "name",
                NET_INTERFACE_NAME,
                "address",
                NET_ADDRESS,
                "encryption_type",
                ENCRYPTION_TYPE);
        table(columns, "storage_pool_definitions", "name_key", OBJECT_NAME, "name", OBJECT_NAME, "object_uuid", UUID);
        table(
                columns,
                "storage_pools",
                "node_key",
                NODE_NAME,
                "pool_key",
                OBJECT_NAME,
                "node_name",
                NODE_NAME,
                "pool_name",
                OBJECT_NAME,
                "provider_kind",
                KIND,
                "object_uuid",
                UUID);
        table(
                columns,
                "resource_definitions",
                "name_key",
                OBJECT_NAME,
                "name",
                OBJECT_NAME,
                "secret",
                SECRET,
                "transport_type",
                KIND,
                "flags",
                FLAGS,
                "resource_group_name",
                OBJECT_NAME,
                "object_uuid",
                UUID);
        table(
                columns,
                "volume_definitions",
                "resource_key",
                OBJECT_NAME,
                "resource_name",
                OBJECT_NAME,
                "flags",
                FLAGS,
                "object_uuid",
                UUID);
        table(
                columns,
                "resources",
                "resource_key",
                OBJECT_NAME,
                "node_key",
                NODE_NAME,
                "resource_name",
                OBJECT_NAME,
                "node_name",
                NODE_NAME,
                "flags",
                FLAGS,
                "object_uuid",
                UUID);
        table(
                columns,
                "volumes",
                "resource_key",
                OBJECT_NAME,
                "node_key",
                NODE_NAME,
                "resource_name",
                OBJECT_NAME,
                "node_name",
                NODE_NAME,
                "storage_pool_name",
                OBJECT_NAME,
                "object_uuid",
                UUID);
        table(columns, "key_value_stores", "name_key", OBJECT_NAME, "name", OBJECT_NAME);
        // Written by the controller itself at its first start, never from a request.
        table(columns, "cluster_identity", "cluster_id", 64, "secret", 128);
        table(columns, "props", "owner_key", OWNER_KEY, "prop_key", PROP_KEY, "prop_value", PROP_VALUE);
        table(
                columns,
                "resource_groups",
                "name_key",
                OBJECT_NAME,
                "name",
                OBJECT_NAME,
                "description",
                DESCRIPTION,
                "node_name_list",
                FILTER_LIST,
                "storage_pool",
                FILTER_TEXT,
                "storage_pool_list",
                FILTER_LIST,
                "storage_pool_diskless_list",
                FILTER_LIST,
                "not_place_with_rsc",
                FILTER_LIST,
                "not_place_with_rsc_regex",
                FILTER_TEXT,
                "replicas_on_same",
                FILTER_LIST,
                "replicas_on_different",
                FILTER_LIST,
                "layer_stack",
                FILTER_LIST,
                "provider_list",
                FILTER_LIST,
                "diskless_type",
                FILTER_TEXT,
                "object_uuid",
                UUID);
        table(
                columns,
                "volume_groups",
                "group_key",
                OBJECT_NAME,
                "group_name",
                OBJECT_NAME,
                "flags",
                FLAGS,
                "object_uuid",
                UUID);
        table(
                columns,
                "resource_connections",
                "resource_key",
                OBJECT_NAME,
                "node_a_key",
                NODE_NAME,
                "node_b_key",
                NODE_NAME,
                "resource_name",
                OBJECT_NAME,
                "node_a_name",
                NODE_NAME,
                "node_b_name",
                NODE_NAME,
                "flags",
                FLAGS,
                "object_uuid",
                UUID);
        table(
                columns,
                "snapshot_definitions",
                "resource_key",
                OBJECT_NAME,
                "name_key",
                OBJECT_NAME,
                "resource_name",
                OBJECT_NAME,
                "name",
                OBJECT_NAME,
                "flags",
                FLAGS,
                "object_uuid",
                UUID);
        table(columns, "snapshot_volume_definitions", "resource_key", OBJECT_NAME, "snapshot_key", OBJECT_NAME);
        table(
                columns,
                "snapshots",
                "resource_key",
                OBJECT_NAME,
                "snapshot_key",
                OBJECT_NAME,
                "node_key",
                NODE_NAME,
                "resource_name",
                OBJECT_NAME,
                "snapshot_name",
                OBJECT_NAME,
                "node_name",
                NODE_NAME,
                "object_uuid",
                UUID);
        table(
                columns,
                "snapshot_volumes",
                "resource_key",
                OBJECT_NAME,
                "snapshot_key",
                OBJECT_NAME,
                "node_key",
                NODE_NAME,
                "storage_pool_name",
                OBJECT_NAME);
        return Map.copyOf(columns);
    }

    private static void table(Map<String, Integer> columns, String table, Object... namesAndLengths) {
        for (int i = 0; i < namesAndLengths.length; i += 2) {
            columns.put(table + "." + namesAndLengths[i], (Integer) namesAndLengths[i + 1]);
        }
    }
}
