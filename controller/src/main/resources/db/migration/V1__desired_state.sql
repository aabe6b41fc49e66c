-- Desired state of a LinstorJ cluster. Portable SQL (H2 and PostgreSQL).
-- Every object row has a name key (the upper-cased name: LINSTOR names are case-insensitive)
-- and the name as created. Properties of all objects live in PROPS, keyed by an owner key.

CREATE TABLE nodes (
    name_key VARCHAR(255) NOT NULL PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    node_type VARCHAR(16) NOT NULL,
    flags VARCHAR(1024) NOT NULL,
    object_uuid CHAR(36) NOT NULL
);

CREATE TABLE net_interfaces (
    node_key VARCHAR(255) NOT NULL,
    name_key VARCHAR(32) NOT NULL,
    name VARCHAR(32) NOT NULL,
    address VARCHAR(64) NOT NULL,
    satellite_port INTEGER NOT NULL,
    encryption_type VARCHAR(8) NOT NULL,
    PRIMARY KEY (node_key, name_key)
);

CREATE TABLE storage_pool_definitions (
    name_key VARCHAR(48) NOT NULL PRIMARY KEY,
    name VARCHAR(48) NOT NULL,
    object_uuid CHAR(36) NOT NULL
);

CREATE TABLE storage_pools (
    node_key VARCHAR(255) NOT NULL,
    pool_key VARCHAR(48) NOT NULL,
    node_name VARCHAR(255) NOT NULL,
    pool_name VARCHAR(48) NOT NULL,
    provider_kind VARCHAR(16) NOT NULL,
    object_uuid CHAR(36) NOT NULL,
    PRIMARY KEY (node_key, pool_key)
);

CREATE TABLE resource_definitions (
    name_key VARCHAR(48) NOT NULL PRIMARY KEY,
    name VARCHAR(48) NOT NULL,
    tcp_port INTEGER NOT NULL,
    secret VARCHAR(64) NOT NULL,
    transport_type VARCHAR(16) NOT NULL,
    flags VARCHAR(1024) NOT NULL,
    resource_group_name VARCHAR(48) NOT NULL,
    object_uuid CHAR(36) NOT NULL
);

CREATE TABLE volume_definitions (
    resource_key VARCHAR(48) NOT NULL,
    volume_number INTEGER NOT NULL,
    resource_name VARCHAR(48) NOT NULL,
    size_kib BIGINT NOT NULL,
    minor_number INTEGER NOT NULL,
    flags VARCHAR(1024) NOT NULL,
    object_uuid CHAR(36) NOT NULL,
    PRIMARY KEY (resource_key, volume_number)
);

CREATE TABLE resources (
    resource_key VARCHAR(48) NOT NULL,
    node_key VARCHAR(255) NOT NULL,
    resource_name VARCHAR(48) NOT NULL,
    node_name VARCHAR(255) NOT NULL,
    node_id INTEGER NOT NULL,
    flags VARCHAR(1024) NOT NULL,
    object_uuid CHAR(36) NOT NULL,
    PRIMARY KEY (resource_key, node_key)
);

CREATE TABLE volumes (
    resource_key VARCHAR(48) NOT NULL,
    node_key VARCHAR(255) NOT NULL,
    volume_number INTEGER NOT NULL,
    resource_name VARCHAR(48) NOT NULL,
    node_name VARCHAR(255) NOT NULL,
    storage_pool_name VARCHAR(48) NOT NULL,
    object_uuid CHAR(36) NOT NULL,
    PRIMARY KEY (resource_key, node_key, volume_number)
);

CREATE TABLE key_value_stores (
    name_key VARCHAR(48) NOT NULL PRIMARY KEY,
    name VARCHAR(48) NOT NULL
);

CREATE TABLE props (
    owner_key VARCHAR(400) NOT NULL,
    prop_key VARCHAR(1024) NOT NULL,
    prop_value VARCHAR(1048576) NOT NULL,
    PRIMARY KEY (owner_key, prop_key)
);

-- LINSTOR's two default storage pool definitions exist from the start.
INSERT INTO storage_pool_definitions (name_key, name, object_uuid)
    VALUES ('DFLTSTORPOOL', 'DfltStorPool', 'a0c2f6a4-3c51-4a53-9d0c-5a3e4b0c1f01');
INSERT INTO storage_pool_definitions (name_key, name, object_uuid)
    VALUES ('DFLTDISKLESSSTORPOOL', 'DfltDisklessStorPool', 'a0c2f6a4-3c51-4a53-9d0c-5a3e4b0c1f02');
