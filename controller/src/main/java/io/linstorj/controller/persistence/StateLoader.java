package io.linstorj.controller.persistence;

import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.NetInterface;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.NodeType;
import io.linstorj.controller.cluster.ProviderKind;
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
import io.linstorj.controller.state.DesiredState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the whole desired state with one query per table. */
final class StateLoader {
    private final Connection connection;
    private Map<String, Map<String, String>> props;

    StateLoader(Connection connection) {
        this.connection = connection;
    }

    void loadInto(DesiredState state) throws SQLException {
        props = loadProps();
        Map<String, Map<String, NetInterface>> interfaces = loadNetInterfaces();
        query("SELECT name, node_type, flags, object_uuid FROM nodes", row -> {
            String name = row.getString(1);
            Node node = new Node(
                    name,
                    NodeType.valueOf(row.getString(2)),
                    props(Owners.node(name)),
                    flags(row.getString(3)),
                    new TreeMap<>(interfaces.getOrDefault(Names.key(name), Map.of())),
                    uuid(row.getString(4)));
            state.putNode(node);
        });
        query("SELECT name, object_uuid FROM storage_pool_definitions", row -> {
            String name = row.getString(1);
            state.putStoragePoolDefinition(
                    new StoragePoolDefinition(name, props(Owners.storagePoolDefinition(name)), uuid(row.getString(2))));
        });
        query("SELECT node_name, pool_name, provider_kind, object_uuid FROM storage_pools", row -> {
            StoragePool pool = new StoragePool(
                    row.getString(1),
                    row.getString(2),
                    ProviderKind.valueOf(row.getString(3)),
                    props(Owners.storagePool(row.getString(1), row.getString(2))),
                    uuid(row.getString(4)));
            state.putStoragePool(pool);
        });
        loadGroups(state);
        loadResources(state);
        loadSnapshots(state);
        query("SELECT name FROM key_value_stores", row -> {
            String name = row.getString(1);
            state.putKeyValueStore(name);
            props(Owners.keyValueStore(name)).forEach((key, value) -> state.putKeyValueEntry(name, key, value));
        });
        props(Owners.CONTROLLER).forEach(state::putControllerProp);
    }

    private void loadGroups(DesiredState state) throws SQLException {
        query("SELECT name, description, object_uuid, " + SelectFilterColumns.NAMES + " FROM resource_groups", row -> {
            String name = row.getString(1);
            state.putResourceGroup(new ResourceGroup(
                    name,
                    row.getString(2),
                    props(Owners.resourceGroup(name)),
                    SelectFilterColumns.read(row, 4),
                    uuid(row.getString(3))));
        });
        query("SELECT group_name, volume_number, flags, object_uuid FROM volume_groups", row -> {
            String groupName = row.getString(1);
            int number = row.getInt(2);
            VolumeGroup group = new VolumeGroup(
                    groupName,
                    number,
                    props(Owners.volumeGroup(groupName, number)),
                    flags(row.getString(3)),
                    uuid(row.getString(4)));
            state.putVolumeGroup(group);
        });
    }

    private void loadResources(DesiredState state) throws SQLException {
        query(
                "SELECT name, tcp_port, secret, transport_type, flags, resource_group_name, object_uuid"
                        + " FROM resource_definitions",
                row -> {
                    String name = row.getString(1);
                    state.putResourceDefinition(new ResourceDefinition(
                            name,
                            row.getInt(2),
                            row.getString(3),
                            row.getString(4),
                            props(Owners.resourceDefinition(name)),
                            flags(row.getString(5)),
                            row.getString(6),
                            uuid(row.getString(7))));
                });
        query(
                "SELECT resource_name, volume_number, size_kib, minor_number, flags, object_uuid FROM volume_definitions",
                row -> {
                    String name = row.getString(1);
                    int number = row.getInt(2);
                    state.putVolumeDefinition(new VolumeDefinition(
                            name,
                            number,
                            row.getLong(3),
                            row.getInt(4),
                            props(Owners.volumeDefinition(name, number)),
                            flags(row.getString(5)),
                            uuid(row.getString(6))));
                });
        query("SELECT resource_name, node_name, node_id, flags, object_uuid FROM resources", row -> {
            String resourceName = row.getString(1);
            String nodeName = row.getString(2);
            state.putResource(new Resource(
                    resourceName,
                    nodeName,
                    row.getInt(3),
                    props(Owners.resource(resourceName, nodeName)),
                    flags(row.getString(4)),
                    uuid(row.getString(5))));
        });
        query("SELECT resource_name, node_name, volume_number, storage_pool_name, object_uuid FROM volumes", row -> {
            String resourceName = row.getString(1);
            String nodeName = row.getString(2);
            int number = row.getInt(3);
            Volume volume = new Volume(
                    resourceName,
                    nodeName,
                    number,
                    row.getString(4),
                    props(Owners.volume(resourceName, nodeName, number)),
                    uuid(row.getString(5)));
            state.putVolume(volume);
        });
        query("SELECT resource_name, node_a_name, node_b_name, flags, object_uuid FROM resource_connections", row -> {
            String resourceName = row.getString(1);
            String nodeA = row.getString(2);
            String nodeB = row.getString(3);
            ResourceConnection connection = new ResourceConnection(
                    resourceName,
                    nodeA,
                    nodeB,
                    props(Owners.resourceConnection(resourceName, nodeA, nodeB)),
                    flags(row.getString(4)),
                    uuid(row.getString(5)));
            state.putResourceConnection(connection);
        });
    }

