package io.linstorj.controller.snapshot;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.SnapshotDefinition;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.observed.VolumeObservation;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.resource.ReplicaFactory;
import io.linstorj.controller.resource.ReplicaSpec;
import io.linstorj.controller.resource.ResourceDefinitionCreateRequest;
import io.linstorj.controller.resource.ResourceDefinitionFactory;
import io.linstorj.controller.resource.VolumeDefinitionRequest;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clones resource definitions through the snapshot machinery: one mutation creates the clone's
 * definition (the source's properties and resource group, marked as a clone in progress), its
 * volume definitions (the source's sizes and properties) and a snapshot of the source on its
 * diskful nodes, taken at one point in time by the {@link SnapshotCoordinator}; once it is
 * SUCCESSFUL it is restored into the clone on the same nodes (each volume a copy of the
 * snapshot's, as a restore makes it), then the clone gets a diskless replica wherever the source
 * has one (as LINSTOR recreates them; tie-breakers are left to the placement rules), and once
 * every diskful volume of the clone is UpToDate the snapshot is deleted and the clone is COMPLETE. Progress is level-triggered: a periodic pass
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
    private final ReplicaFactory replicas;
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
            ReplicaFactory replicas,
            SnapshotService snapshots,
            SnapshotRestoreService restores,
            Duration pass) {
        this.writes = writes;
        this.state = state;
        this.observed = observed;
        this.definitions = definitions;
        this.replicas = replicas;
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
        List<VolumeDefinitionRequest> volumes = desired.volumeDefinitionsOf(source.name()).stream()
                .map(volume -> new VolumeDefinitionRequest(
                        volume.volumeNumber(), volume.sizeKib(), null, withoutInternal(volume.props())))
                .toList();
        List<ApiCallRc> replies = new ArrayList<>(definitions.create(
                desired,
                new ResourceDefinitionCreateRequest(
                        request.cloneName(), null, props, source.resourceGroupName(), volumes)));
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

    private static Map<String, String> withoutInternal(Map<String, String> props) {
        Map<String, String> kept = new HashMap<>(props);
        kept.keySet().removeIf(key -> key.startsWith("Internal/"));
        return kept;
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

    /** What a pass does for one clone: restore its data, add its diskless replicas, or finish it. */
    private enum Action {
        RESTORE,
        DISKLESS,
        FINISH
    }

    private record Step(String source, String target, String snapshot, Action action) {}

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
            List<Resource> copies = List.copyOf(desired.resourcesOf(clone.name()));
            if (copies.isEmpty()) {
                steps.add(new Step(sourceName, clone.name(), snapshotName, Action.RESTORE));
            } else if (!missingDiskless(desired, sourceName, clone.name()).isEmpty()) {
                steps.add(new Step(sourceName, clone.name(), snapshotName, Action.DISKLESS));
            } else if (copies.stream()
                    .filter(replica -> !replica.isDiskless())
                    .allMatch(replica -> upToDate(desired, replica))) {
                steps.add(new Step(sourceName, clone.name(), snapshotName, Action.FINISH));
            }
        }
        return steps;
    }

    /** The source's diskless replicas (not tie-breakers, not being deleted) the clone has no replica for. */
    private static List<Resource> missingDiskless(DesiredState desired, String sourceName, String cloneName) {
        return desired.resourcesOf(sourceName).stream()
                .filter(replica -> replica.isDiskless()
                        && !replica.isDeleting()
                        && !replica.flags().contains(Resource.FLAG_TIE_BREAKER))
                .filter(replica -> desired.resource(cloneName, replica.nodeName()) == null)
                .toList();
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
        if (step.action() == Action.DISKLESS) {
            List<ApiCallRc> replies = join(writes.submit(desired -> addDiskless(desired, step)));
            LOG.info(
                    "clone '{}' of '{}': diskless replicas as the source's: {}",
                    step.target(),
                    step.source(),
                    replies.stream().map(ApiCallRc::message).toList());
            return;
        }
        if (step.action() == Action.RESTORE) {
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

    /** Gives the clone a diskless replica on each node where the source has one, in the source's diskless pool. */
    private List<ApiCallRc> addDiskless(DesiredState desired, Step step) {
        ResourceDefinition clone = desired.resourceDefinition(step.target());
        if (clone == null || clone.props().get(SNAPSHOT) == null) {
            return List.of();
        }
        CallContext ctx = CallContext.of(RetCodes.MASK_CRT, RetCodes.MASK_RSC)
                .ref(ApiCallRc.REF_RESOURCE_DEFINITION, clone.name());
        List<ApiCallRc> replies = new ArrayList<>();
        int diskful = ReplicaFactory.diskfulReplicas(desired, clone.name());
        for (Resource source : missingDiskless(desired, step.source(), clone.name())) {
            StoragePool pool = desired.volumesOf(source.resourceName(), source.nodeName()).stream()
                    .map(volume -> desired.storagePool(source.nodeName(), volume.storagePoolName()))
                    .filter(candidate -> candidate != null)
                    .findFirst()
                    .orElse(null);
            if (pool == null) {
                continue;
            }
            Set<String> flags = new TreeSet<>(source.flags());
            flags.retainAll(Set.of(Resource.FLAG_DISKLESS, Resource.FLAG_DRBD_DISKLESS));
            replicas.create(
                    desired, new ReplicaSpec(clone.name(), source.nodeName(), pool, flags, Map.of()), diskful, ctx);
            replies.add(ctx.rc(
                    RetCodes.CREATED,
                    "Resource '" + clone.name() + "' on node '" + source.nodeName() + "' created diskless,"
                            + " as its source's."));
        }
        return replies;
    }

    private static List<ApiCallRc> join(CompletableFuture<List<ApiCallRc>> future) {
        return future.join();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
