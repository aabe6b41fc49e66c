package io.linstorj.controller.capacity;

import java.util.List;

/**
 * The answer of query-max-volume-size: one candidate per storage pool definition that can hold
 * the replicas, by pool name.
 *
 * @param candidates never empty: no candidate at all is refused with FAIL_NOT_ENOUGH_NODES
 * @param defaultMaxOversubscriptionRatio the controller's {@code MaxOversubscriptionRatio}, 20 unless set
 */
public record MaxVolumeSizes(List<MaxVolumeSizeCandidate> candidates, double defaultMaxOversubscriptionRatio) {

    /** Copies the list. */
    public MaxVolumeSizes {
        candidates = List.copyOf(candidates);
    }
}
