-- Resource connections: the connection between two replicas of a resource definition, with its
-- own properties (DRBD net options for that pair) in PROPS. Portable SQL (H2 and PostgreSQL).
-- One row per unordered node pair: node_a_key sorts before node_b_key in Java's String order (the
-- controller keeps that; no CHECK, as a database's collation may order keys otherwise). A pair
-- without a row is connected with nothing set. Deactivated replicas need no column: resource
-- flags already hold INACTIVE.

CREATE TABLE resource_connections (
    resource_key VARCHAR(48) NOT NULL,
    node_a_key VARCHAR(255) NOT NULL,
    node_b_key VARCHAR(255) NOT NULL,
    resource_name VARCHAR(48) NOT NULL,
    node_a_name VARCHAR(255) NOT NULL,
    node_b_name VARCHAR(255) NOT NULL,
    flags VARCHAR(1024) NOT NULL,
    object_uuid CHAR(36) NOT NULL,
    PRIMARY KEY (resource_key, node_a_key, node_b_key)
);

-- A connection's owner key in PROPS is "RC:" + resource key + two node keys (up to 563
-- characters), longer than any owner key before: widen the column (standard SQL, H2 and PostgreSQL).
ALTER TABLE props ALTER COLUMN owner_key SET DATA TYPE VARCHAR(600);
