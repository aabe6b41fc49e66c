package io.linstorj.controller.placement;

import java.util.List;

/**
 * Placement refused: a LINSTOR ret code with message, cause and correction, plus the reason each
 * passed-over node was unsuitable.
 *
 * <p>The ret code carries no object or operation mask; the caller adds its own (for an autoplace,
 * {@code MASK_RSC | MASK_CRT}). Codes: {@code FAIL_NOT_ENOUGH_NODES} when the cluster cannot hold
 * the replicas, {@code FAIL_INVLD_PLACE_COUNT}, {@code FAIL_INVLD_PROVIDER},
 * {@code FAIL_INVLD_LAYER_KIND}, {@code FAIL_INVLD_LAYER_STACK}, {@code FAIL_INVLD_PROP},
 * {@code FAIL_INVLD_RSC_NAME}, {@code FAIL_INVLD_STOR_POOL_NAME}, {@code FAIL_INVLD_NODE_NAME} or
 * {@code FAIL_INVLD_REQUEST} for a bad filter.
 *
 * @param retCode LINSTOR's ret code ({@code RetCodes.FAIL_NOT_ENOUGH_NODES}, ...)
 * @param message what went wrong, naming what was missing
 * @param cause why
 * @param correction what the user can do
 * @param rejections every node passed over and why, by node name; empty for a bad filter
 */
public record PlacementRefusal(
        long retCode, String message, String cause, String correction, List<NodeRejection> rejections)
        implements PlacementResult {

    /** Copies the list. */
    public PlacementRefusal {
        rejections = List.copyOf(rejections);
    }

    /** A refusal of a bad filter: no node was looked at. */
    static PlacementRefusal invalidFilter(long retCode, String message, String correction) {
        return new PlacementRefusal(retCode, message, "The auto-select filter is invalid.", correction, List.of());
    }
}
