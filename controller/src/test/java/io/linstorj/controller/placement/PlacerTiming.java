package io.linstorj.controller.placement;

import io.linstorj.controller.cluster.ProviderKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Measures one placement decision on a cluster of 100 nodes × 2 pools holding 10,000 resources
 * (3 replicas each) and prints percentiles; a figure to read, not a test (no assertions).
 *
 * <p>Run after {@code ./mvnw -B -q -pl controller -am test-compile}:
 * <pre>
 * java -cp controller/target/classes:controller/target/test-classes:protocol/target/classes \
 *     io.linstorj.controller.placement.PlacerTiming
 * </pre>
 */
public final class PlacerTiming {
    private static final long GIB = 1024L * 1024;
    private static final int NODES = 100;
    private static final int RESOURCES = 10_000;
    private static final int WARMUP = 3_000;
    private static final int MEASURED = 5_000;

    private PlacerTiming() {
    }

    /** Builds the cluster, then times each scenario. */
    public static void main(String[] args) {
        List<PlacementCandidate> cluster = cluster(new Random(42));
        ResourceToPlace resource = ResourceToPlace.unplaced("new-rsc", List.of(10 * GIB, 5 * GIB));
        Map<String, AutoSelectFilter> scenarios = new java.util.LinkedHashMap<>();
        scenarios.put("place_count 3", AutoSelectFilter.ofPlaceCount(3));
        scenarios.put("place_count 3, storage_pool thin", AutoSelectFilter.builder().placeCount(3).storagePool("thin").build());
        scenarios.put("place_count 3, not_place_with_rsc + regex", AutoSelectFilter.builder().placeCount(3)
            .notPlaceWithRsc(List.of("rsc-00042", "rsc-00777")).notPlaceWithRscRegex("^rsc-0001").build());
        scenarios.put("place_count 3, replicas_on_same site, _different rack", AutoSelectFilter.builder().placeCount(3)
            .replicasOnSame(List.of("site")).replicasOnDifferent(List.of("rack")).build());
        Placer placer = new Placer();
        System.out.printf(Locale.ROOT, "%d nodes × 2 pools, %d resources × 3 replicas; %d warm-up, %d measured calls%n",
            NODES, RESOURCES, WARMUP, MEASURED);
        scenarios.forEach((name, filter) -> report(name, placer, filter, resource, cluster));
    }

    private static void report(String name, Placer placer, AutoSelectFilter filter, ResourceToPlace resource,
                               List<PlacementCandidate> cluster) {
        PlacementResult last = null;
        for (int i = 0; i < WARMUP; i++) {
            last = placer.place(filter, resource, cluster);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            last = placer.place(filter, resource, cluster);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-55s p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms  -> %s%n", name,
            ms(nanos[MEASURED / 2]), ms(nanos[MEASURED * 9 / 10]), ms(nanos[MEASURED * 99 / 100]),
            ms(nanos[MEASURED - 1]), outcome(last));
    }

    private static String outcome(PlacementResult result) {
        if (result instanceof PlacementDecision decision) {
            return decision.diskfulReplicas().toString();
        }
        return ((PlacementRefusal) result).message();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static List<PlacementCandidate> cluster(Random random) {
        Map<Integer, List<DeployedResource>> deployed = new HashMap<>();
        for (int r = 0; r < RESOURCES; r++) {
            String name = String.format(Locale.ROOT, "rsc-%05d", r);
            String pool = random.nextBoolean() ? "ssd" : "thin";
            long size = (1 + random.nextInt(100)) * GIB;
            random.ints(0, NODES).distinct().limit(3).forEach(node -> deployed
                .computeIfAbsent(node, n -> new ArrayList<>()).add(DeployedResource.inPool(name, pool, size)));
        }
        List<PlacementCandidate> nodes = new ArrayList<>();
        for (int n = 0; n < NODES; n++) {
            List<CandidatePool> pools = List.of(
                CandidatePool.of("ssd", ProviderKind.LVM, (100 + random.nextInt(2000)) * GIB, 4096 * GIB),
                CandidatePool.of("thin", ProviderKind.LVM_THIN, (100 + random.nextInt(2000)) * GIB, 4096 * GIB));
            Map<String, String> props = Map.of("Aux/site", "site" + (n % 4), "Aux/rack", "rack" + (n % 20));
            nodes.add(new PlacementCandidate(String.format(Locale.ROOT, "node%03d", n), n % 17 != 0, props, pools,
                deployed.getOrDefault(n, List.of())));
        }
        return nodes;
    }
}
