package io.linstorj.controller.autoplace;

import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.placement.Placer;
import io.linstorj.controller.placement.ResourceToPlace;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.storage.PoolMeasurement;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Decides placements away from the state writer: copies what placement needs under the read lock
 * (values only, see {@link PlacementInputs}), releases it, and runs the placer on a small executor
 * of its own. So a placement, however slow, holds up neither reads nor other writes; the mutation
 * that applies it checks it again ({@link Placer#recheck}).
 *
 * <p>The default executor has {@value #THREADS} threads and queues at most {@value #QUEUED}
 * placements; past that a call answers busy instead of piling up work. Its threads are daemons
 * that end when idle, so nothing needs closing.
 */
final class PlacementPlanner {
    static final int THREADS = 2;
    static final int QUEUED = 1024;

    private final GuardedState state;
    private final ObservedState observed;
    private final PoolMeasurement measurement;
    private final Executor placing;
    private final long workLimit;

    PlacementPlanner(GuardedState state, ObservedState observed, Executor placing, long workLimit) {
        this.state = state;
        this.observed = observed;
        this.measurement = new PoolMeasurement(observed);
        this.placing = placing;
        this.workLimit = workLimit;
    }

    /** The bounded default executor. */
    static Executor boundedExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED), runnable -> {
                    Thread thread = new Thread(runnable, "placement-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** Plans the replicas of existing resource definition {@code resourceName}. */
    CompletableFuture<PlacementPlan> planExisting(String resourceName, AutoSelectFilter requested) {
        return plan(desired -> {
            ResourceDefinition definition = desired.resourceDefinition(resourceName);
            if (definition == null
                    || desired.volumeDefinitionsOf(definition.name()).isEmpty()) {
                return null;
            }
            return new Snapshot(
                    SelectFilters.merge(requested, groupFilter(desired, definition)),
                    PlacementInputs.collect(desired, observed, measurement, definition.name()),
                    strategySetting(desired));
        });
    }

    /** Plans the replicas of a definition spawn is about to create from group {@code groupName}. */
    CompletableFuture<PlacementPlan> planSpawn(
            String resourceName, String groupName, List<Long> sizesKib, AutoSelectFilter requested) {
        return plan(desired -> {
            ResourceGroup group = desired.resourceGroup(groupName);
            if (group == null || desired.resourceDefinition(resourceName) != null) {
                return null;
            }
            return new Snapshot(
                    SelectFilters.merge(requested, group.selectFilter()),
                    PlacementInputs.collectFor(
                            desired, observed, measurement, ResourceToPlace.unplaced(resourceName, sizesKib)),
                    strategySetting(desired));
        });
    }

    /** A placer with the strategy {@code setting} names and this planner's work limit. */
    Placer placer(String setting) {
        return new Placer(PlacementStrategies.named(setting), workLimit);
    }

    static String strategySetting(DesiredState desired) {
        return desired.controllerProps().get(PropertyRules.AUTOPLACER_STRATEGY);
    }

    static AutoSelectFilter groupFilter(DesiredState desired, ResourceDefinition definition) {
        String groupName =
                definition.resourceGroupName().isEmpty() ? ResourceGroup.DEFAULT_NAME : definition.resourceGroupName();
        ResourceGroup group = desired.resourceGroup(groupName);
        return group == null ? AutoSelectFilter.builder().build() : group.selectFilter();
    }

    private CompletableFuture<PlacementPlan> plan(Function<DesiredState, Snapshot> snapshot) {
        try {
            return CompletableFuture.supplyAsync(() -> decide(snapshot), placing);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(PlacementPlan.busy());
        }
    }

    private PlacementPlan decide(Function<DesiredState, Snapshot> query) {
        Snapshot snapshot;
        try {
            snapshot = state.read(query);
        } catch (RuntimeException e) {
            // A request the mutation will refuse (a bad name, a bad size) leaves nothing to plan.
            return PlacementPlan.unavailable();
        }
        if (snapshot == null) {
            return PlacementPlan.unavailable();
        }
        try {
            PlacementInputs inputs = snapshot.inputs();
            return PlacementPlan.decided(
                    placer(snapshot.strategy()).place(snapshot.filter(), inputs.resource(), inputs.candidates()),
                    inputs.unmeasured());
        } catch (RuntimeException e) {
            return PlacementPlan.failed(e);
        }
    }

    /** What one placement needs, copied under the read lock. */
    private record Snapshot(AutoSelectFilter filter, PlacementInputs inputs, String strategy) {}
}
