package io.linstorj.client;

import java.util.List;
import java.util.Map;

/**
 * A node as the controller lists it: a typed view of one entry of {@link NodeListResponse}.
 *
 * @param name the node's name
 * @param type its type as LINSTOR writes it, e.g. {@link Consts#VAL_NODE_TYPE_STLT}
 * @param netInterfaces its network interfaces
 * @param connectionStatus the controller's connection to its satellite: {@code ONLINE},
 *     {@code OFFLINE}, {@code CONNECTED}, {@code VERSION_MISMATCH}, ...
 * @param props its properties
 * @param flags its flags, e.g. {@code DELETE}
 * @param satelliteInfo what its satellite said of itself when it connected, e.g. which DRBD
 *     driver it runs ("emulated" where no DRBD 9 kernel module is loaded); empty until then
 */
public record NodeInfo(
        String name,
        String type,
        List<NetInterfaceInfo> netInterfaces,
        String connectionStatus,
        Map<String, String> props,
        List<String> flags,
        String satelliteInfo) {

    /** Creates a view; lists and maps are copied. */
    public NodeInfo {
        netInterfaces = List.copyOf(netInterfaces);
        props = Map.copyOf(props);
        flags = List.copyOf(flags);
    }

    /**
     * The node's address: that of its {@code default} net interface, else of its first one, else
     * the empty string.
     */
    public String address() {
        return netInterfaces.stream()
                .filter(netInterface -> Consts.DEFAULT_NETIF.equals(netInterface.name()))
                .findFirst()
                .or(() -> netInterfaces.stream().findFirst())
                .map(NetInterfaceInfo::address)
                .orElse("");
    }
}