    private void loadSnapshots(DesiredState state) throws SQLException {
        Map<String, Map<Integer, Long>> sizes = new HashMap<>();
        query(
                "SELECT resource_key, snapshot_key, volume_number, size_kib FROM snapshot_volume_definitions",
                row -> sizes.computeIfAbsent(row.getString(1) + "/" + row.getString(2), key -> new TreeMap<>())
                        .put(row.getInt(3), row.getLong(4)));
        query(
                "SELECT resource_name, name, flags, object_uuid, resource_key, name_key FROM snapshot_definitions",
                row -> {
                    String resourceName = row.getString(1);
                    String name = row.getString(2);
                    SnapshotDefinition definition = new SnapshotDefinition(
                            resourceName,
                            name,
                            new TreeMap<>(sizes.getOrDefault(row.getString(5) + "/" + row.getString(6), Map.of())),
                            props(Owners.snapshotDefinition(resourceName, name)),
                            flags(row.getString(3)),
                            uuid(row.getString(4)));
                    state.putSnapshotDefinition(definition);
                });
        Map<String, Map<Integer, String>> pools = new HashMap<>();
        query(
                "SELECT resource_key, snapshot_key, node_key, volume_number, storage_pool_name FROM snapshot_volumes",
                row -> pools.computeIfAbsent(
                                row.getString(1) + "/" + row.getString(2) + "/" + row.getString(3),
                                key -> new TreeMap<>())
                        .put(row.getInt(4), row.getString(5)));
        query(
                "SELECT resource_name, snapshot_name, node_name, create_timestamp, object_uuid, resource_key, snapshot_key,"
                        + " node_key FROM snapshots",
                row -> {
                    String resourceName = row.getString(1);
                    String snapshotName = row.getString(2);
                    String nodeName = row.getString(3);
                    state.putSnapshot(new Snapshot(
                            resourceName,
                            snapshotName,
                            nodeName,
                            new TreeMap<>(pools.getOrDefault(
                                    row.getString(6) + "/" + row.getString(7) + "/" + row.getString(8), Map.of())),
                            props(Owners.snapshot(resourceName, snapshotName, nodeName)),
                            row.getLong(4),
                            uuid(row.getString(5))));
                });
    }

    private Map<String, Map<String, String>> loadProps() throws SQLException {
        Map<String, Map<String, String>> all = new HashMap<>();
        query(
                "SELECT owner_key, prop_key, prop_value FROM props",
                row -> all.computeIfAbsent(row.getString(1), owner -> new HashMap<>())
                        .put(row.getString(2), row.getString(3)));
        return all;
    }

    private Map<String, Map<String, NetInterface>> loadNetInterfaces() throws SQLException {
        Map<String, Map<String, NetInterface>> all = new HashMap<>();
        query("SELECT node_key, name, address, satellite_port, encryption_type FROM net_interfaces", row -> {
            NetInterface netInterface =
                    new NetInterface(row.getString(2), row.getString(3), row.getInt(4), row.getString(5));
            all.computeIfAbsent(row.getString(1), node -> new HashMap<>())
                    .put(Names.key(netInterface.name()), netInterface);
        });
        return all;
    }

    private Map<String, String> props(String owner) {
        return props.getOrDefault(owner, Map.of());
    }

    private void query(String sql, RowHandler handler) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                handler.handle(rows);
            }
        }
    }

    private static Set<String> flags(String text) {
        return text.isEmpty() ? Set.of() : Arrays.stream(text.split(",")).collect(Collectors.toSet());
    }

    private static UUID uuid(String text) {
        return UUID.fromString(text.trim());
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }
}
