package io.linstorj.controller.autoplace;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.state.WriteQueue;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Places the replicas of a resource definition automatically (LINSTOR's autoplace): as many
 * diskful replicas as the select filter asks for, on online nodes with room, in one mutation.
 * The decision is taken off the writer and checked again in that mutation ({@link Autoplacer}).
 */
public final class AutoplaceService {
    private final WriteQueue writes;
    private final Autoplacer autoplacer;

    /** Creates the service. */
    public AutoplaceService(WriteQueue writes, Autoplacer autoplacer) {
        this.writes = writes;
        this.autoplacer = autoplacer;
    }

    /**
     * Places resource {@code resourceName} by {@code filter}; fields the filter leaves unset come
     * from the definition's resource group. Answers the created replicas, INFO_NOOP when the
     * resource already has what is asked for, or the refusal (FAIL_NOT_ENOUGH_NODES naming why
     * each node was passed over, FAIL_NOT_FOUND_RSC_DFN, FAIL_NOT_FOUND_VLM_DFN, a bad filter).
     */
    public CompletableFuture<List<ApiCallRc>> autoplace(String resourceName, AutoSelectFilter filter) {
        return autoplacer.autoplace(writes, resourceName, filter);
    }
}
