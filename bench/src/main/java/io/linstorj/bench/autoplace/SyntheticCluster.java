package io.linstorj.bench.autoplace;

import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.placement.CandidatePool;
import io.linstorj.controller.placement.DeployedResource;
import io.linstorj.controller.placement.PlacementCandidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A made-up cluster as the placer sees it: nodes with a thick pool {@code ssd} and a thin pool
 * {@code thin}, site and rack properties, every 20th node offline, and existing resources with 3
 * replicas each on random nodes. The same seed gives the same cluster.
 *
 * @param nodes how many nodes
 * @param resources how many resources already deployed
 * @param seed the random seed
 */
record SyntheticCluster(int nodes, int resources, long seed) {
    private static final long GIB_IN_KIB = 1024L * 1024;
    private static final int REPLICAS = 3;

    /** The pools every node has. */
    static final List<String> POOLS = List.of("ssd", "thin");

    /** Builds the candidates. */
    List<PlacementCandidate> candidates() {
        Random random = new Random(seed);
        List<List<DeployedResource>> deployed = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            deployed.add(new ArrayList<>());
        }
        for (int r = 0; r < resources; r++) {
            String name = String.format(Locale.ROOT, "existing%05d", r);
            String pool = POOLS.get(random.nextInt(POOLS.size()));
            long sizeKib = (1 + random.nextInt(50)) * GIB_IN_KIB;
            random.ints(0, nodes)
                    .distinct()
                    .limit(Math.min(REPLICAS, nodes))
                    .forEach(node -> deployed.get(node).add(DeployedResource.inPool(name, pool, sizeKib)));
        }
        List<PlacementCandidate> candidates = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            List<CandidatePool> pools = List.of(
                    CandidatePool.of(
                            "ssd", ProviderKind.LVM, (200 + random.nextInt(3000)) * GIB_IN_KIB, 4096 * GIB_IN_KIB),
                    CandidatePool.of(
                            "thin",
                            ProviderKind.LVM_THIN,
                            (200 + random.nextInt(3000)) * GIB_IN_KIB,
                            4096 * GIB_IN_KIB));
            Map<String, String> props = Map.of("Aux/site", "site" + (n % 3), "Aux/rack", "rack" + (n % 25));
            candidates.add(new PlacementCandidate(
                    String.format(Locale.ROOT, "node%03d", n), n % 20 != 19, props, pools, deployed.get(n)));
        }
        return candidates;
    }
}
