package io.linstorj.controller.state;

/** The persisted tables of the desired state; each maps to database tables of the same concept. */
public enum TableId {
    NODES,
    STORAGE_POOL_DEFINITIONS,
    STORAGE_POOLS,
    RESOURCE_DEFINITIONS,
    VOLUME_DEFINITIONS,
    RESOURCES,
    VOLUMES,
    KEY_VALUE_STORES,
    KEY_VALUE_ENTRIES,
    CONTROLLER_PROPS,
    RESOURCE_GROUPS,
    VOLUME_GROUPS,
    RESOURCE_CONNECTIONS,
    SNAPSHOT_DEFINITIONS,
    SNAPSHOTS
}
