-- Snapshots. Portable SQL (H2 and PostgreSQL). A snapshot definition belongs to a resource
-- definition and keeps each volume's size; a snapshot is its part on one node and keeps the storage
-- pool of each volume. Properties live in PROPS (owners 'SD:' and 'S:').

CREATE TABLE snapshot_definitions (
    resource_key VARCHAR(48) NOT NULL,
    name_key VARCHAR(48) NOT NULL,
    resource_name VARCHAR(48) NOT NULL,
    name VARCHAR(48) NOT NULL,
    flags VARCHAR(1024) NOT NULL,
    object_uuid CHAR(36) NOT NULL,
    PRIMARY KEY (resource_key, name_key)
);

CREATE TABLE snapshot_volume_definitions (
    resource_key VARCHAR(48) NOT NULL,
    snapshot_key VARCHAR(48) NOT NULL,
    volume_number INTEGER NOT NULL,
    size_kib BIGINT NOT NULL,
    PRIMARY KEY (resource_key, snapshot_key, volume_number)
);

CREATE TABLE snapshots (
    resource_key VARCHAR(48) NOT NULL,
    snapshot_key VARCHAR(48) NOT NULL,
    node_key VARCHAR(255) NOT NULL,
    resource_name VARCHAR(48) NOT NULL,
    snapshot_name VARCHAR(48) NOT NULL,
    node_name VARCHAR(255) NOT NULL,
    create_timestamp BIGINT NOT NULL,
    object_uuid CHAR(36) NOT NULL,
    PRIMARY KEY (resource_key, snapshot_key, node_key)
);

CREATE TABLE snapshot_volumes (
    resource_key VARCHAR(48) NOT NULL,
    snapshot_key VARCHAR(48) NOT NULL,
    node_key VARCHAR(255) NOT NULL,
    volume_number INTEGER NOT NULL,
    storage_pool_name VARCHAR(48) NOT NULL,
    PRIMARY KEY (resource_key, snapshot_key, node_key, volume_number)
);
