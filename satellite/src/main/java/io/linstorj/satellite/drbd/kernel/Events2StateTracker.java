package io.linstorj.satellite.drbd.kernel;

import io.linstorj.satellite.drbd.ConnectionState;
import io.linstorj.satellite.drbd.DiskState;
import io.linstorj.satellite.drbd.DrbdConnectionState;
import io.linstorj.satellite.drbd.DrbdPeerVolumeState;
import io.linstorj.satellite.drbd.DrbdResourceState;
import io.linstorj.satellite.drbd.DrbdRole;
import io.linstorj.satellite.drbd.DrbdStateListeners;
import io.linstorj.satellite.drbd.DrbdVolumeState;
import io.linstorj.satellite.drbd.ReplicationState;
import io.linstorj.satellite.drbd.kernel.Events2Event.Action;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds the events of a {@code drbdsetup events2} stream into the current state of every
 * resource and tells the listeners about each resource that changed.
 *
 * <p>A stream starts with the full state ({@code exists} lines) and a marker
 * ({@code exists -}); the tracker reports that dump as one change per resource when the marker
 * arrives, and forgets the resources the dump no longer mentions (after a restart of the
 * stream). Later lines are reported one by one.
 */
final class Events2StateTracker {
    private static final Logger LOG = LoggerFactory.getLogger(Events2StateTracker.class);

    private final DrbdStateListeners listeners;
    private final Map<String, TrackedResource> resources = new HashMap<>();
    private final Set<String> changedInDump = new LinkedHashSet<>();
    private boolean inInitialDump = true;

    Events2StateTracker(DrbdStateListeners listeners) {
        this.listeners = listeners;
    }

    /** A new stream begins: its initial dump replaces what is known. */
    synchronized void streamStarted() {
        inInitialDump = true;
        changedInDump.clear();
    }

    /** The current state of every known resource. */
    synchronized Map<String, DrbdResourceState> states() {
        Map<String, DrbdResourceState> states = new TreeMap<>();
        resources.forEach((name, resource) -> states.put(name, resource.snapshot(name)));
        return states;
    }

    /** Applies one event and notifies the listeners of what changed. */
    synchronized void apply(Events2Event event) {
        if (event instanceof Events2Event.InitialStateDone) {
            finishInitialDump();
            return;
        }
        if (event.action() == Action.DESTROY
                && event instanceof Events2Event.OfResource of
                && !resources.containsKey(of.name())) {
            return;
        }
        if (event instanceof Events2Event.Resource resource) {
            applyResource(resource);
        } else if (event instanceof Events2Event.Connection connection) {
            applyConnection(connection);
        } else if (event instanceof Events2Event.Device device) {
            applyDevice(device);
        } else if (event instanceof Events2Event.PeerDevice peerDevice) {
            applyPeerDevice(peerDevice);
        } else if (event instanceof Events2Event.Helper helper) {
            LOG.info(
                    "DRBD resource {}: {} helper {} {}",
                    helper.name(),
                    helper.action() == Action.CALL ? "called" : "returned from",
                    helper.helper(),
                    helper.fields());
        }
    }

    private void applyResource(Events2Event.Resource event) {
        if (event.action() == Action.DESTROY) {
            removeResource(event.name());
            return;
        }
        TrackedResource resource = resource(event.name());
        event.role().ifPresent(role -> resource.role = role);
        changed(event.name());
    }

    private void applyConnection(Events2Event.Connection event) {
        TrackedResource resource = resource(event.name());
        if (event.action() == Action.DESTROY) {
            resource.connections.remove(event.peerNodeId());
            resource.volumes.values().forEach(volume -> volume.peers.remove(event.peerNodeId()));
        } else {
            TrackedConnection connection =
                    resource.connections.computeIfAbsent(event.peerNodeId(), id -> new TrackedConnection());
            event.peerName().ifPresent(name -> connection.peerName = name);
            event.connection().ifPresent(state -> connection.state = state);
            event.peerRole().ifPresent(role -> connection.peerRole = role);
        }
        changed(event.name());
    }

    private void applyDevice(Events2Event.Device event) {
        TrackedResource resource = resource(event.name());
        if (event.action() == Action.DESTROY) {
            resource.volumes.remove(event.volume());
        } else {
            TrackedVolume volume = resource.volumes.computeIfAbsent(event.volume(), v -> new TrackedVolume());
            event.minor().ifPresent(minor -> volume.minor = minor);
            event.disk().ifPresent(disk -> volume.disk = disk);
        }
        changed(event.name());
    }

