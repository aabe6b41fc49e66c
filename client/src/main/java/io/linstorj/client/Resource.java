package io.linstorj.client;

import io.linstorj.client.internal.DeletionWait;
import io.linstorj.client.internal.LinstorConnector;
import io.linstorj.client.internal.ReplicaChange;
import io.linstorj.client.internal.ReplicaChange.Replica;
import io.linstorj.client.internal.Replies;
import io.linstorj.client.internal.ResourceReader;
import io.linstorj.client.internal.SnapshotSteps;
import io.linstorj.protocol.ApiCalls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A resource as a whole, LINSTOR's high-level resource API: its definition, volumes and
 * replicas, placed and changed with a few decisions made for the caller.
 *
 * <pre>{@code
 * Resource foo = new Resource("foo", "linstor://127.0.0.1"); // reads what the controller has of "foo"
 * foo.getVolumes().put(0, new Volume("20 MiB"));             // applied by autoplace()
 * foo.getPlacement().setRedundancy(2);
 * foo.autoplace();                                           // definition, volume, 2 diskful replicas
 * foo.activate("charlie");                                   // a diskless replica where there is none
 * foo.getVolumes().get(0).setSize("30 MiB");                 // resized at once
 * System.out.println(foo.diskfulNodes() + " " + foo.getVolumes().get(0).getDevicePath());
 * }</pre>
 *
 * <p>Built, it reads the resource's definition and volume definitions if they exist; queries
 * ({@link #diskfulNodes()}, {@link #isAssigned(String)}, {@link #isAllowTwoPrimaries()}, ...) and
 * the decisions of {@link #activate}, {@link #diskful} and the like read the controller afresh.
 * Each operation connects to the controller and disconnects after (unless built on a
 * {@link Linstor} of the caller's). A failure raises {@link LinstorError} with the controller's
 * message: a refused call raises {@link LinstorApiCallError} carrying every reply entry (the
 * controller may have applied the calls before it), no answer {@link LinstorNetworkError}.
 *
 * <p>Not thread-safe: one thread at a time per instance.
 */
public final class Resource {
    /** The controller the high-level classes use unless given another: {@code linstor://localhost}. */
    public static final String DEFAULT_URI = "linstor://localhost";

    private final String name;
    private final LinstorConnector connector;
    private final Placement placement = new Placement();
    private final ResourceVolumes volumes;
    private boolean definedOnController;

    /**
     * The resource {@code name} of the controller at {@link #DEFAULT_URI}, with what exists of it.
     *
     * @throws IllegalArgumentException if the name is blank
     * @throws LinstorError if the controller cannot be reached or refuses to list it
     */
    public Resource(String name) {
        this(name, DEFAULT_URI);
    }

    /**
     * The resource {@code name} of the controller at {@code uri}, with what exists of it.
     *
     * @throws IllegalArgumentException if the name is blank or the URI malformed
     * @throws LinstorError if the controller cannot be reached or refuses to list it
     */
    public Resource(String name, String uri) {
        this(name, LinstorConnector.connectingTo(uri));
    }

    /**
     * The resource {@code name} reached through {@code client}, which the caller keeps connected
     * (and closes); no connection of its own.
     *
     * @throws IllegalArgumentException if the name is blank
     * @throws LinstorError if the controller refuses to list it
     */
    public Resource(String name, Linstor client) {
        this(name, LinstorConnector.sharing(client));
    }

    Resource(String name, LinstorConnector connector) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a resource name must not be blank");
        }
        this.name = name;
        this.connector = connector;
        this.volumes = new ResourceVolumes(this);
        refresh();
    }

    /** The resource's name. */
    public String getName() {
        return name;
    }

    /**
     * The volumes by volume number: a live map. For a resource whose definition exists, putting a
     * {@link Volume} creates its volume definition at once and removing one deletes it; otherwise
     * they wait for {@link #autoplace()}. Replacing an existing volume is refused: resize it.
     */
    public Map<Integer, Volume> getVolumes() {
        return volumes;
    }

    /** Where {@link #autoplace()} and {@link #diskful(String)} put replicas; change it in place. */
    public Placement getPlacement() {
        return placement;
    }

    /** True when the controller has the resource's definition (asks it afresh). */
    public boolean isDefined() {
        return read(ResourceReader::definition).isPresent();
    }

    /**
     * Reads the definition and volume definitions again: volumes defined on the controller are
     * added or updated, those deleted there leave the map; volumes not yet applied stay.
     *
     * @throws LinstorError if the controller cannot be reached or refuses the list
     */
    public void refresh() {
        connector.call(lin -> {
            refresh(new ResourceReader(lin, name));
            return null;
        });
    }

    /**
     * Creates what is missing (the definition, the volume definitions of {@link #getVolumes()})
     * and has the controller place the resource by {@link #getPlacement()}.
     *
     * @throws LinstorApiCallError if a call was refused, e.g. not enough nodes; the calls before it stand
     * @throws LinstorNetworkError if no answer came
     */
    public void autoplace() {
        connector.call(lin -> {
            ResourceReader reader = new ResourceReader(lin, name);
            if (reader.definition().isEmpty()) {
                volumes.sync(Optional.empty()); // every volume is to be created, also those defined before
                check(ApiCalls.CRT_RSC_DFN, lin.resourceDfnCreate(name));
            }
            refresh(reader);
            for (Map.Entry<Integer, Volume> pending : volumes.pending()) {
                check(
                        ApiCalls.CRT_VLM_DFN,
                        lin.volumeDfnCreate(
                                name, SizeCalc.bytesToKib(pending.getValue().localSize()), pending.getKey()));
            }
            check(ApiCalls.AUTO_PLACE_RSC, lin.resourceAutoPlace(name, placement.toFilter()));
            refresh(reader);
            return null;
        });
    }

    /**
     * Gives {@code node} a diskless replica, but only if it has no replica at all (diskful or
     * diskless); otherwise does nothing.
     *
     * @throws LinstorError if the controller refused or could not be reached
     */
    public void activate(String node) {
        change(node, ReplicaChange::forActivate);
    }

    /**
     * Removes the replica of {@code node}, but only if it is diskless; a diskful replica (or none)
     * is left alone.
     *
     * @throws LinstorError if the controller refused or could not be reached
     */
    public void deactivate(String node) {
        change(node, ReplicaChange::forDeactivate);
    }

    /**
     * Makes the replica of {@code node} diskful, whatever it was: created in the placement's
     * storage pool where there is none, a diskless one toggled to diskful.
     *
     * @throws LinstorError if the controller refused or could not be reached
     */
    public void diskful(String node) {
        change(node, ReplicaChange::forDiskful);
    }

    /**
     * Makes the replica of {@code node} diskless, whatever it was: created diskless where there
     * is none, a diskful one toggled to diskless.
     *
     * @throws LinstorError if the controller refused or could not be reached
     */
    public void diskless(String node) {
        change(node, ReplicaChange::forDiskless);
    }

    /**
     * Removes the replica of {@code node}, diskful or diskless, and returns once it is gone (its
     * satellite took DRBD down and deleted the storage), as LINSTOR's delete answers only then, so
     * that the replica can be created again at once. A replica on an offline node stays marked
     * {@code DELETE} until the node returns or is declared lost; that is not waited for.
     *
     * @throws LinstorApiCallError if the controller refused, e.g. no replica on that node
     * @throws LinstorTimeoutError if the online satellite did not complete the deletion within
     *     60 s; the deletion stays recorded and completes later
     */
    public void delete(String node) {
        connector.call(lin -> deleteReplica(lin, node));
    }

    /**
     * Deletes the whole resource: its definition, volume definitions and every replica, in one
     * call (LINSTOR's resource definition delete; replicas need not be deleted first), and
     * returns once it is gone. The deletion has two steps: the controller marks the definition
     * and every replica {@code DELETE} (durably) and answers; each satellite then takes DRBD
     * down, deletes the backing storage and confirms, which removes its replica; the definition
     * goes with the last replica. This method waits for the second step, as LINSTOR's delete
     * answers only then. Meanwhile the definition is listed with the flag {@code DELETE}, its
     * DRBD port and minors stay reserved, and creating a definition of the same name is refused
     * (FAIL_EXISTS_RSC_DFN). A satellite that is offline keeps its replica marked until it
     * reconnects, or until its node is declared lost; the controller's answer warns about such a
     * node (WARN_NOT_CONNECTED), which is not an error here, and this method then returns without
     * waiting. The volumes stay in {@link #getVolumes()}, to be created again by
     * {@link #autoplace()} once the deletion is complete.
     *
     * @throws LinstorApiCallError if the controller refused, e.g. an invalid name or snapshots
     *     still held by the definition
     * @throws LinstorTimeoutError if the online satellites did not complete the deletion within
     *     60 s; the deletion stays recorded and completes later
     */
    public void delete() {
        connector.call(lin -> {
            List<ApiCallResponse> replies = check(ApiCalls.DEL_RSC_DFN, lin.resourceDfnDelete(name));
            new DeletionWait(lin, name, DeletionWait.DEFAULT_TIMEOUT).untilDefinitionGone(replies);
            return replies;
        });
        definedOnController = false;
        volumes.sync(Optional.empty());
    }

    /**
     * Allows (sets {@link Consts#KEY_DRBD_ALLOW_TWO_PRIMARIES} to {@code yes}) or disallows
     * (deletes that property) two primaries at once, e.g. for a live migration.
     *
     * @throws LinstorApiCallError if the controller refused, e.g. no such resource
     */
    public void setAllowTwoPrimaries(boolean allow) {
        String key = Consts.KEY_DRBD_ALLOW_TWO_PRIMARIES;
        connector.call(lin -> check(
                ApiCalls.MOD_RSC_DFN,
                allow
                        ? lin.resourceDfnModify(name, Map.of(key, "yes"), List.of())
                        : lin.resourceDfnModify(name, Map.of(), List.of(key))));
    }

    /** True when the definition allows two primaries ({@code yes} or {@code true}); false when it does not exist. */
    public boolean isAllowTwoPrimaries() {
        return read(ResourceReader::definition)
                .map(definition -> definition.props().getOrDefault(Consts.KEY_DRBD_ALLOW_TWO_PRIMARIES, ""))
                .map(value -> value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true"))
                .orElse(false);
    }

    /** The nodes with a diskless replica, by name. */
    public List<String> disklessNodes() {
        return read(reader -> reader.replicas().stream()
                .filter(ResourceInfo::isDiskless)
                .map(ResourceInfo::nodeName)
                .toList());
    }

    /** The nodes with a diskful replica, by name. */
    public List<String> diskfulNodes() {
        return read(reader -> reader.replicas().stream()
                .filter(replica -> !replica.isDiskless())
                .map(ResourceInfo::nodeName)
                .toList());
    }

    /** True when {@code node} has a diskful replica. */
    public boolean isDiskful(String node) {
        return replicaOn(node) == Replica.DISKFUL;
    }

    /** True when {@code node} has a diskless replica. */
    public boolean isDiskless(String node) {
        return replicaOn(node) == Replica.DISKLESS;
    }

    /** True when {@code node} has a replica, diskful or diskless. */
    public boolean isAssigned(String node) {
        return replicaOn(node) != Replica.NONE;
    }

    @Override
    public String toString() {
        return "Resource{name=" + name + ", uri=" + connector.uri() + ", volumes=" + volumes.keySet() + ", " + placement
                + "}";
    }

    // --- snapshots ---

    /**
     * Takes snapshot {@code snapshotName} of the resource on every node with a diskful replica;
     * each satellite suspends I/O, takes it and resumes.
     *
     * @throws IllegalArgumentException if the name is blank
     * @throws LinstorApiCallError if the controller refused, e.g. the name is taken
     */
    public void snapshot(String snapshotName) {
        requireName(snapshotName, "snapshot");
        connector.call(lin -> {
            new SnapshotSteps(lin, name).take(snapshotName);
            return null;
        });
    }

    /**
     * Restores snapshot {@code snapshotName} as a new resource {@code newName}: its definition,
     * the snapshot's volume definitions and sizes, and replicas on the snapshot's nodes holding
     * its content. When a step after the definition is refused, that definition is deleted again.
     *
     * @return the new resource, reached the way this one is
     * @throws IllegalArgumentException if a name is blank
     * @throws LinstorApiCallError if the controller refused, e.g. {@code newName} exists
     */
    public Resource restore(String snapshotName, String newName) {
        requireName(snapshotName, "snapshot");
        requireName(newName, "resource");
        connector.call(lin -> {
            new SnapshotSteps(lin, name).restoreAs(snapshotName, newName);
            return null;
        });
        return new Resource(newName, connector);
    }

    /**
     * Puts every replica of the resource back to snapshot {@code snapshotName}: what was written
     * since is lost. Refused, changing nothing, unless every diskful replica holds the snapshot
     * and is online and not in use.
     *
     * @throws IllegalArgumentException if the name is blank
     * @throws LinstorApiCallError if the controller refused
     */
    public void rollback(String snapshotName) {
        requireName(snapshotName, "snapshot");
        connector.call(lin -> {
            new SnapshotSteps(lin, name).rollback(snapshotName);
            return null;
        });
    }

    /**
     * Clones the resource, its volume definitions and replicas, into a new resource
     * {@code newName}: the diskful replicas get a copy of the data, the diskless ones are made
     * anew. The controller copies after answering: the clone may still be filling when this
     * returns.
     *
     * @return the new resource, reached the way this one is
     * @throws IllegalArgumentException if the name is blank
     * @throws LinstorApiCallError if the controller refused, e.g. {@code newName} exists
     * @throws LinstorError if the controller's REST API is older than 1.10.0
     */
    public Resource clone(String newName) {
        requireName(newName, "resource");
        connector.call(lin -> {
            new SnapshotSteps(lin, name).cloneAs(newName);
            return null;
        });
        return new Resource(newName, connector);
    }

    // --- for Volume and ResourceVolumes ---

    /** True when the definition existed at the last read or change through this object. */
    boolean isDefinedOnController() {
        return definedOnController;
    }

    /** Reads through a {@link ResourceReader} on a connection of this resource. */
    <T> T read(Function<ResourceReader, T> reading) {
        return connector.call(lin -> reading.apply(new ResourceReader(lin, name)));
    }

    void createVolumeDefinition(int volumeNumber, long sizeBytes) {
        connector.call(lin ->
                check(ApiCalls.CRT_VLM_DFN, lin.volumeDfnCreate(name, SizeCalc.bytesToKib(sizeBytes), volumeNumber)));
    }

    void deleteVolumeDefinition(int volumeNumber) {
        connector.call(lin -> check(ApiCalls.DEL_VLM_DFN, lin.volumeDfnDelete(name, volumeNumber)));
    }

    /**
     * Grows volume {@code volumeNumber} to {@code sizeBytes} (rounded up to KiB).
     *
     * @throws LinstorError if that would shrink it, before any change; if it does not exist
     */
    void growVolume(int volumeNumber, long sizeBytes) {
        long wantedKib = SizeCalc.bytesToKib(sizeBytes);
        connector.call(lin -> {
            long currentKib = new ResourceReader(lin, name)
                    .volumeDefinition(volumeNumber)
                    .orElseThrow(() -> missingVolume(volumeNumber))
                    .sizeKib();
            if (wantedKib < currentKib) {
                throw shrinkRefused(volumeNumber, SizeCalc.kibToBytes(currentKib), sizeBytes);
            }
            return wantedKib == currentKib
                    ? List.of()
                    : check(ApiCalls.MOD_VLM_DFN, lin.volumeDfnModify(name, volumeNumber, wantedKib));
        });
    }

    /** The size in KiB of volume {@code volumeNumber} as the controller has it. */
    long readVolumeSizeKib(int volumeNumber) {
        return read(reader -> reader.volumeDefinition(volumeNumber))
                .orElseThrow(() -> missingVolume(volumeNumber))
                .sizeKib();
    }

    LinstorError shrinkRefused(int volumeNumber, long currentBytes, long wantedBytes) {
        return new LinstorError("shrinking volume " + volumeNumber + " of resource '" + name + "' from "
                + SizeCalc.format(currentBytes) + " to " + SizeCalc.format(wantedBytes)
                + " is refused: volumes can only grow");
    }

    private LinstorError missingVolume(int volumeNumber) {
        return new LinstorError("volume " + volumeNumber + " of resource '" + name
                + "' does not exist on the controller at " + connector.uri());
    }

    private void refresh(ResourceReader reader) {
        Optional<ResourceDefinitionInfo> definition = reader.definition();
        definedOnController = definition.isPresent();
        volumes.sync(definition);
    }

    private Replica replicaOn(String node) {
        requireNode(node);
        return read(reader -> reader.replicaOn(node));
    }

    private void change(String node, Function<Replica, ReplicaChange> decide) {
        requireNode(node);
        connector.call(lin -> {
            ReplicaChange change = decide.apply(new ResourceReader(lin, name).replicaOn(node));
            return apply(lin, node, change);
        });
    }

    private List<ApiCallResponse> apply(Linstor lin, String node, ReplicaChange change) {
        return switch (change) {
            case NONE -> List.of();
            case CREATE_DISKLESS -> check(ApiCalls.CRT_RSC, lin.resourceCreate(name, node, true));
            case CREATE_DISKFUL ->
                check(ApiCalls.CRT_RSC, lin.resourceCreate(name, node, placement.poolOrDefault(), false));
            case MAKE_DISKLESS -> check(ApiCalls.TOGGLE_DISK, lin.resourceToggleDisk(name, node, true));
            case MAKE_DISKFUL ->
                check(ApiCalls.TOGGLE_DISK, lin.resourceToggleDisk(name, node, false, placement.poolOrDefault()));
            case DELETE -> deleteReplica(lin, node);
        };
    }

    private List<ApiCallResponse> deleteReplica(Linstor lin, String node) {
        List<ApiCallResponse> replies = check(ApiCalls.DEL_RSC, lin.resourceDelete(name, node));
        new DeletionWait(lin, name, DeletionWait.DEFAULT_TIMEOUT).untilReplicaGone(node, replies);
        return replies;
    }

    private static void requireName(String value, String what) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("a " + what + " name must not be blank");
        }
    }

    private static void requireNode(String node) {
        if (node.isBlank()) {
            throw new IllegalArgumentException("a node name must not be blank");
        }
    }

    private static List<ApiCallResponse> check(String call, List<ApiCallResponse> replies) {
        return Replies.requireNoError(call, replies);
    }
}
