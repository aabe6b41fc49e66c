-- The cluster's identity: its public id and the secret its satellites trust. One row, created by
-- the controller at its first start from Java's SecureRandom (not by SQL, which has no portable
-- source of random bytes on both H2 and PostgreSQL). Portable SQL (H2 and PostgreSQL).

CREATE TABLE cluster_identity (
    singleton INTEGER NOT NULL PRIMARY KEY CHECK (singleton = 1),
    cluster_id VARCHAR(64) NOT NULL,
    secret VARCHAR(128) NOT NULL
);
