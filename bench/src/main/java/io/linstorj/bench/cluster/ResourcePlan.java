package io.linstorj.bench.cluster;

import io.linstorj.bench.Replies;
import io.linstorj.bench.watch.StateKey;
import io.linstorj.client.Linstor;
import java.util.ArrayList;
import java.util.List;

/**
 * A resource a benchmark deploys: one volume, diskful on some nodes and diskless on others, and
 * the disk states that mean it is ready ({@code UpToDate} where diskful, {@code Diskless} where
 * not).
 *
 * <pre>{@code
 * ResourcePlan plan = new ResourcePlan("rsc1", List.of("alpha", "bravo"), List.of("charlie"));
 * plan.define(lin, 1024);
 * plan.place(lin);
 * eventLog.awaitAll(plan.readyStates(), Duration.ofSeconds(60));
 * }</pre>
 *
 * @param name the resource's name
 * @param diskfulNodes nodes with a diskful replica, created first and in this order
 * @param disklessNodes nodes with a diskless replica, created after the diskful ones
 */
public record ResourcePlan(String name, List<String> diskfulNodes, List<String> disklessNodes) {

    /** Copies the lists. */
    public ResourcePlan {
        diskfulNodes = List.copyOf(diskfulNodes);
        disklessNodes = List.copyOf(disklessNodes);
    }

    /**
     * A plan with {@code diskful} diskful replicas and {@code diskless} diskless ones on
     * consecutive nodes starting at {@code index} (modulo the node count), so that successive
     * indexes spread over all nodes.
     */
    public static ResourcePlan spread(String name, List<String> nodes, int index, int diskful, int diskless) {
        if (diskful + diskless > nodes.size()) {
            throw new IllegalArgumentException(diskful + " diskful and " + diskless + " diskless replicas need "
                    + (diskful + diskless) + " nodes, there are " + nodes.size());
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < diskful + diskless; i++) {
            chosen.add(nodes.get((index + i) % nodes.size()));
        }
        return new ResourcePlan(name, chosen.subList(0, diskful), chosen.subList(diskful, chosen.size()));
    }

    /**
     * Creates the resource definition and its volume definition of {@code sizeKib}.
     *
     * @throws IllegalStateException if the controller refuses either
     */
    public void define(Linstor lin, long sizeKib) {
        Replies.requireNoError("creating resource definition " + name, lin.resourceDfnCreate(name));
        Replies.requireNoError("creating volume definition of " + name, lin.volumeDfnCreate(name, sizeKib));
    }

    /**
     * Creates the replicas, diskful ones first.
     *
     * @throws IllegalStateException if the controller refuses one
     */
    public void place(Linstor lin) {
        for (String node : diskfulNodes) {
            Replies.requireNoError("creating " + name + " on " + node, lin.resourceCreate(name, node));
        }
        for (String node : disklessNodes) {
            Replies.requireNoError("creating " + name + " diskless on " + node, lin.resourceCreate(name, node, true));
        }
    }

    /** The disk states of volume 0 on every replica that mean the resource is ready. */
    public List<StateKey> readyStates() {
        List<StateKey> states = new ArrayList<>();
        diskfulNodes.forEach(node -> states.add(new StateKey(node, name, 0, "UpToDate")));
        disklessNodes.forEach(node -> states.add(new StateKey(node, name, 0, "Diskless")));
        return states;
    }
}
