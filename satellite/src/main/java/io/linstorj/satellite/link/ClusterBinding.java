package io.linstorj.satellite.link;

import io.linstorj.common.trust.ClusterKey;
import io.linstorj.common.trust.ClusterKeyFile;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster this satellite belongs to. Bound from the start when it was given the cluster's
 * secret file, or when its data directory remembers a cluster; otherwise unbound until the first
 * controller adopts it (trust on first use), which is then remembered in
 * {@code DATA_DIR/cluster-identity} (mode 0600, written atomically). Once bound, only a controller
 * proving this key is served.
 */
public final class ClusterBinding {
    /** The file under the data directory that remembers the cluster. */
    public static final String FILE_NAME = "cluster-identity";

    private static final Logger LOG = LoggerFactory.getLogger(ClusterBinding.class);

    private final Path file;
    private ClusterKey key;

    private ClusterBinding(Path file, ClusterKey key) {
        this.file = file;
        this.key = key;
    }

    /**
     * The binding of the satellite whose data directory is {@code dataDir}: the key in
     * {@code secretFile} when given (remembered in the data directory from then on), else the one
     * the data directory remembers, else none.
     *
     * @throws IllegalArgumentException if {@code secretFile} is missing or no key file, or the remembered file is damaged
     */
    public static ClusterBinding load(Path dataDir, Optional<Path> secretFile) {
        Path file = dataDir.resolve(FILE_NAME);
        Optional<ClusterKey> remembered = ClusterKeyFile.read(file);
        if (secretFile.isPresent()) {
            ClusterKey given = ClusterKeyFile.read(secretFile.get())
                    .orElseThrow(() -> new IllegalArgumentException("the cluster secret file " + secretFile.get()
                            + " does not exist; the controller writes it when"
                            + " started with --cluster-secret-file"));
            warnIfReadableByOthers(secretFile.get());
            if (remembered.isPresent() && !remembered.get().sameAs(given)) {
                LOG.warn(
                        "the data directory remembered cluster {}; --cluster-secret-file binds this satellite to"
                                + " cluster {} instead",
                        remembered.get().clusterId(),
                        given.clusterId());
            }
            if (remembered.isEmpty() || !remembered.get().sameAs(given)) {
                ClusterKeyFile.write(file, given);
            }
            LOG.info("this satellite belongs to cluster {} (from {})", given.clusterId(), secretFile.get());
            return new ClusterBinding(file, given);
        }
        if (remembered.isPresent()) {
            warnIfReadableByOthers(file);
            LOG.info(
                    "this satellite belongs to cluster {} (remembered in {})",
                    remembered.get().clusterId(),
                    file);
            return new ClusterBinding(file, remembered.get());
        }
        LOG.warn("this satellite belongs to no cluster yet: the first controller that connects adopts it and"
                + " sends the cluster's secret once (start with --cluster-secret-file to avoid that)");
        return new ClusterBinding(file, null);
    }

    /** A binding that remembers nothing on disk, for tests. */
    static ClusterBinding inMemory(Path file, Optional<ClusterKey> key) {
        return new ClusterBinding(file, key.orElse(null));
    }

    private static void warnIfReadableByOthers(Path file) {
        if (ClusterKeyFile.readableByOthers(file)) {
            LOG.warn("{} holds the cluster's secret but others than its owner may read it: chmod 600 it", file);
        }
    }

    /** The key of the cluster this satellite belongs to, if any. */
    public synchronized Optional<ClusterKey> key() {
        return Optional.ofNullable(key);
    }

    /**
     * Binds this satellite to {@code adopted} if it belongs to no cluster yet, and remembers it on
     * disk before returning.
     *
     * @return true if the satellite now belongs to {@code adopted}; false if it belongs to another
     * @throws java.io.UncheckedIOException if the binding cannot be stored (then nothing is bound)
     */
    public synchronized boolean adopt(ClusterKey adopted) {
        if (key != null) {
            return key.sameAs(adopted);
        }
        ClusterKeyFile.write(file, adopted);
        key = adopted;
        LOG.info("this satellite now belongs to cluster {} (remembered in {})", adopted.clusterId(), file);
        return true;
    }
}
