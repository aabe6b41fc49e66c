package io.linstorj.controller.persistence;

import io.linstorj.controller.cluster.KeyValueEntryKey;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.NetInterface;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceConnection;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.cluster.SnapshotDefinition;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.StoragePoolDefinition;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.cluster.VolumeGroup;
import io.linstorj.controller.state.Change;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the changed rows of a batch into SQL: an INSERT for a created object, an UPDATE for a
 * changed one, a DELETE for a removed one, and the difference of its properties and net
 * interfaces as row inserts, updates and deletes. Controller properties and key-value entries are
 * rows of their own in the desired state, so each changed one is one statement.
 */
final class ChangeWriter {
    private final SqlSink sql;

    ChangeWriter(SqlSink sql) {
        this.sql = sql;
    }

    void write(Change change) throws SQLException {
        switch (change.table()) {
            case NODES -> node((Node) change.before(), (Node) change.after());
            case STORAGE_POOL_DEFINITIONS ->
                storagePoolDefinition((StoragePoolDefinition) change.before(), (StoragePoolDefinition) change.after());
            case STORAGE_POOLS -> storagePool((StoragePool) change.before(), (StoragePool) change.after());
            case RESOURCE_DEFINITIONS ->
                resourceDefinition((ResourceDefinition) change.before(), (ResourceDefinition) change.after());
            case VOLUME_DEFINITIONS ->
                volumeDefinition((VolumeDefinition) change.before(), (VolumeDefinition) change.after());
            case RESOURCES -> resource((Resource) change.before(), (Resource) change.after());
            case VOLUMES -> volume((Volume) change.before(), (Volume) change.after());
            case KEY_VALUE_STORES ->
                keyValueStore((String) change.key(), (String) change.before(), (String) change.after());
            case KEY_VALUE_ENTRIES -> {
                KeyValueEntryKey key = (KeyValueEntryKey) change.key();
                prop(Owners.keyValueStore(key.storeKey()), key.key(), (String) change.before(), (String)
                        change.after());
            }
            case CONTROLLER_PROPS ->
                prop(Owners.CONTROLLER, (String) change.key(), (String) change.before(), (String) change.after());
            case RESOURCE_GROUPS -> resourceGroup((ResourceGroup) change.before(), (ResourceGroup) change.after());
            case VOLUME_GROUPS -> volumeGroup((VolumeGroup) change.before(), (VolumeGroup) change.after());
            case RESOURCE_CONNECTIONS ->
                resourceConnection((ResourceConnection) change.before(), (ResourceConnection) change.after());
            case SNAPSHOT_DEFINITIONS ->
                snapshotDefinition((SnapshotDefinition) change.before(), (SnapshotDefinition) change.after());
            case SNAPSHOTS -> snapshot((Snapshot) change.before(), (Snapshot) change.after());
        }
    }

    private void node(Node before, Node after) throws SQLException {
        Node any = after != null ? after : before;
        String key = Names.key(any.name());
        if (after == null) {
            sql.add("DELETE FROM nodes WHERE name_key = ?", key);
            sql.add("DELETE FROM net_interfaces WHERE node_key = ?", key);
        } else {
            upsert(
                    before == null,
                    "INSERT INTO nodes (node_type, flags, object_uuid, name, name_key) VALUES (?, ?, ?, ?, ?)",
                    "UPDATE nodes SET node_type = ?, flags = ?, object_uuid = ?, name = ? WHERE name_key = ?",
                    after.type().name(),
                    flags(after.flags()),
                    after.uuid().toString(),
                    after.name(),
                    key);
            diff(
                    before == null ? Map.of() : before.netInterfaces(),
                    after.netInterfaces(),
                    added -> netInterface(true, key, added),
                    (old, changed) -> netInterface(false, key, changed),
                    removed -> sql.add(
                            "DELETE FROM net_interfaces WHERE node_key = ? AND name_key = ?",
                            key,
                            Names.key(removed.name())));
        }
        props(Owners.node(any.name()), before == null ? null : before.props(), after == null ? null : after.props());
    }

