package io.linstorj.controller.satellite;

/** A node's satellite connection status, as LINSTOR names it in node lists. */
public enum ConnectionStatus {
    /** No connection; the controller keeps trying with backoff. */
    OFFLINE,
    /** Connected, authentication under way. */
    CONNECTED,
    /** Authenticated: the satellite receives the node's desired state. */
    ONLINE,
    /** The peer speaks another protocol version, or is no LinstorJ satellite. */
    VERSION_MISMATCH,
    /** The satellite refused to be this node (it belongs to another node name). */
    AUTHENTICATION_ERROR,
}
