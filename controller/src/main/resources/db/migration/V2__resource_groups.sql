-- Resource groups and their volume groups. Portable SQL (H2 and PostgreSQL).
-- The select filter of a group is stored field by field as LINSTOR's AutoSelectFilter names
-- them: scalars in typed columns (NULL when unset), lists as JSON arrays of strings.
-- Properties of groups live in PROPS like those of every other object.

CREATE TABLE resource_groups (
    name_key VARCHAR(48) NOT NULL PRIMARY KEY,
    name VARCHAR(48) NOT NULL,
    description VARCHAR(4096) NOT NULL,
    place_count INTEGER,
    additional_place_count INTEGER,
    node_name_list VARCHAR(1048576) NOT NULL,
    storage_pool VARCHAR(4096),
    storage_pool_list VARCHAR(1048576) NOT NULL,
    storage_pool_diskless_list VARCHAR(1048576) NOT NULL,
    not_place_with_rsc VARCHAR(1048576) NOT NULL,
    not_place_with_rsc_regex VARCHAR(4096),
    replicas_on_same VARCHAR(1048576) NOT NULL,
    replicas_on_different VARCHAR(1048576) NOT NULL,
    diskless_on_remaining BOOLEAN NOT NULL,
    layer_stack VARCHAR(1048576) NOT NULL,
    provider_list VARCHAR(1048576) NOT NULL,
    diskless_type VARCHAR(4096),
    object_uuid CHAR(36) NOT NULL
);

CREATE TABLE volume_groups (
    group_key VARCHAR(48) NOT NULL,
    volume_number INTEGER NOT NULL,
    group_name VARCHAR(48) NOT NULL,
    flags VARCHAR(1024) NOT NULL,
    object_uuid CHAR(36) NOT NULL,
    PRIMARY KEY (group_key, volume_number)
);

-- LINSTOR's default resource group exists from the start, with an empty select filter.
INSERT INTO resource_groups (name_key, name, description, node_name_list, storage_pool_list,
        storage_pool_diskless_list, not_place_with_rsc, replicas_on_same, replicas_on_different,
        diskless_on_remaining, layer_stack, provider_list, object_uuid)
    VALUES ('DFLTRSCGRP', 'DfltRscGrp', '', '[]', '[]', '[]', '[]', '[]', '[]', FALSE, '[]', '[]',
        'a0c2f6a4-3c51-4a53-9d0c-5a3e4b0c1f03');

-- Definitions created before resource groups existed belong to the default group.
UPDATE resource_definitions SET resource_group_name = 'DfltRscGrp' WHERE resource_group_name = '';