    private void netInterface(boolean insert, String nodeKey, NetInterface netInterface) throws SQLException {
        upsert(
                insert,
                "INSERT INTO net_interfaces (name, address, satellite_port, encryption_type, node_key, name_key)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                "UPDATE net_interfaces SET name = ?, address = ?, satellite_port = ?, encryption_type = ?"
                        + " WHERE node_key = ? AND name_key = ?",
                netInterface.name(),
                netInterface.address(),
                netInterface.satellitePort(),
                netInterface.encryptionType(),
                nodeKey,
                Names.key(netInterface.name()));
    }

    private void storagePoolDefinition(StoragePoolDefinition before, StoragePoolDefinition after) throws SQLException {
        StoragePoolDefinition any = after != null ? after : before;
        String key = Names.key(any.name());
        if (after == null) {
            sql.add("DELETE FROM storage_pool_definitions WHERE name_key = ?", key);
        } else {
            upsert(
                    before == null,
                    "INSERT INTO storage_pool_definitions (name, object_uuid, name_key) VALUES (?, ?, ?)",
                    "UPDATE storage_pool_definitions SET name = ?, object_uuid = ? WHERE name_key = ?",
                    after.name(),
                    after.uuid().toString(),
                    key);
        }
        props(
                Owners.storagePoolDefinition(any.name()),
                before == null ? null : before.props(),
                after == null ? null : after.props());
    }

    private void storagePool(StoragePool before, StoragePool after) throws SQLException {
        StoragePool any = after != null ? after : before;
        String nodeKey = Names.key(any.nodeName());
        String poolKey = Names.key(any.name());
        if (after == null) {
            sql.add("DELETE FROM storage_pools WHERE node_key = ? AND pool_key = ?", nodeKey, poolKey);
        } else {
            upsert(
                    before == null,
                    "INSERT INTO storage_pools (node_name, pool_name, provider_kind, object_uuid, node_key, pool_key)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    "UPDATE storage_pools SET node_name = ?, pool_name = ?, provider_kind = ?, object_uuid = ?"
                            + " WHERE node_key = ? AND pool_key = ?",
                    after.nodeName(),
                    after.name(),
                    after.providerKind().name(),
                    after.uuid().toString(),
                    nodeKey,
                    poolKey);
        }
        props(
                Owners.storagePool(any.nodeName(), any.name()),
                before == null ? null : before.props(),
                after == null ? null : after.props());
    }

    private void resourceDefinition(ResourceDefinition before, ResourceDefinition after) throws SQLException {
        ResourceDefinition any = after != null ? after : before;
        String key = Names.key(any.name());
        if (after == null) {
            sql.add("DELETE FROM resource_definitions WHERE name_key = ?", key);
        } else {
            upsert(
                    before == null,
                    "INSERT INTO resource_definitions (name, tcp_port, secret, transport_type, flags, resource_group_name,"
                            + " object_uuid, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    "UPDATE resource_definitions SET name = ?, tcp_port = ?, secret = ?, transport_type = ?, flags = ?,"
                            + " resource_group_name = ?, object_uuid = ? WHERE name_key = ?",
                    after.name(),
                    after.port(),
                    after.secret(),
                    after.transportType(),
                    flags(after.flags()),
                    after.resourceGroupName(),
                    after.uuid().toString(),
                    key);
        }
        props(
                Owners.resourceDefinition(any.name()),
                before == null ? null : before.props(),
                after == null ? null : after.props());
    }

