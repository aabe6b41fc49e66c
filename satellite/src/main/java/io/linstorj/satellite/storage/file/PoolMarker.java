package io.linstorj.satellite.storage.file;

import io.linstorj.satellite.storage.PoolOwner;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The marker of a FILE pool's directory: whose pool it is, and which of its volume files the pool
 * created. The satellite deletes a volume file only if the marker lists it.
 *
 * <p>The file is plain text, one {@code key=value} a line, so that an operator can read it:
 * <pre>
 * # LinstorJ FILE storage pool marker ...
 * format=1
 * pool-uuid=0d4c6a4e-...
 * node=alpha
 * pool=DfltStorPool
 * cluster-id=...            (only where the satellite knows its cluster's identity)
 * volume=web_00000          (created by this pool: listed, grown, deleted)
 * legacy=old_00000          (found when the marker was first written: kept, adopted on demand)
 * </pre>
 * Unknown keys are ignored, so a later version may add fields; a higher {@code format} is refused.
 *
 * @param poolUuid a random identity generated when the marker was first written
 * @param nodeName the node the pool belongs to
 * @param poolName the pool, as the controller names it
 * @param clusterId the cluster, where known
 * @param volumes storage names ({@code <rsc>_<nr>}) of the volume files this pool created
 * @param legacy storage names of volume files that were in the directory before the marker; they
 *     are never deleted unless the controller's desired state names them for this pool
 */
record PoolMarker(
        UUID poolUuid,
        String nodeName,
        String poolName,
        Optional<String> clusterId,
        SortedSet<String> volumes,
        SortedSet<String> legacy) {

    /** The name of the marker file in the pool's directory. */
    static final String FILE_NAME = ".linstorj-pool";

    static final int FORMAT = 1;

    PoolMarker {
        Objects.requireNonNull(poolUuid, "poolUuid");
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(poolName, "poolName");
        Objects.requireNonNull(clusterId, "clusterId");
        volumes = new TreeSet<>(volumes);
        legacy = new TreeSet<>(legacy);
        legacy.removeAll(volumes);
    }

    /** Returns a new marker of {@code poolName} for {@code owner}, with the files found as legacy. */
    static PoolMarker claim(String poolName, PoolOwner owner, Set<String> found) {
        return new PoolMarker(
                UUID.randomUUID(),
                owner.nodeName(),
                poolName,
                owner.clusterId(),
                new TreeSet<>(),
                new TreeSet<>(found));
    }

    /**
     * Returns why this marker is not {@code poolName}'s of {@code owner}, or empty if it is. Names
     * compare ignoring case as LINSTOR's do; the cluster counts only where both sides know one.
     */
    Optional<String> mismatch(String poolName, PoolOwner owner) {
        if (!this.poolName.equalsIgnoreCase(poolName)) {
            return Optional.of("it belongs to storage pool '" + this.poolName + "'");
        }
        if (!nodeName.equalsIgnoreCase(owner.nodeName())) {
            return Optional.of("it belongs to storage pool '" + this.poolName + "' of node '" + nodeName + "'");
        }
        if (clusterId.isPresent()
                && owner.clusterId().isPresent()
                && !clusterId.get().equals(owner.clusterId().get())) {
            return Optional.of("it belongs to storage pool '" + this.poolName + "' of node '" + nodeName
                    + "' in another cluster (" + clusterId.get() + ")");
        }
        return Optional.empty();
    }

    /** Returns whether the pool created the file of {@code storageName}. */
    boolean owns(String storageName) {
        return volumes.contains(storageName);
    }

    /** Returns whether the file of {@code storageName} was there before the marker. */
    boolean isLegacy(String storageName) {
        return legacy.contains(storageName);
    }

    /** Returns a copy that owns {@code storageName} (created or adopted). */
    PoolMarker withVolume(String storageName) {
        var more = new TreeSet<>(volumes);
        more.add(storageName);
        var fewer = new TreeSet<>(legacy);
        fewer.remove(storageName);
        return new PoolMarker(poolUuid, nodeName, poolName, clusterId, more, fewer);
    }

    /** Returns a copy that no longer owns {@code storageName} (its file was deleted). */
    PoolMarker withoutVolume(String storageName) {
        var fewer = new TreeSet<>(volumes);
        fewer.remove(storageName);
        return new PoolMarker(poolUuid, nodeName, poolName, clusterId, fewer, legacy);
    }

    /** Returns a copy that names the owner's cluster if it did not yet. */
    PoolMarker withClusterOf(PoolOwner owner) {
        return clusterId.isPresent() || owner.clusterId().isEmpty()
                ? this
                : new PoolMarker(poolUuid, nodeName, poolName, owner.clusterId(), volumes, legacy);
    }

    /** Returns the marker as the text of its file. */
    String render() {
        var text = new StringBuilder()
                .append("# LinstorJ FILE storage pool marker. The satellite deletes only the volume files\n")
                .append("# listed as 'volume'. Do not copy this file into another pool's directory.\n")
                .append("format=")
                .append(FORMAT)
                .append('\n')
                .append("pool-uuid=")
                .append(poolUuid)
                .append('\n')
                .append("node=")
                .append(nodeName)
                .append('\n')
                .append("pool=")
                .append(poolName)
                .append('\n');
        clusterId.ifPresent(id -> text.append("cluster-id=").append(id).append('\n'));
        volumes.forEach(name -> text.append("volume=").append(name).append('\n'));
        legacy.forEach(name -> text.append("legacy=").append(name).append('\n'));
        return text.toString();
    }

    /**
     * Reads a marker from the text of its file.
     *
     * @throws IllegalArgumentException naming what is wrong if it is not a marker this version
     *     can read
     */
    static PoolMarker parse(String text) {
        Integer format = null;
        UUID uuid = null;
        String node = null;
        String pool = null;
        String cluster = null;
        var volumes = new TreeSet<String>();
        var legacy = new TreeSet<String>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("line '" + line + "' is not key=value");
            }
            String key = line.substring(0, equals);
            String value = line.substring(equals + 1);
            switch (key) {
                case "format" -> format = parseFormat(value);
                case "pool-uuid" -> uuid = parseUuid(value);
                case "node" -> node = value;
                case "pool" -> pool = value;
                case "cluster-id" -> cluster = value;
                case "volume" -> volumes.add(value);
                case "legacy" -> legacy.add(value);
                default -> {
                    // A field of a later version of format 1: ignored, as the format promises.
                }
            }
        }
        if (format == null || uuid == null || node == null || pool == null || node.isBlank() || pool.isBlank()) {
            throw new IllegalArgumentException("format, pool-uuid, node and pool are required");
        }
        return new PoolMarker(uuid, node, pool, Optional.ofNullable(cluster), volumes, legacy);
    }

    private static int parseFormat(String value) {
        int format;
        try {
            format = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("format '" + value + "' is not a number", e);
        }
        if (format != FORMAT) {
            throw new IllegalArgumentException(
                    "format " + format + " is not " + FORMAT + " (written by another LinstorJ version)");
        }
        return format;
    }

    private static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pool-uuid '" + value + "' is not a UUID", e);
        }
    }
}
