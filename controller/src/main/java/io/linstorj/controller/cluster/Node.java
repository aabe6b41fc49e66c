package io.linstorj.controller.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A node of the cluster as desired: its type, properties, flags and net interfaces.
 *
 * @param name name as created
 * @param type role
 * @param props properties
 * @param flags LINSTOR flags
 * @param netInterfaces net interfaces by name key ({@link Names#key})
 * @param uuid identity
 */
public record Node(
        String name,
        NodeType type,
        Map<String, String> props,
        Set<String> flags,
        SortedMap<String, NetInterface> netInterfaces,
        UUID uuid) {

    /** Creates a node; collections are copied. */
    public Node {
        props = Props.copyOf(props);
        flags = Collections.unmodifiableSortedSet(new TreeSet<>(flags));
        netInterfaces = Collections.unmodifiableSortedMap(new TreeMap<>(netInterfaces));
    }

    /** Returns a copy with other properties. */
    public Node withProps(Map<String, String> newProps) {
        return new Node(name, type, newProps, flags, netInterfaces, uuid);
    }

    /** Returns a copy with another type. */
    public Node withType(NodeType newType) {
        return new Node(name, newType, props, flags, netInterfaces, uuid);
    }

    /** Returns a copy with {@code netInterface} added or replaced. */
    public Node withNetInterface(NetInterface netInterface) {
        SortedMap<String, NetInterface> all = new TreeMap<>(netInterfaces);
        all.put(Names.key(netInterface.name()), netInterface);
        return new Node(name, type, props, flags, all, uuid);
    }

    /** Returns a copy without the net interface named {@code interfaceName}. */
    public Node withoutNetInterface(String interfaceName) {
        SortedMap<String, NetInterface> all = new TreeMap<>(netInterfaces);
        all.remove(Names.key(interfaceName));
        return new Node(name, type, props, flags, all, uuid);
    }

    /** The net interface named {@code interfaceName}, if any. */
    public Optional<NetInterface> netInterface(String interfaceName) {
        return Optional.ofNullable(netInterfaces.get(Names.key(interfaceName)));
    }

    /**
     * The interface the controller reaches the satellite on: "default" when it carries a
     * satellite port, else the first such interface by name.
     */
    public Optional<NetInterface> satelliteConnection() {
        NetInterface preferred = netInterfaces.get(Names.key(NetInterface.DEFAULT_NAME));
        if (preferred != null && preferred.carriesSatelliteConnection()) {
            return Optional.of(preferred);
        }
        return netInterfaces.values().stream()
                .filter(NetInterface::carriesSatelliteConnection)
                .findFirst();
    }
}