    private void volumeDefinition(VolumeDefinition before, VolumeDefinition after) throws SQLException {
        VolumeDefinition any = after != null ? after : before;
        String key = Names.key(any.resourceName());
        if (after == null) {
            sql.add(
                    "DELETE FROM volume_definitions WHERE resource_key = ? AND volume_number = ?",
                    key,
                    any.volumeNumber());
        } else {
            upsert(
                    before == null,
                    "INSERT INTO volume_definitions (resource_name, size_kib, minor_number, flags, object_uuid,"
                            + " resource_key, volume_number) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    "UPDATE volume_definitions SET resource_name = ?, size_kib = ?, minor_number = ?, flags = ?,"
                            + " object_uuid = ? WHERE resource_key = ? AND volume_number = ?",
                    after.resourceName(),
                    after.sizeKib(),
                    after.minorNumber(),
                    flags(after.flags()),
                    after.uuid().toString(),
                    key,
                    after.volumeNumber());
        }
        props(
                Owners.volumeDefinition(any.resourceName(), any.volumeNumber()),
                before == null ? null : before.props(),
                after == null ? null : after.props());
    }

    private void resource(Resource before, Resource after) throws SQLException {
        Resource any = after != null ? after : before;
        String resourceKey = Names.key(any.resourceName());
        String nodeKey = Names.key(any.nodeName());
        if (after == null) {
            sql.add("DELETE FROM resources WHERE resource_key = ? AND node_key = ?", resourceKey, nodeKey);
        } else {
            upsert(
                    before == null,
                    "INSERT INTO resources (resource_name, node_name, node_id, flags, object_uuid, resource_key, node_key)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    "UPDATE resources SET resource_name = ?, node_name = ?, node_id = ?, flags = ?, object_uuid = ?"
                            + " WHERE resource_key = ? AND node_key = ?",
                    after.resourceName(),
                    after.nodeName(),
                    after.nodeId(),
                    flags(after.flags()),
                    after.uuid().toString(),
                    resourceKey,
                    nodeKey);
        }
        props(
                Owners.resource(any.resourceName(), any.nodeName()),
                before == null ? null : before.props(),
                after == null ? null : after.props());
    }

    private void volume(Volume before, Volume after) throws SQLException {
        Volume any = after != null ? after : before;
        String resourceKey = Names.key(any.resourceName());
        String nodeKey = Names.key(any.nodeName());
        if (after == null) {
            sql.add(
                    "DELETE FROM volumes WHERE resource_key = ? AND node_key = ? AND volume_number = ?",
                    resourceKey,
                    nodeKey,
                    any.volumeNumber());
        } else {
            upsert(
                    before == null,
                    "INSERT INTO volumes (resource_name, node_name, storage_pool_name, object_uuid, resource_key, node_key,"
                            + " volume_number) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    "UPDATE volumes SET resource_name = ?, node_name = ?, storage_pool_name = ?, object_uuid = ?"
                            + " WHERE resource_key = ? AND node_key = ? AND volume_number = ?",
                    after.resourceName(),
                    after.nodeName(),
                    after.storagePoolName(),
                    after.uuid().toString(),
                    resourceKey,
                    nodeKey,
                    after.volumeNumber());
        }
        props(
                Owners.volume(any.resourceName(), any.nodeName(), any.volumeNumber()),
                before == null ? null : before.props(),
                after == null ? null : after.props());
    }

    private void resourceConnection(ResourceConnection before, ResourceConnection after) throws SQLException {
        ResourceConnection any = after != null ? after : before;
        String resourceKey = Names.key(any.resourceName());
        String nodeKeyA = Names.key(any.nodeA());
        String nodeKeyB = Names.key(any.nodeB());
        if (after == null) {
            sql.add(
                    "DELETE FROM resource_connections WHERE resource_key = ? AND node_a_key = ? AND node_b_key = ?",
                    resourceKey,
                    nodeKeyA,
                    nodeKeyB);
        } else {
            upsert(
                    before == null,
                    "INSERT INTO resource_connections (resource_name, node_a_name, node_b_name, flags, object_uuid,"
                            + " resource_key, node_a_key, node_b_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    "UPDATE resource_connections SET resource_name = ?, node_a_name = ?, node_b_name = ?, flags = ?,"
                            + " object_uuid = ? WHERE resource_key = ? AND node_a_key = ? AND node_b_key = ?",
                    after.resourceName(),
                    after.nodeA(),
                    after.nodeB(),
                    flags(after.flags()),
                    after.uuid().toString(),
                    resourceKey,
                    nodeKeyA,
                    nodeKeyB);
        }
        props(
                Owners.resourceConnection(any.resourceName(), any.nodeA(), any.nodeB()),
                before == null ? null : before.props(),
                after == null ? null : after.props());
    }