    private void applyPeerDevice(Events2Event.PeerDevice event) {
        TrackedResource resource = resource(event.name());
        TrackedVolume volume = resource.volumes.computeIfAbsent(event.volume(), v -> new TrackedVolume());
        if (event.action() == Action.DESTROY) {
            volume.peers.remove(event.peerNodeId());
        } else {
            TrackedPeerVolume peer = volume.peers.computeIfAbsent(event.peerNodeId(), id -> new TrackedPeerVolume());
            event.peerName().ifPresent(name -> peer.peerName = name);
            event.peerDisk().ifPresent(disk -> peer.peerDisk = disk);
            event.replication().ifPresent(replication -> peer.replication = replication);
            if (event.donePercent().isPresent()) {
                peer.donePercent = event.donePercent();
            }
            if (!peer.replication.isSyncSource() && !peer.replication.isSyncTarget()) {
                peer.donePercent = OptionalDouble.empty();
            }
        }
        changed(event.name());
    }

    private TrackedResource resource(String name) {
        TrackedResource resource = resources.computeIfAbsent(name, n -> new TrackedResource());
        if (inInitialDump) {
            resource.seenInDump = true;
        }
        return resource;
    }

    private void removeResource(String name) {
        if (resources.remove(name) != null) {
            changedInDump.remove(name);
            listeners.removed(name);
        }
    }

    private void changed(String name) {
        if (inInitialDump) {
            changedInDump.add(name);
        } else {
            listeners.changed(resources.get(name).snapshot(name));
        }
    }

    private void finishInitialDump() {
        inInitialDump = false;
        Set<String> gone = new HashSet<>();
        resources.forEach((name, resource) -> {
            if (!resource.seenInDump) {
                gone.add(name);
            }
            resource.seenInDump = false;
        });
        gone.forEach(this::removeResource);
        changedInDump.forEach(name -> listeners.changed(resources.get(name).snapshot(name)));
        changedInDump.clear();
    }

    /** Mutable state of one resource; only touched under the tracker's lock. */
    private static final class TrackedResource {
        DrbdRole role = DrbdRole.UNKNOWN;
        boolean seenInDump;
        final Map<Integer, TrackedVolume> volumes = new TreeMap<>();
        final Map<Integer, TrackedConnection> connections = new TreeMap<>();

        DrbdResourceState snapshot(String name) {
            TreeMap<Integer, DrbdVolumeState> volumeStates = new TreeMap<>();
            volumes.forEach((number, volume) -> volumeStates.put(number, volume.snapshot(number, this)));
            TreeMap<Integer, DrbdConnectionState> connectionStates = new TreeMap<>();
            connections.forEach((peerId, connection) -> connectionStates.put(
                    peerId,
                    new DrbdConnectionState(peerId, connection.peerName, connection.state, connection.peerRole)));
            return new DrbdResourceState(name, role, volumeStates, connectionStates);
        }

        String peerName(int peerNodeId, String fallback) {
            return Optional.ofNullable(connections.get(peerNodeId))
                    .map(connection -> connection.peerName)
                    .filter(name -> !name.isEmpty())
                    .orElse(fallback);
        }
    }

    private static final class TrackedConnection {
        String peerName = "";
        ConnectionState state = ConnectionState.UNCONNECTED;
        DrbdRole peerRole = DrbdRole.UNKNOWN;
    }

    private static final class TrackedVolume {
        int minor = -1;
        DiskState disk = DiskState.DUNKNOWN;
        final Map<Integer, TrackedPeerVolume> peers = new TreeMap<>();

        DrbdVolumeState snapshot(int number, TrackedResource resource) {
            TreeMap<Integer, DrbdPeerVolumeState> peerStates = new TreeMap<>();
            peers.forEach((peerId, peer) -> peerStates.put(
                    peerId,
                    new DrbdPeerVolumeState(
                            peerId,
                            resource.peerName(peerId, peer.peerName),
                            peer.replication,
                            peer.peerDisk,
                            peer.donePercent)));
            return new DrbdVolumeState(number, minor, disk, peerStates);
        }
    }

    private static final class TrackedPeerVolume {
        String peerName = "";
        ReplicationState replication = ReplicationState.OFF;
        DiskState peerDisk = DiskState.DUNKNOWN;
        OptionalDouble donePercent = OptionalDouble.empty();
    }
}
