package io.linstorj.satellite.drbd;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The desired DRBD configuration of one resource as seen from the local node: what the
 * controller sends a satellite and what a {@link DrbdDriver} realises.
 *
 * <p>The controller allocates the TCP port (7000 and up), the minors (1000 and up) and the node
 * ids; replication always uses protocol C with a {@code sha1} HMAC over the shared secret.
 * Construction checks the whole resource, so an instance always renders to a valid file:
 * names, numbers and addresses are valid; node names, node ids and addresses are unique among the
 * replicas; volume numbers and minors are unique; the local node is one of the replicas; and a
 * diskful local replica has a backing disk for every volume while a diskless one has none.
 *
 * @param name the resource name (LINSTOR's rules: 2 to 48 of letters, digits, '_' and '-')
 * @param port the TCP port all replicas listen on
 * @param sharedSecret the secret peers authenticate each other with, 1 to 64 printable ASCII
 * @param netOptions further DRBD net options ({@code allow-two-primaries})
 * @param localNodeName the node this configuration is for
 * @param volumes the volumes, in any order
 * @param replicas every replica including the local one, in any order
 * @param connectionOptions net options of the connection to a peer, by the peer's node name;
 *     peers without options of their own are left out
 */
public record DrbdResource(
        String name,
        int port,
        String sharedSecret,
        DrbdNetOptions netOptions,
        String localNodeName,
        List<DrbdVolume> volumes,
        List<DrbdReplica> replicas,
        Map<String, DrbdConnectionOptions> connectionOptions) {
    /** Validates the resource as a whole and keeps sorted, unmodifiable copies of the lists. */
    public DrbdResource {
        DrbdNames.resourceName(name);
        DrbdNames.port(port);
        DrbdNames.sharedSecret(sharedSecret);
        DrbdNames.require(netOptions != null, "net options of resource %s are missing", name);
        DrbdNames.nodeName(localNodeName);
        DrbdNames.require(
                volumes != null && replicas != null, "volumes and replicas of resource %s must not be null", name);
        volumes = volumes.stream()
                .sorted(Comparator.comparingInt(DrbdVolume::number))
                .toList();
        replicas = replicas.stream()
                .sorted(Comparator.comparing(DrbdReplica::nodeName))
                .toList();
        requireUnique(name, "volume number", volumes, DrbdVolume::number);
        requireUnique(name, "minor", volumes, DrbdVolume::minor);
        requireUnique(name, "node name", replicas, DrbdReplica::nodeName);
        requireUnique(name, "node id", replicas, DrbdReplica::nodeId);
        requireUnique(name, "address", replicas, DrbdReplica::address);
        DrbdReplica local = replicas.stream()
                .filter(replica -> replica.nodeName().equals(localNodeName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        String.format("resource %s has no replica on the local node %s", name, localNodeName)));
        requireBackingDisks(name, local, volumes);
        DrbdNames.require(connectionOptions != null, "connection options of resource %s are null", name);
        connectionOptions = peerOptions(name, localNodeName, replicas, connectionOptions);
    }

    /** A resource whose connections have no options of their own. */
    public DrbdResource(
            String name,
            int port,
            String sharedSecret,
            DrbdNetOptions netOptions,
            String localNodeName,
            List<DrbdVolume> volumes,
            List<DrbdReplica> replicas) {
        this(name, port, sharedSecret, netOptions, localNodeName, volumes, replicas, Map.of());
    }

    /** The net options of the connection to {@code peerNodeName}; {@link DrbdConnectionOptions#NONE} if it has none. */
    public DrbdConnectionOptions connectionOptions(String peerNodeName) {
        return connectionOptions.getOrDefault(peerNodeName, DrbdConnectionOptions.NONE);
    }

    /** The replica on the local node. */
    public DrbdReplica localReplica() {
        return replicas.stream()
                .filter(replica -> replica.nodeName().equals(localNodeName))
                .findFirst()
                .orElseThrow();
    }

    /** Every replica except the local one, sorted by node name. */
    public List<DrbdReplica> peers() {
        return replicas.stream()
                .filter(replica -> !replica.nodeName().equals(localNodeName))
                .toList();
    }

    /** The volume with the given number, if the resource has it. */
    public Optional<DrbdVolume> volume(int number) {
        return volumes.stream().filter(volume -> volume.number() == number).findFirst();
    }

    /** The same resource with one volume replaced by {@code volume} (matched by number). */
    public DrbdResource withVolume(DrbdVolume volume) {
        List<DrbdVolume> others =
                volumes.stream().filter(v -> v.number() != volume.number()).toList();
        List<DrbdVolume> all = new java.util.ArrayList<>(others);
        all.add(volume);
        return new DrbdResource(name, port, sharedSecret, netOptions, localNodeName, all, replicas, connectionOptions);
    }

    /** Describes the resource without its shared secret, which must not reach a log. */
    @Override
    public String toString() {
        return "DrbdResource[name=" + name + ", port=" + port + ", sharedSecret=(hidden), netOptions="
                + netOptions + ", localNodeName=" + localNodeName + ", volumes=" + volumes
                + ", replicas=" + replicas + ", connectionOptions=" + connectionOptions + "]";
    }

    private static Map<String, DrbdConnectionOptions> peerOptions(
            String resource,
            String localNodeName,
            List<DrbdReplica> replicas,
            Map<String, DrbdConnectionOptions> options) {
        Set<String> peers = new HashSet<>();
        replicas.forEach(replica -> peers.add(replica.nodeName()));
        peers.remove(localNodeName);
        TreeMap<String, DrbdConnectionOptions> kept = new TreeMap<>();
        options.forEach((peer, peerOptions) -> {
            DrbdNames.require(
                    peers.contains(peer),
                    "resource %s has connection options for %s, which is no peer",
                    resource,
                    peer);
            DrbdNames.require(peerOptions != null, "connection options of resource %s to %s are null", resource, peer);
            if (!peerOptions.isEmpty()) {
                kept.put(peer, peerOptions);
            }
        });
        return Collections.unmodifiableSortedMap(kept);
    }

    private static <T> void requireUnique(String resource, String what, List<T> items, Function<T, Object> key) {
        Set<Object> seen = new HashSet<>();
        for (T item : items) {
            Object value = key.apply(item);
            DrbdNames.require(seen.add(value), "resource %s uses the %s %s twice", resource, what, value);
        }
    }

    private static void requireBackingDisks(String resource, DrbdReplica local, List<DrbdVolume> volumes) {
        for (DrbdVolume volume : volumes) {
            if (local.diskless()) {
                DrbdNames.require(
                        volume.backingDisk().isEmpty(),
                        "volume %s of resource %s has a backing disk but the local replica on %s is " + "diskless",
                        volume.number(),
                        resource,
                        local.nodeName());
            } else {
                DrbdNames.require(
                        volume.backingDisk().isPresent(),
                        "volume %s of resource %s has no backing disk but the local replica on %s is " + "diskful",
                        volume.number(),
                        resource,
                        local.nodeName());
            }
        }
    }
}