    /** The store's own row; its entries are rows of their own ({@link #prop}). */
    private void keyValueStore(String key, String before, String after) throws SQLException {
        if (after == null) {
            sql.add("DELETE FROM key_value_stores WHERE name_key = ?", key);
        } else {
            upsert(
                    before == null,
                    "INSERT INTO key_value_stores (name, name_key) VALUES (?, ?)",
                    "UPDATE key_value_stores SET name = ? WHERE name_key = ?",
                    after,
                    key);
        }
    }

    private void resourceGroup(ResourceGroup before, ResourceGroup after) throws SQLException {
        ResourceGroup any = after != null ? after : before;
        String key = Names.key(any.name());
        if (after == null) {
            sql.add("DELETE FROM resource_groups WHERE name_key = ?", key);
        } else {
            String placeholders = ", ?".repeat(SelectFilterColumns.COUNT);
            String assignments = String.join(" = ?, ", SelectFilterColumns.NAMES.split(", ")) + " = ?";
            upsert(
                    before == null,
                    "INSERT INTO resource_groups (name, description, object_uuid, " + SelectFilterColumns.NAMES
                            + ", name_key) VALUES (?, ?, ?" + placeholders + ", ?)",
                    "UPDATE resource_groups SET name = ?, description = ?, object_uuid = ?, " + assignments
                            + " WHERE name_key = ?",
                    concat(
                            new Object[] {
                                after.name(), after.description(), after.uuid().toString()
                            },
                            SelectFilterColumns.values(after.selectFilter()),
                            new Object[] {key}));
        }
        props(
                Owners.resourceGroup(any.name()),
                before == null ? null : before.props(),
                after == null ? null : after.props());
    }

    private void volumeGroup(VolumeGroup before, VolumeGroup after) throws SQLException {
        VolumeGroup any = after != null ? after : before;
        String key = Names.key(any.resourceGroupName());
        if (after == null) {
            sql.add("DELETE FROM volume_groups WHERE group_key = ? AND volume_number = ?", key, any.volumeNumber());
        } else {
            upsert(
                    before == null,
                    "INSERT INTO volume_groups (group_name, flags, object_uuid, group_key, volume_number)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    "UPDATE volume_groups SET group_name = ?, flags = ?, object_uuid = ?"
                            + " WHERE group_key = ? AND volume_number = ?",
                    after.resourceGroupName(),
                    flags(after.flags()),
                    after.uuid().toString(),
                    key,
                    after.volumeNumber());
        }
        props(
                Owners.volumeGroup(any.resourceGroupName(), any.volumeNumber()),
                before == null ? null : before.props(),
                after == null ? null : after.props());
    }

