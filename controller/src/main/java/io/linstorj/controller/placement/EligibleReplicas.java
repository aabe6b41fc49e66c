package io.linstorj.controller.placement;

import java.util.List;

/**
 * What {@link Placer#eligible} answers: every node that could take one diskful replica, with its
 * pool, or why none could be looked at.
 *
 * @param replicas one entry per eligible node, best ranked first; empty when refused
 * @param refusal the refusal of a bad filter or a passed work limit, or null
 */
public record EligibleReplicas(List<ReplicaPlacement> replicas, PlacementRefusal refusal) {

    /** Copies the list. */
    public EligibleReplicas {
        replicas = List.copyOf(replicas);
    }
}
