package io.linstorj.controller.trust;

import io.linstorj.common.trust.ClusterKey;
import io.linstorj.common.trust.ClusterKeyFile;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the cluster's key from the database, creating it at the controller's first start, and
 * keeps the optional key file in step with it:
 *
 * <ul>
 *   <li>no key in the database, the file exists: the cluster takes the file's key (a key made
 *       beforehand, or a database rebuilt for an existing cluster);</li>
 *   <li>no key in the database, no file: a new random key, written to the file if one is named;</li>
 *   <li>a key in the database, the file missing: the file is written (the export for satellites);</li>
 *   <li>a key in the database and another in the file: the start is refused, since satellites
 *       given that file would refuse this controller.</li>
 * </ul>
 */
public final class ClusterIdentityStore {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterIdentityStore.class);

    private final DataSource dataSource;
    private final SecureRandom random;

    /** A store on the controller's database. */
    public ClusterIdentityStore(DataSource dataSource, SecureRandom random) {
        this.dataSource = dataSource;
        this.random = random;
    }

    /**
     * The cluster's key, created and stored if the database has none yet.
     *
     * @param keyFile the key file to export to (or take the first key from), if any
     * @throws IllegalStateException if the database cannot be read or written, or the file holds another key
     */
    public ClusterKey establish(Optional<Path> keyFile) {
        Optional<ClusterKey> fromFile = keyFile.flatMap(ClusterKeyFile::read);
        Optional<ClusterKey> stored = load();
        ClusterKey key;
        if (stored.isPresent()) {
            key = stored.get();
            if (fromFile.isPresent() && !fromFile.get().sameAs(key)) {
                throw new IllegalStateException("the cluster key file " + keyFile.get() + " holds cluster "
                        + fromFile.get().clusterId() + ", but this controller's database belongs to cluster "
                        + key.clusterId() + ": name another file (the controller writes it) or remove that one");
            }
            LOG.info("cluster {}", key.clusterId());
        } else {
            key = fromFile.orElseGet(() -> ClusterKey.generate(random));
            key = insert(key);
            LOG.info(
                    "cluster {}: identity {} and stored in the database",
                    key.clusterId(),
                    fromFile.isPresent() ? "taken from " + keyFile.get() : "created");
        }
        if (keyFile.isPresent() && fromFile.isEmpty()) {
            ClusterKeyFile.write(keyFile.get(), key);
            LOG.info(
                    "cluster key written to {} (mode 0600): start satellites with --cluster-secret-file {}",
                    keyFile.get(),
                    keyFile.get());
        }
        return key;
    }

    private Optional<ClusterKey> load() {
        try (Connection connection = dataSource.getConnection()) {
            try {
                return select(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the cluster identity: " + e.getMessage(), e);
        }
    }

    private static Optional<ClusterKey> select(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                        "SELECT cluster_id, secret FROM cluster_identity WHERE singleton = 1");
                ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            try {
                return Optional.of(ClusterKey.decode(row.getString(1), row.getString(2)));
            } catch (IllegalArgumentException e) {
                throw new SQLException("the stored cluster identity is damaged: " + e.getMessage(), e);
            }
        }
    }

    /** Inserts {@code key}; if another controller on the same database was quicker, takes its key. */
    private ClusterKey insert(ClusterKey key) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO cluster_identity (singleton, cluster_id, secret) VALUES (1, ?, ?)")) {
                insert.setString(1, key.clusterId());
                insert.setString(2, key.encodedSecret());
                insert.executeUpdate();
                connection.commit();
                return key;
            } catch (SQLException e) {
                connection.rollback();
                return select(connection).orElseThrow(() -> e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the cluster identity: " + e.getMessage(), e);
        }
    }
}