    private void snapshotDefinition(SnapshotDefinition before, SnapshotDefinition after) throws SQLException {
        SnapshotDefinition any = after != null ? after : before;
        String resourceKey = Names.key(any.resourceName());
        String key = Names.key(any.name());
        if (after == null) {
            sql.add("DELETE FROM snapshot_definitions WHERE resource_key = ? AND name_key = ?", resourceKey, key);
            sql.add(
                    "DELETE FROM snapshot_volume_definitions WHERE resource_key = ? AND snapshot_key = ?",
                    resourceKey,
                    key);
        } else {
            upsert(
                    before == null,
                    "INSERT INTO snapshot_definitions (resource_name, name, flags, object_uuid, resource_key, name_key)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    "UPDATE snapshot_definitions SET resource_name = ?, name = ?, flags = ?, object_uuid = ?"
                            + " WHERE resource_key = ? AND name_key = ?",
                    after.resourceName(),
                    after.name(),
                    flags(after.flags()),
                    after.uuid().toString(),
                    resourceKey,
                    key);
            diff(
                    before == null ? Map.of() : before.volumeSizesKib(),
                    after.volumeSizesKib(),
                    (number, size) -> sql.add(
                            "INSERT INTO snapshot_volume_definitions (size_kib, resource_key,"
                                    + " snapshot_key, volume_number) VALUES (?, ?, ?, ?)",
                            size,
                            resourceKey,
                            key,
                            number),
                    (number, size) -> sql.add(
                            "UPDATE snapshot_volume_definitions SET size_kib = ? WHERE resource_key = ?"
                                    + " AND snapshot_key = ? AND volume_number = ?",
                            size,
                            resourceKey,
                            key,
                            number),
                    number -> sql.add(
                            "DELETE FROM snapshot_volume_definitions WHERE resource_key = ? AND snapshot_key = ?"
                                    + " AND volume_number = ?",
                            resourceKey,
                            key,
                            number));
        }
        props(
                Owners.snapshotDefinition(any.resourceName(), any.name()),
                before == null ? null : before.props(),
                after == null ? null : after.props());
    }

    private void snapshot(Snapshot before, Snapshot after) throws SQLException {
        Snapshot any = after != null ? after : before;
        String resourceKey = Names.key(any.resourceName());
        String snapshotKey = Names.key(any.snapshotName());
        String nodeKey = Names.key(any.nodeName());
        if (after == null) {
            sql.add(
                    "DELETE FROM snapshots WHERE resource_key = ? AND snapshot_key = ? AND node_key = ?",
                    resourceKey,
                    snapshotKey,
                    nodeKey);
            sql.add(
                    "DELETE FROM snapshot_volumes WHERE resource_key = ? AND snapshot_key = ? AND node_key = ?",
                    resourceKey,
                    snapshotKey,
                    nodeKey);
        } else {
            upsert(
                    before == null,
                    "INSERT INTO snapshots (resource_name, snapshot_name, node_name, create_timestamp, object_uuid,"
                            + " resource_key, snapshot_key, node_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    "UPDATE snapshots SET resource_name = ?, snapshot_name = ?, node_name = ?, create_timestamp = ?,"
                            + " object_uuid = ? WHERE resource_key = ? AND snapshot_key = ? AND node_key = ?",
                    after.resourceName(),
                    after.snapshotName(),
                    after.nodeName(),
                    after.createTimestamp(),
                    after.uuid().toString(),
                    resourceKey,
                    snapshotKey,
                    nodeKey);
            diff(
                    before == null ? Map.of() : before.volumePools(),
                    after.volumePools(),
                    (number, pool) -> sql.add(
                            "INSERT INTO snapshot_volumes (storage_pool_name, resource_key, snapshot_key,"
                                    + " node_key, volume_number) VALUES (?, ?, ?, ?, ?)",
                            pool,
                            resourceKey,
                            snapshotKey,
                            nodeKey,
                            number),
                    (number, pool) -> sql.add(
                            "UPDATE snapshot_volumes SET storage_pool_name = ? WHERE resource_key = ?"
                                    + " AND snapshot_key = ? AND node_key = ? AND volume_number = ?",
                            pool,
                            resourceKey,
                            snapshotKey,
                            nodeKey,
                            number),
                    number -> sql.add(
                            "DELETE FROM snapshot_volumes WHERE resource_key = ? AND snapshot_key = ?"
                                    + " AND node_key = ? AND volume_number = ?",
                            resourceKey,
                            snapshotKey,
                            nodeKey,
                            number));
        }
        props(
                Owners.snapshot(any.resourceName(), any.snapshotName(), any.nodeName()),
                before == null ? null : before.props(),
                after == null ? null : after.props());
    }

