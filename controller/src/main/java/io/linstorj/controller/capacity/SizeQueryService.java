package io.linstorj.controller.capacity;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.api.NotFound;
import io.linstorj.controller.autoplace.SelectFilters;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.placement.Placer;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.storage.PoolMeasurement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * LINSTOR's size queries: the largest volume the cluster could hold for a select filter, and the
 * space a resource group's next spawns would find.
 *
 * <p>Each query copies what it needs under the read lock ({@link CapacitySnapshot}), releases it,
 * and asks the placer on an executor of its own where replicas of an empty volume would go, so
 * that the answer follows the filter exactly as autoplace and spawn do and never holds up the
 * state writer. Pools of offline nodes and pools whose satellite has not reported a capacity are
 * never chosen. The executor has {@value #THREADS} daemon threads and queues at most
 * {@value #QUEUED} queries; past that a query is refused busy (FAIL_RSC_BUSY) rather than piling up.
 * <pre>{@code
 * SizeQueryService sizes = new SizeQueryService(state, observed);
 * sizes.maxVolumeSizes(AutoSelectFilter.ofPlaceCount(2)).thenAccept(answer ->
 *     answer.candidates().forEach(c -> System.out.println(c.storagePoolName() + " " + c.maxVolumeSizeKib())));
 * }</pre>
 */
public final class SizeQueryService {
    static final int THREADS = 2;
    static final int QUEUED = 256;

    private final GuardedState state;
    private final ObservedState observed;
    private final PoolMeasurement measurement;
    private final Executor querying;
    private final long workLimit;

    /** Queries the desired state in {@code state} and the capacities in {@code observed}. */
    public SizeQueryService(GuardedState state, ObservedState observed) {
        this(state, observed, boundedExecutor(), Placer.DEFAULT_WORK_LIMIT);
    }

    /**
     * As above, running queries on {@code querying}; all the placements of one query (one per pool
     * definition, or two per resource group) together do at most {@code workLimit} units of work.
     */
    SizeQueryService(GuardedState state, ObservedState observed, Executor querying, long workLimit) {
        this.state = state;
        this.observed = observed;
        this.measurement = new PoolMeasurement(observed);
        this.querying = querying;
        this.workLimit = workLimit;
    }

    /**
     * query-max-volume-size: for each storage pool definition (those {@code filter} names, else
     * all), the pools the placer would choose for {@code filter} and the least free space among
     * them. Fails with FAIL_NOT_ENOUGH_NODES when no definition can hold the replicas, with
     * FAIL_NOT_FOUND_STOR_POOL_DFN for an unknown pool, or with the code of a bad filter.
     */
    public CompletableFuture<MaxVolumeSizes> maxVolumeSizes(AutoSelectFilter filter) {
        CallContext ctx = CallContext.of(0, RetCodes.MASK_STOR_POOL_DFN);
        return run(snapshot -> new SizeQueries(snapshot, workLimit).maxVolumeSizes(filter, ctx));
    }

    /**
     * query-max-volume-size of resource group {@code groupName}, by its select filter, which must
     * give a place count (FAIL_INVLD_PLACE_COUNT otherwise, as LINSTOR); FAIL_NOT_FOUND_RSC_GRP
     * for an unknown group.
     */
    public CompletableFuture<MaxVolumeSizes> maxVolumeSizes(String groupName) {
        CallContext ctx = groupContext(groupName);
        return run(snapshot -> {
            AutoSelectFilter filter = group(snapshot, groupName, ctx).selectFilter();
            if (filter.placeCount() == null && filter.additionalPlaceCount() == null) {
                throw ctx.refuse(
                        RetCodes.FAIL_INVLD_PLACE_COUNT,
                        "Replica count is required for this operation.",
                        "Resource group '" + groupName + "' has no place_count in its select filter.",
                        "Set the group's place_count, or use query-size-info with a select filter.");
            }
            return new SizeQueries(snapshot, workLimit).maxVolumeSizes(filter, ctx);
        });
    }

    /**
     * query-size-info of resource group {@code groupName}: the sizes the next spawn by the group's
     * filter, overridden by {@code requested}, would find. When it could not place, the sizes are
     * zero and the refusal is among the reports; FAIL_NOT_FOUND_RSC_GRP for an unknown group.
     */
    public CompletableFuture<SizeInfo> sizeInfo(String groupName, AutoSelectFilter requested) {
        CallContext ctx = groupContext(groupName);
        return run(snapshot -> new SizeQueries(snapshot, workLimit)
                .sizeInfo(
                        SelectFilters.merge(
                                requested, group(snapshot, groupName, ctx).selectFilter()),
                        ctx));
    }

    /**
     * query-all-size-info: {@link #sizeInfo} of every resource group, by group name. A group whose
     * filter cannot be evaluated (say it names a deleted pool) answers its refusal as reports
     * instead of sizes; a bad {@code requested} filter fails the whole query.
     */
    public CompletableFuture<Map<String, SizeInfo>> allSizeInfo(AutoSelectFilter requested) {
        return run(snapshot -> {
            SizeQueries queries = new SizeQueries(snapshot, workLimit);
            queries.sizeInfo(requested, CallContext.of(0, RetCodes.MASK_RSC_GRP));
            Map<String, SizeInfo> answers = new LinkedHashMap<>();
            for (ResourceGroup group : snapshot.groups().values()) {
                CallContext ctx = groupContext(group.name());
                try {
                    answers.put(
                            group.name(), queries.sizeInfo(SelectFilters.merge(requested, group.selectFilter()), ctx));
                } catch (ApiRcException e) {
                    answers.put(group.name(), new SizeInfo(Optional.empty(), e.replies()));
                }
            }
            return answers;
        });
    }

    private static CallContext groupContext(String groupName) {
        return CallContext.of(0, RetCodes.MASK_RSC_GRP).ref(ApiCallRc.REF_RESOURCE_GROUP, groupName);
    }

    private static ResourceGroup group(CapacitySnapshot snapshot, String name, CallContext ctx) {
        NameRules.resourceGroupName(name, ctx);
        ResourceGroup group = snapshot.groups().get(Names.key(name));
        if (group == null) {
            throw NotFound.resourceGroup(name, ctx);
        }
        return group;
    }

    private <T> CompletableFuture<T> run(Function<CapacitySnapshot, T> query) {
        try {
            return CompletableFuture.supplyAsync(
                    () -> query.apply(state.read(desired -> CapacitySnapshot.take(desired, observed, measurement))),
                    querying);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(CallContext.of(0, 0)
                    .refuse(
                            RetCodes.FAIL_RSC_BUSY,
                            "The controller is answering too many size queries at once.",
                            "At most " + (THREADS + QUEUED) + " size queries wait to be answered.",
                            "Retry the query later."));
        }
    }

    private static Executor boundedExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED), runnable -> {
                    Thread thread = new Thread(runnable, "size-query-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
