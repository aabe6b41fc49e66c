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
import io.linstorj.controller.state.TableId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The row mapping of every persisted table of the desired state. {@link #of} is a switch
 * expression without a default, so a new {@link TableId} without a mapping does not compile.
 */
final class Tables {
    /** Tables of the schema that hold no desired state and are written elsewhere. */
    static final Set<String> NOT_DESIRED_STATE = Set.of("cluster_identity", "journal_position");

    private static final RowMapping<Node> NODES = RowMapping.withProps(
            Node.class,
            "nodes",
            Columns.of(node -> keys(node.name()), "name_key"),
            Columns.of(
                    node -> new Object[] {
                        node.type().name(), flags(node.flags()), node.uuid().toString(), node.name()
                    },
                    "node_type",
                    "flags",
                    "object_uuid",
                    "name"),
            node -> Owners.node(node.name()),
            Node::props,
            List.of(new ChildRows<Node, String, NetInterface>(
                    "net_interfaces",
                    List.of("node_key"),
                    List.of("name_key"),
                    (name, netInterface) -> keys(netInterface.name()),
                    Columns.of(
                            netInterface -> new Object[] {
                                netInterface.name(),
                                netInterface.address(),
                                netInterface.satellitePort(),
                                netInterface.encryptionType()
                            },
                            "name",
                            "address",
                            "satellite_port",
                            "encryption_type"),
                    Node::netInterfaces)));

    private static final RowMapping<StoragePoolDefinition> STORAGE_POOL_DEFINITIONS = RowMapping.withProps(
            StoragePoolDefinition.class,
            "storage_pool_definitions",
            Columns.of(definition -> keys(definition.name()), "name_key"),
            Columns.of(
                    definition ->
                            new Object[] {definition.name(), definition.uuid().toString()},
                    "name",
                    "object_uuid"),
            definition -> Owners.storagePoolDefinition(definition.name()),
            StoragePoolDefinition::props,
            List.of());

    private static final RowMapping<StoragePool> STORAGE_POOLS = RowMapping.withProps(
            StoragePool.class,
            "storage_pools",
            Columns.of(pool -> keys(pool.nodeName(), pool.name()), "node_key", "pool_key"),
            Columns.of(
                    pool -> new Object[] {
                        pool.nodeName(),
                        pool.name(),
                        pool.providerKind().name(),
                        pool.uuid().toString()
                    },
                    "node_name",
                    "pool_name",
                    "provider_kind",
                    "object_uuid"),
            pool -> Owners.storagePool(pool.nodeName(), pool.name()),
            StoragePool::props,
            List.of());

    private static final RowMapping<ResourceDefinition> RESOURCE_DEFINITIONS = RowMapping.withProps(
            ResourceDefinition.class,
            "resource_definitions",
            Columns.of(definition -> keys(definition.name()), "name_key"),
            Columns.of(
                    definition -> new Object[] {
                        definition.name(),
                        definition.port(),
                        definition.secret(),
                        definition.transportType(),
                        flags(definition.flags()),
                        definition.resourceGroupName(),
                        definition.uuid().toString()
                    },
                    "name",
                    "tcp_port",
                    "secret",
                    "transport_type",
                    "flags",
                    "resource_group_name",
                    "object_uuid"),
            definition -> Owners.resourceDefinition(definition.name()),
            ResourceDefinition::props,
            List.of());

    private static final RowMapping<VolumeDefinition> VOLUME_DEFINITIONS = RowMapping.withProps(
            VolumeDefinition.class,
            "volume_definitions",
            Columns.of(
                    definition -> new Object[] {Names.key(definition.resourceName()), definition.volumeNumber()},
                    "resource_key",
                    "volume_number"),
            Columns.of(
                    definition -> new Object[] {
                        definition.resourceName(),
                        definition.sizeKib(),
                        definition.minorNumber(),
                        flags(definition.flags()),
                        definition.uuid().toString()
                    },
                    "resource_name",
                    "size_kib",
                    "minor_number",
                    "flags",
                    "object_uuid"),
            definition -> Owners.volumeDefinition(definition.resourceName(), definition.volumeNumber()),
            VolumeDefinition::props,
            List.of());

    private static final RowMapping<Resource> RESOURCES = RowMapping.withProps(
            Resource.class,
            "resources",
            Columns.of(resource -> keys(resource.resourceName(), resource.nodeName()), "resource_key", "node_key"),
            Columns.of(
                    resource -> new Object[] {
                        resource.resourceName(),
                        resource.nodeName(),
                        resource.nodeId(),
                        flags(resource.flags()),
                        resource.uuid().toString()
                    },
                    "resource_name",
                    "node_name",
                    "node_id",
                    "flags",
                    "object_uuid"),
            resource -> Owners.resource(resource.resourceName(), resource.nodeName()),
            Resource::props,
            List.of());

    private static final RowMapping<Volume> VOLUMES = RowMapping.withProps(
            Volume.class,
            "volumes",
            Columns.of(
                    volume -> new Object[] {
                        Names.key(volume.resourceName()), Names.key(volume.nodeName()), volume.volumeNumber()
                    },
                    "resource_key",
                    "node_key",
                    "volume_number"),
            Columns.of(
                    volume -> new Object[] {
                        volume.resourceName(),
                        volume.nodeName(),
                        volume.storagePoolName(),
                        volume.uuid().toString()
                    },
                    "resource_name",
                    "node_name",
                    "storage_pool_name",
                    "object_uuid"),
            volume -> Owners.volume(volume.resourceName(), volume.nodeName(), volume.volumeNumber()),
            Volume::props,
            List.of());

    /** A store's own row; its entries are rows of their own ({@link #KEY_VALUE_ENTRIES}). */
    private static final RowMapping<String> KEY_VALUE_STORES = RowMapping.plain(
            String.class,
            "key_value_stores",
            Columns.of(name -> keys(name), "name_key"),
            Columns.of(name -> new Object[] {name}, "name"));

    private static final PropRowMapping<KeyValueEntryKey> KEY_VALUE_ENTRIES = new PropRowMapping<>(
            KeyValueEntryKey.class, key -> Owners.keyValueStore(key.storeKey()), KeyValueEntryKey::key);

    private static final PropRowMapping<String> CONTROLLER_PROPS =
            new PropRowMapping<>(String.class, key -> Owners.CONTROLLER, key -> key);

    private static final RowMapping<ResourceGroup> RESOURCE_GROUPS = RowMapping.withProps(
            ResourceGroup.class,
            "resource_groups",
            Columns.of(group -> keys(group.name()), "name_key"),
            new Columns<>(
                    concat(List.of("name", "description", "object_uuid"), SelectFilterColumns.NAMES.split(", ")),
                    group -> ColumnSql.params(
                            new Object[] {
                                group.name(), group.description(), group.uuid().toString()
                            },
                            SelectFilterColumns.values(group.selectFilter()))),
            group -> Owners.resourceGroup(group.name()),
            ResourceGroup::props,
            List.of());

    private static final RowMapping<VolumeGroup> VOLUME_GROUPS = RowMapping.withProps(
            VolumeGroup.class,
            "volume_groups",
            Columns.of(
                    group -> new Object[] {Names.key(group.resourceGroupName()), group.volumeNumber()},
                    "group_key",
                    "volume_number"),
            Columns.of(
                    group -> new Object[] {
                        group.resourceGroupName(),
                        flags(group.flags()),
                        group.uuid().toString()
                    },
                    "group_name",
                    "flags",
                    "object_uuid"),
            group -> Owners.volumeGroup(group.resourceGroupName(), group.volumeNumber()),
            VolumeGroup::props,
            List.of());

    private static final RowMapping<ResourceConnection> RESOURCE_CONNECTIONS = RowMapping.withProps(
            ResourceConnection.class,
            "resource_connections",
            Columns.of(
                    connection -> keys(connection.resourceName(), connection.nodeA(), connection.nodeB()),
                    "resource_key",
                    "node_a_key",
                    "node_b_key"),
            Columns.of(
                    connection -> new Object[] {
                        connection.resourceName(),
                        connection.nodeA(),
                        connection.nodeB(),
                        flags(connection.flags()),
                        connection.uuid().toString()
                    },
                    "resource_name",
                    "node_a_name",
                    "node_b_name",
                    "flags",
                    "object_uuid"),
            connection -> Owners.resourceConnection(connection.resourceName(), connection.nodeA(), connection.nodeB()),
            ResourceConnection::props,
            List.of());

    private static final RowMapping<SnapshotDefinition> SNAPSHOT_DEFINITIONS = RowMapping.withProps(
            SnapshotDefinition.class,
            "snapshot_definitions",
            Columns.of(definition -> keys(definition.resourceName(), definition.name()), "resource_key", "name_key"),
            Columns.of(
                    definition -> new Object[] {
                        definition.resourceName(),
                        definition.name(),
                        flags(definition.flags()),
                        definition.uuid().toString()
                    },
                    "resource_name",
                    "name",
                    "flags",
                    "object_uuid"),
            definition -> Owners.snapshotDefinition(definition.resourceName(), definition.name()),
            SnapshotDefinition::props,
            List.of(new ChildRows<SnapshotDefinition, Integer, Long>(
                    "snapshot_volume_definitions",
                    List.of("resource_key", "snapshot_key"),
                    List.of("volume_number"),
                    (number, size) -> new Object[] {number},
                    Columns.of(size -> new Object[] {size}, "size_kib"),
                    SnapshotDefinition::volumeSizesKib)));

    private static final RowMapping<Snapshot> SNAPSHOTS = RowMapping.withProps(
            Snapshot.class,
            "snapshots",
            Columns.of(
                    snapshot -> keys(snapshot.resourceName(), snapshot.snapshotName(), snapshot.nodeName()),
                    "resource_key",
                    "snapshot_key",
                    "node_key"),
            Columns.of(
                    snapshot -> new Object[] {
                        snapshot.resourceName(),
                        snapshot.snapshotName(),
                        snapshot.nodeName(),
                        snapshot.createTimestamp(),
                        snapshot.uuid().toString()
                    },
                    "resource_name",
                    "snapshot_name",
                    "node_name",
                    "create_timestamp",
                    "object_uuid"),
            snapshot -> Owners.snapshot(snapshot.resourceName(), snapshot.snapshotName(), snapshot.nodeName()),
            Snapshot::props,
            List.of(new ChildRows<Snapshot, Integer, String>(
                    "snapshot_volumes",
                    List.of("resource_key", "snapshot_key", "node_key"),
                    List.of("volume_number"),
                    (number, pool) -> new Object[] {number},
                    Columns.of(pool -> new Object[] {pool}, "storage_pool_name"),
                    Snapshot::volumePools)));

    private Tables() {}

    /** The mapping of {@code table}. */
    static TableMapping of(TableId table) {
        return switch (table) {
            case NODES -> NODES;
            case STORAGE_POOL_DEFINITIONS -> STORAGE_POOL_DEFINITIONS;
            case STORAGE_POOLS -> STORAGE_POOLS;
            case RESOURCE_DEFINITIONS -> RESOURCE_DEFINITIONS;
            case VOLUME_DEFINITIONS -> VOLUME_DEFINITIONS;
            case RESOURCES -> RESOURCES;
            case VOLUMES -> VOLUMES;
            case KEY_VALUE_STORES -> KEY_VALUE_STORES;
            case KEY_VALUE_ENTRIES -> KEY_VALUE_ENTRIES;
            case CONTROLLER_PROPS -> CONTROLLER_PROPS;
            case RESOURCE_GROUPS -> RESOURCE_GROUPS;
            case VOLUME_GROUPS -> VOLUME_GROUPS;
            case RESOURCE_CONNECTIONS -> RESOURCE_CONNECTIONS;
            case SNAPSHOT_DEFINITIONS -> SNAPSHOT_DEFINITIONS;
            case SNAPSHOTS -> SNAPSHOTS;
        };
    }

    /** The name keys of {@code names}, in order. */
    private static Object[] keys(String... names) {
        return Arrays.stream(names).map(Names::key).toArray();
    }

    private static String flags(Set<String> flags) {
        return String.join(",", flags);
    }

    private static List<String> concat(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all;
    }
}