    /** Writes the difference of two maps keyed by volume number as row inserts, updates and deletes. */
    private static <V> void diff(
            Map<Integer, V> before, Map<Integer, V> after, SqlEntry<V> added, SqlEntry<V> changed, SqlKey removed)
            throws SQLException {
        for (Map.Entry<Integer, V> entry : after.entrySet()) {
            V old = before.get(entry.getKey());
            if (old == null) {
                added.run(entry.getKey(), entry.getValue());
            } else if (!old.equals(entry.getValue())) {
                changed.run(entry.getKey(), entry.getValue());
            }
        }
        for (Integer key : before.keySet()) {
            if (!after.containsKey(key)) {
                removed.run(key);
            }
        }
    }

    @FunctionalInterface
    private interface SqlEntry<V> {
        void run(int key, V value) throws SQLException;
    }

    @FunctionalInterface
    private interface SqlKey {
        void run(int key) throws SQLException;
    }

    /**
     * Writes one property row of a table that keeps one row per property (controller properties,
     * key-value entries): one statement, however many properties the owner has.
     */
    private void prop(String owner, String key, String before, String after) throws SQLException {
        if (after == null) {
            sql.add("DELETE FROM props WHERE owner_key = ? AND prop_key = ?", owner, key);
        } else if (before == null) {
            sql.add("INSERT INTO props (prop_value, owner_key, prop_key) VALUES (?, ?, ?)", after, owner, key);
        } else {
            sql.add("UPDATE props SET prop_value = ? WHERE owner_key = ? AND prop_key = ?", after, owner, key);
        }
    }

    /** Writes the difference of an owner's properties; null {@code after} deletes them all. */
    private void props(String owner, Map<String, String> before, Map<String, String> after) throws SQLException {
        if (after == null) {
            if (before != null && !before.isEmpty()) {
                sql.add("DELETE FROM props WHERE owner_key = ?", owner);
            }
            return;
        }
        diffEntries(before == null ? Map.of() : before, after, owner);
    }

    private void diffEntries(Map<String, String> before, Map<String, String> after, String owner) throws SQLException {
        for (Map.Entry<String, String> entry : after.entrySet()) {
            String old = before.get(entry.getKey());
            if (old == null) {
                sql.add(
                        "INSERT INTO props (prop_value, owner_key, prop_key) VALUES (?, ?, ?)",
                        entry.getValue(),
                        owner,
                        entry.getKey());
            } else if (!old.equals(entry.getValue())) {
                sql.add(
                        "UPDATE props SET prop_value = ? WHERE owner_key = ? AND prop_key = ?",
                        entry.getValue(),
                        owner,
                        entry.getKey());
            }
        }
        for (String key : before.keySet()) {
            if (!after.containsKey(key)) {
                sql.add("DELETE FROM props WHERE owner_key = ? AND prop_key = ?", owner, key);
            }
        }
    }

    private void upsert(boolean insert, String insertSql, String updateSql, Object... params) throws SQLException {
        sql.add(insert ? insertSql : updateSql, params);
    }

    private static Object[] concat(Object[]... parts) {
        int length = 0;
        for (Object[] part : parts) {
            length += part.length;
        }
        Object[] all = new Object[length];
        int at = 0;
        for (Object[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static String flags(Set<String> flags) {
        return String.join(",", flags);
    }

    private static <K, V> void diff(
            Map<K, V> before, Map<K, V> after, SqlAction<V> added, SqlChange<V> changed, SqlAction<V> removed)
            throws SQLException {
        for (Map.Entry<K, V> entry : after.entrySet()) {
            V old = before.get(entry.getKey());
            if (old == null) {
                added.run(entry.getValue());
            } else if (!Objects.equals(old, entry.getValue())) {
                changed.run(old, entry.getValue());
            }
        }
        for (Map.Entry<K, V> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                removed.run(entry.getValue());
            }
        }
    }

    @FunctionalInterface
    private interface SqlAction<V> {
        void run(V value) throws SQLException;
    }

    @FunctionalInterface
    private interface SqlChange<V> {
        void run(V before, V after) throws SQLException;
    }
}
