package io.linstorj.satellite.drbd;

import java.util.ArrayList;
import java.util.List;

/** Builds the resources the DRBD tests use: nodes alpha, bravo, ... on 127.0.0.11, .12, ... */
public final class DrbdTestResources {
    /** The node names, in node id order. */
    public static final List<String> NODES = List.of("alpha", "bravo", "charlie", "delta");

    private DrbdTestResources() {}

    /** The replica of node {@code index}: node id {@code index}, address 127.0.0.(11 + index). */
    public static DrbdReplica replica(int index, boolean diskless) {
        return new DrbdReplica(NODES.get(index), index, "127.0.0." + (11 + index), diskless);
    }

    /**
     * A resource {@code name} on port 7000 with the given replicas, seen from {@code localNode},
     * with {@code volumeCount} volumes (minors 1000, 1001, ...) on {@code /dev/loop<minor-990>}.
     */
    public static DrbdResource resource(
            String name,
            String localNode,
            List<DrbdReplica> replicas,
            int volumeCount,
            DrbdNetOptions options,
            InitialSync initialSync) {
        boolean localDiskless = replicas.stream()
                .filter(replica -> replica.nodeName().equals(localNode))
                .findFirst()
                .orElseThrow()
                .diskless();
        List<DrbdVolume> volumes = new ArrayList<>();
        for (int number = 0; number < volumeCount; number++) {
            int minor = 1000 + number;
            volumes.add(
                    localDiskless
                            ? DrbdVolume.diskless(number, minor, 20480)
                            : DrbdVolume.diskful(number, minor, 20480, "/dev/loop" + (minor - 990), initialSync));
        }
        return new DrbdResource(name, 7000, "s3cret", options, localNode, volumes, replicas);
    }
}
