package io.linstorj.controller.capacity;

import io.linstorj.controller.api.ApiCallRc;
import java.util.List;
import java.util.Optional;

/**
 * The answer of query-size-info for one resource group: the sizes, and reports on what limited them.
 *
 * @param spaceInfo the sizes; empty when the group's filter could not be evaluated (query-all-size-info
 *     reports that group's refusal instead of failing the whole query)
 * @param reports why the next spawn could not place (FAIL_NOT_ENOUGH_NODES naming each node passed
 *     over), or the group's refusal; empty when it could
 */
public record SizeInfo(Optional<SpaceInfo> spaceInfo, List<ApiCallRc> reports) {

    /** Copies the list. */
    public SizeInfo {
        reports = List.copyOf(reports);
    }
}
