package io.linstorj.controller.node;

import java.util.List;
import java.util.Map;

/**
 * A node to register.
 *
 * @param name node name (a host name)
 * @param type "Satellite", "Controller", "Combined" or "Auxiliary" (any case, or upper-case enum names)
 * @param props initial properties
 * @param netInterfaces at least one interface with an address
 */
public record NodeCreateRequest(
        String name, String type, Map<String, String> props, List<NetInterfaceRequest> netInterfaces) {
    /** Creates the request; collections are copied. */
    public NodeCreateRequest {
        props = Map.copyOf(props);
        netInterfaces = List.copyOf(netInterfaces);
    }
}
