package io.linstorj.controller.snapshot;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.SnapshotDefinition;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.observed.VolumeObservation;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.resource.ResourceDefinitionCreateRequest;
import io.linstorj.controller.resource.ResourceDefinitionFactory;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clones resource definitions through the snapshot machinery: one mutation creates the clone's
 * definition (the source's properties, marked as a clone in progress) and a snapshot of the
 * source on its diskful nodes, taken at one point in time by the {@link SnapshotCoordinator};
 * once it is SUCCESSFUL it is restored into the clone on the same nodes (each volume a copy of
 * the snapshot's, as a restore makes it), and once every volume of the clone is UpToDate the
 * snapshot is deleted and the clone is COMPLETE. Progress is level-triggered: a periodic pass
 * looks at every clone in progress, so a controller restart only delays it (a snapshot it was
 * taking is given up, and the clone FAILED).
 */
public final class CloneService implements AutoCloseable {
    /** Clone definition property: the resource definition it is a copy of (kept). */
    public static final String SOURCE = "Internal/Clone/Source";
    /** Clone definition property: the source's snapshot it is made from, while it is made. */
    public static final String SNAPSHOT = "Internal/Clone/Snapshot";
    /** Prefix of the snapshots clones are made from. */
    public static final String SNAPSHOT_PREFIX = "clone_";

    private static final Logger LOG = LoggerFactory.getLogger(CloneService.class);

    private final WriteQueue writes;
    private final GuardedState state;
    private final ObservedState observed;
    private final ResourceDefinitionFactory definitions;
    private final SnapshotService snapshots;
    private final SnapshotRestoreService restores;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "clone-progress");
        t.setDaemon(true);
        return t;
    });

    /** The state of a clone, LINSTOR's ResourceDefinitionCloneStatus. */
    public enum Status {
        /** The data is being copied. */
        CLONING,
        /** The snapshot it is made from could not be taken: the clone holds no data. */
        FAILED,
        /** Ready to use. */
        COMPLETE
    }

    /** Creates the service; it looks at clones in progress every {@code pass}. */
    public CloneService(
            WriteQueue writes,
            GuardedState state,
            ObservedState observed,
            ResourceDefinitionFactory definitions,
            SnapshotService snapshots,
            SnapshotRestoreService restores,
            Duration pass) {
        this.writes = writes;
        this.state = state;
        this.observed = observed;
        this.definitions = definitions;
        this.snapshots = snapshots;
        this.restores = restores;
        thread.scheduleWithFixedDelay(this::advanceAll, pass.toMillis(), pass.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The name of the source's snapshot a clone is made from. */
    public static String snapshotName(String cloneName) {
        return SNAPSHOT_PREFIX + cloneName;
    }

    /**
     * Starts a clone: refused for an unknown source, a taken clone name, and whatever refuses a
     * snapshot of the source (no diskful replica, a node offline, a pool kind without snapshots).
     */
    public CompletableFuture<List<ApiCallRc>> clone(CloneRequest request) {
        CallContext ctx = CallContext.of(RetCodes.MASK_CRT, RetCodes.MASK_RSC_DFN)
                .ref(ApiCallRc.REF_RESOURCE_DEFINITION, request.cloneName());
        return snapshots.createWith(
                List.of(new SnapshotCreateRequest(
                        request.sourceName(),
                        snapshotName(request.cloneName() == null ? "" : request.cloneName()),
                        List.of(),
                        Map.of())),
                desired -> createClone(desired, request, ctx));
    }

    private List<ApiCallRc> createClone(DesiredState desired, CloneRequest request, CallContext ctx) {
        ResourceDefinition source = SnapshotRules.resourceDefinition(desired, request.sourceName(), ctx);
        NameRules.resourceName(request.cloneName(), ctx);
        PropertyRules.check(request.overrideProps(), ctx);
        Map<String, String> props = new HashMap<>(source.props());
        props.keySet()
                .removeIf(key -> key.startsWith("Internal/")
                        || request.deleteProps().contains(key)
                        || request.deleteNamespaces().stream().anyMatch(namespace -> key.startsWith(namespace + "/")));
        props.putAll(request.overrideProps());
        List<ApiCallRc> replies = new ArrayList<>(definitions.create(
                desired,
                new ResourceDefinitionCreateRequest(
                        request.cloneName(), null, props, source.resourceGroupName(), List.of())));
        ResourceDefinition clone = desired.resourceDefinition(request.cloneName());
        Map<String, String> marked = new HashMap<>(clone.props());
        marked.put(SOURCE, source.name());
        marked.put(SNAPSHOT, snapshotName(request.cloneName()));
        desired.putResourceDefinition(new ResourceDefinition(
                clone.name(),
                clone.port(),
                clone.secret(),
                clone.transportType(),
                marked,
                clone.flags(),
                clone.resourceGroupName(),
                clone.uuid()));
        replies.add(ctx.rc(
                        RetCodes.CREATED,
                        "Clone '" + clone.name() + "' of resource definition '" + source.name() + "' started.")
                .withDetails("Snapshot '" + snapshotName(clone.name()) + "' of '" + source.name()
                        + "' is taken, restored into '" + clone.name() + "' on the same nodes, then deleted."));
        return replies;
    }

    /** The status of clone {@code cloneName} of {@code sourceName}; empty when it is no clone of it. */
    public CompletableFuture<Optional<Status>> status(String sourceName, String cloneName) {
        return state.readAsync(desired -> {
            ResourceDefinition clone = desired.resourceDefinition(cloneName);
            if (clone == null || !sourceName.equalsIgnoreCase(clone.props().getOrDefault(SOURCE, ""))) {
                return Optional.empty();
            }
            String snapshotName = clone.props().get(SNAPSHOT);
            if (snapshotName == null) {
                return Optional.of(Status.COMPLETE);
            }
            SnapshotDefinition snapshot = desired.snapshotDefinition(sourceName, snapshotName);
            return Optional.of(snapshot == null || snapshot.failed() ? Status.FAILED : Status.CLONING);
        });
    }

    /** One pass over the clones in progress: restore the taken snapshots, finish the copied clones. */
    private void advanceAll() {
        try {
            List<Step> steps = state.read(this::steps);
            for (Step step : steps) {
                advance(step);
            }
        } catch (RuntimeException e) {
            LOG.warn("clone pass: {}", e.getMessage(), e);
        }
    }

    private record Step(String source, String target, String snapshot, boolean restore, boolean finish) {}

    private List<Step> steps(DesiredState desired) {
        List<Step> steps = new ArrayList<>();
        for (ResourceDefinition clone : desired.resourceDefinitions().values()) {
            String snapshotName = clone.props().get(SNAPSHOT);
            String sourceName = clone.props().get(SOURCE);
            if (snapshotName == null || sourceName == null) {
                continue;
            }
            SnapshotDefinition snapshot = desired.snapshotDefinition(sourceName, snapshotName);
            if (snapshot == null || !snapshot.successful()) {
                continue;
            }
            List<Resource> replicas = List.copyOf(desired.resourcesOf(clone.name()));
            if (replicas.isEmpty()) {
                steps.add(new Step(sourceName, clone.name(), snapshotName, true, false));
            } else if (replicas.stream().allMatch(replica -> upToDate(desired, replica))) {
                steps.add(new Step(sourceName, clone.name(), snapshotName, false, true));
            }
        }
        return steps;
    }

    private boolean upToDate(DesiredState desired, Resource replica) {
        List<Volume> volumes = List.copyOf(desired.volumesOf(replica.resourceName(), replica.nodeName()));
        return !volumes.isEmpty()
                && volumes.stream()
                        .allMatch(volume -> observed.volume(
                                        replica.nodeName(), replica.resourceName(), volume.volumeNumber())
                                .map(VolumeObservation::diskState)
                                .filter("UpToDate"::equals)
                                .isPresent());
    }

    private void advance(Step step) {
        if (step.restore()) {
            List<ApiCallRc> replies = join(restores.restoreResource(
                    new SnapshotRestoreRequest(step.source(), step.snapshot(), step.target(), List.of())));
            LOG.info(
                    "clone '{}' of '{}': restored from snapshot '{}': {}",
                    step.target(),
                    step.source(),
                    step.snapshot(),
                    replies.isEmpty() ? "" : replies.get(0).message());
            return;
        }
        List<ApiCallRc> finished = join(writes.submit(desired -> {
            ResourceDefinition clone = desired.resourceDefinition(step.target());
            if (clone == null || clone.props().get(SNAPSHOT) == null) {
                return List.of();
            }
            Map<String, String> props = new HashMap<>(clone.props());
            props.remove(SNAPSHOT);
            desired.putResourceDefinition(new ResourceDefinition(
                    clone.name(),
                    clone.port(),
                    clone.secret(),
                    clone.transportType(),
                    props,
                    clone.flags(),
                    clone.resourceGroupName(),
                    clone.uuid()));
            return List.of(
                    ApiCallRc.of(RetCodes.MASK_RSC_DFN | RetCodes.MODIFIED, "Clone '" + clone.name() + "' complete."));
        }));
        if (finished.stream().noneMatch(ApiCallRc::isError)) {
            join(snapshots.delete(step.source(), step.snapshot(), List.of()));
            LOG.info(
                    "clone '{}' of '{}' complete; snapshot '{}' deleted",
                    step.target(),
                    step.source(),
                    step.snapshot());
        }
    }

    private static List<ApiCallRc> join(CompletableFuture<List<ApiCallRc>> future) {
        return future.join();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
